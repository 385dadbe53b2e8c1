// Files sent to main in chunks (import:stage-*) through the handler table, on a real store: staged in
// order, refused out of order, past the cap or unknown; previewed from disk with progress events;
// removed once committed, discarded, let go with their last preview, or when the table closes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/core/context.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore } from '../../electron/core/store.js';
import type { ImportProgress } from '../../electron/shared/contract/import.js';
import { call, onProgress, stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { tidyCsvOfSize } from '../helpers/tidy-csv.js';

const CSV = Buffer.from(
  'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2025-12,yoy,pct,10.1,estimate\nPhú Thọ,TOTAL,iip,2025-01..2025-05,yoy,pct,46.7,estimate\n',
  'utf8',
);

/** The files in the table's staging folder (made under `parent` on first use). */
function stagedFiles(parent: string): string[] {
  return fs.readdirSync(parent).flatMap((dir) => fs.readdirSync(path.join(parent, dir)));
}

describe('staging files for an import through the handler table', () => {
  const store = openStore(tempStorePath());
  const parentDir = tempDir();
  const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir } });
  const handlers = core.handlers;
  afterAll(() => {
    core.close();
    store.db.close();
  });

  it('takes chunks in order, previews the staged file from disk, and removes it once committed', async () => {
    const stagedId = await stageBytes(handlers, 'release.csv', CSV, 40);
    expect(stagedFiles(parentDir)).toEqual([`${stagedId}.staged`]);
    const events: ImportProgress[] = [];
    const preview = await dispatch(
      handlers,
      'import:preview',
      { stagedIds: [stagedId] },
      onProgress((p) => events.push(p)),
    );
    if (!preview.ok) throw new Error(preview.error.message);
    const value = preview.value as { previewId: string; files: { fileName: string; figures: unknown[]; checksum: string }[]; ready: boolean };
    expect(value.files[0]).toMatchObject({ fileName: 'release.csv', checksum: crypto.createHash('sha256').update(CSV).digest('hex') });
    expect(value.files[0]!.figures).toHaveLength(2);
    expect(value.ready).toBe(true);
    const reading = events.filter((e) => e.phase === 'reading');
    expect(reading.at(-1)).toEqual({ phase: 'reading', file: 'release.csv', fileIndex: 0, fileCount: 1, done: CSV.length, total: CSV.length, unit: 'bytes' });
    // a CSV's figures are matched and compared as it is read: one phase
    expect(new Set(events.map((e) => e.phase))).toEqual(new Set(['reading']));

    const storing: ImportProgress[] = [];
    const committed = await dispatch(
      handlers,
      'import:commit',
      { previewId: value.previewId },
      onProgress((p) => storing.push(p)),
    );
    expect(committed).toMatchObject({ ok: true, value: { releases: [{ fileName: 'release.csv', figureCount: 2 }] } });
    expect(storing.filter((e) => e.phase === 'storing').map((e) => [e.done, e.total, e.unit])).toEqual([
      [0, 2, 'figures'],
      [2, 2, 'figures'],
    ]);
    expect(stagedFiles(parentDir)).toEqual([]);
    const again = await dispatch(handlers, 'import:preview', { stagedIds: [stagedId] });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining(`no staged file '${stagedId}'`) } });
  });

  it('refuses a chunk out of order, past the declared size, or for an unknown id, and an end before the last byte', async () => {
    const { stagedId } = await call(handlers, 'import:stage-begin', { fileName: 'order.csv', size: 8 });
    const chunk = (offset: number, text: string) =>
      dispatch(handlers, 'import:stage-chunk', { stagedId, offset, dataBase64: Buffer.from(text).toString('base64') });
    expect(await chunk(4, 'efgh')).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'order.csv (bytes 4–8): chunk out of order: the next chunk starts at byte 0' },
    });
    expect(await chunk(0, 'abcd')).toEqual({ ok: true, value: { received: 4 } });
    expect(await chunk(0, 'abcd')).toMatchObject({ ok: false, error: { message: expect.stringContaining('the next chunk starts at byte 4') } });
    expect(await chunk(4, 'efghij')).toMatchObject({
      ok: false,
      error: { message: "order.csv (bytes 4–10): the chunk runs past the file's declared size of 8 bytes" },
    });
    expect(await dispatch(handlers, 'import:stage-end', { stagedId })).toMatchObject({
      ok: false,
      error: { message: 'order.csv: the file is incomplete: 4 of 8 bytes received' },
    });
    expect(await dispatch(handlers, 'import:preview', { stagedIds: [stagedId] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('still being sent (4 of 8 bytes)') },
    });
    expect(await chunk(4, 'efgh')).toEqual({ ok: true, value: { received: 8 } });
    expect(await dispatch(handlers, 'import:stage-end', { stagedId })).toEqual({ ok: true, value: { stagedId, size: 8 } });

    const unknown = await dispatch(handlers, 'import:stage-chunk', { stagedId: 'no-such-staged-file', offset: 0, dataBase64: 'YWJj' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining("no staged file 'no-such-staged-file'") } });
    expect(await dispatch(handlers, 'import:stage-chunk', { stagedId, offset: 0, dataBase64: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringContaining('dataBase64: expected base64') },
    });
    expect(await dispatch(handlers, 'import:stage-discard', { stagedIds: [stagedId] })).toEqual({ ok: true, value: { discarded: 1 } });
    expect(stagedFiles(parentDir)).toEqual([]);
  });

  it('refuses files past the staging cap with a clear message', async () => {
    const smallCore = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir(), maxBytes: 1000 } });
    const small = smallCore.handlers;
    try {
      expect(await dispatch(small, 'import:stage-begin', { fileName: 'huge.csv', size: 5 * 2 ** 20 })).toMatchObject({
        ok: false,
        error: {
          code: 'bad-input',
          message: 'huge.csv: the file is 5 MB; the app imports files of up to 1000 bytes (larger ones: use the iip import command)',
        },
      });
      await call(small, 'import:stage-begin', { fileName: 'first.csv', size: 600 });
      const second = await dispatch(small, 'import:stage-begin', { fileName: 'second.csv', size: 600 });
      expect(second).toMatchObject({
        ok: false,
        error: {
          code: 'bad-input',
          message: expect.stringMatching(/^second\.csv: .*files waiting to be imported already take .*store or discard those first$/),
        },
      });
    } finally {
      smallCore.close();
    }
  });

  it('removes a staged file when the last preview holding it is let go, and everything on close', async () => {
    const parent = tempDir();
    const tableCore = createCore({ db: store.db, storePath: store.path, staging: { parentDir: parent } });
    const table = tableCore.handlers;
    const first = await stageBytes(table, 'first.csv', CSV);
    await call(table, 'import:preview', { stagedIds: [first] });
    await call(table, 'import:preview', { stagedIds: [first] });
    // Eight newer previews of other files: both previews of the first file are let go, and with them the file.
    for (let i = 0; i < 8; i++) await call(table, 'import:preview', { stagedIds: [await stageBytes(table, `other-${i}.csv`, CSV)] });
    expect(stagedFiles(parent)).not.toContain(`${first}.staged`);
    expect(stagedFiles(parent)).toHaveLength(8);
    tableCore.close();
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  /** Previews a generated multi-MB CSV through `table`, noting each event with the event-loop turn it came in. */
  async function previewBigCsv(table: Handlers, figures: number) {
    const csv = tidyCsvOfSize(12 * 2 ** 20, figures);
    const stagedId = await stageBytes(table, 'big.csv', csv);
    // A timer counts turns of the event loop; each event notes the count when it was sent.
    let turns = 0;
    const timer = setInterval(() => turns++, 2);
    const events: { turn: number; progress: ImportProgress }[] = [];
    const started = performance.now();
    const result = await dispatch(
      table,
      'import:preview',
      { stagedIds: [stagedId] },
      onProgress((p) => events.push({ turn: turns, progress: p })),
    );
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(result).toMatchObject({ ok: true, value: { ready: true, files: [{ counts: { new: figures } }] } });
    const phase = (name: ImportProgress['phase']) => events.filter((e) => e.progress.phase === name);
    return { csv, events, elapsed, phase };
  }

  it('lets the event loop turn and reports progress while a multi-MB CSV is previewed', async () => {
    const figures = 40_000;
    // Every step reported (no throttle), so what is checked is the stepping, not this machine's speed.
    const everyStep = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() }, progressIntervalMs: 0 });
    try {
      const { csv, phase } = await previewBigCsv(everyStep.handlers, figures);
      // Bytes read are reported part way, not only at the start and the end, with the loop turning
      // between them (a CSV's figures are matched and compared as each chunk is read)…
      const reading = phase('reading');
      expect(reading.some((e) => e.progress.done > 0 && e.progress.done < csv.length)).toBe(true);
      expect(reading.at(-1)!.turn).toBeGreaterThan(reading[0]!.turn);
      expect(reading.at(-1)!.progress).toMatchObject({ done: csv.length, total: csv.length, unit: 'bytes' });
      // …so there is no separate pass to report.
      expect(phase('matching')).toEqual([]);
    } finally {
      everyStep.close();
    }
  }, 60_000);

  it('sends a few progress events a second per phase, whatever the size', async () => {
    const figures = 40_000;
    const { csv, events, elapsed, phase } = await previewBigCsv(handlers, figures);
    expect(phase('reading').at(-1)!.progress).toMatchObject({ done: csv.length, total: csv.length, unit: 'bytes' });
    expect(events.length).toBeLessThan(12 + elapsed / 50);
  }, 60_000);

  it('removes staging folders a run that never closed left behind (over a day old), and no others', async () => {
    const parent = tempDir();
    const stale = path.join(parent, 'iip-staging-crashed');
    const recent = path.join(parent, 'iip-staging-running');
    const unrelated = path.join(parent, 'someone-elses-2-days-old');
    for (const dir of [stale, recent, unrelated]) fs.mkdirSync(dir);
    fs.writeFileSync(path.join(stale, 'x.staged'), 'left behind');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(stale, twoDaysAgo, twoDaysAgo);
    fs.utimesSync(unrelated, twoDaysAgo, twoDaysAgo);
    const otherCore = createCore({ db: store.db, storePath: store.path, staging: { parentDir: parent } });
    const other = otherCore.handlers;
    try {
      await stageBytes(other, 'release.csv', CSV);
      const left = fs.readdirSync(parent).sort();
      expect(left).toContain('iip-staging-running');
      expect(left).toContain('someone-elses-2-days-old');
      expect(left).not.toContain('iip-staging-crashed');
      expect(left.filter((n) => n.startsWith('iip-staging-'))).toHaveLength(2);
    } finally {
      otherCore.close();
    }
  });
});
