// A store a newer version of the app wrote (its schema version above this app's): opened read-only
// by the app, the web host and the CLI, reads answering, every write refused with `forbidden` naming
// both schema versions, and the store's file and write-ahead log left byte for byte as they were —
// also when the newer app's last writes (its migration among them) are still in the log.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { healthOf } from '../../electron/core/backup/health.js';
import { refuseWritesToNewerStore, STORE_WRITES } from '../../electron/core/backup/read-only.js';
import { openStoreAtStart } from '../../electron/core/backup/start.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { openReadyStore } from '../../electron/core/store-ready.js';
import { openStore } from '../../electron/core/store.js';
import type { Handlers } from '../../electron/core/context.js';
import type { Channel, In, Out } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { NEWER_SCHEMA, newerStore, newerStoreInLog, storeFileBytes } from '../helpers/newer-store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const NEWER = NEWER_SCHEMA;
const REFUSAL = `this store was written by a newer version of IIP Explorer (schema ${NEWER}, this app knows ${SCHEMA_VERSION}): it is open read-only; update the app to change it`;
const IMPORT_CSV = path.resolve(import.meta.dirname, '../fixtures/e2e/import-revision.csv');
const ANCHOR = { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'yoy', period: '2025-01..2025-11' } as const;

/** Each write channel with an input its schema accepts, so that the refusal, not the parsing, answers. */
const WRITE_INPUTS: Record<string, unknown> = {
  'aliases:forget': { kind: 'geo', folded: 'phu tho', code: 'P25' },
  'analysis:weights-import': { fileName: 'weights.csv', content: 'geo,baseYear,item,weightPercent\n' },
  'backup:create': {},
  'backup:keep': { count: 3 },
  'backup:restore': { name: 'any.sqlite' },
  'baskets:add-slide': { basketId: 1, title: 'Slide', request: { geos: ['VN'], items: ['TOTAL'], basis: 'yoy', chart: 'line', lang: 'en' } },
  'baskets:create': { name: 'Deck' },
  'baskets:delete': { basketId: 1 },
  'baskets:move-slide': { slideId: 1, position: 0 },
  'baskets:refresh': { basketId: 1 },
  'baskets:remove-slide': { slideId: 1 },
  'baskets:rename': { basketId: 1, name: 'Renamed' },
  'baskets:retitle-slide': { slideId: 1, title: 'Retitled' },
  'import:preview': { text: 'Chỉ số sản xuất toàn ngành công nghiệp tháng 11/2025 tăng 10,8%.' },
  'import:commit': { previewId: 'p1' },
  'notes:add': { anchor: ANCHOR, text: 'a note', tags: [], status: 'draft', showOnCharts: true },
  'notes:delete': { id: 'n1' },
  'notes:import': { fileName: 'colleague.iipnotes', content: '{}' },
  'notes:resolve': { id: 'n1', revision: 'r1', keep: 'mine' },
  'notes:restore': { id: 'n1' },
  'notes:set-author': { author: 'Lan' },
  'notes:update': { id: 'n1', text: 'changed' },
  'preferences:set': { language: 'vi' },
  'releases:undo': { releaseId: 1 },
  'templates:delete': { name: 'layout' },
};

/** A read's answer; its refusal fails the test with its message. */
async function answer<C extends Channel>(handlers: Handlers, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as Out<C>;
}

let current: string;
beforeAll(() => {
  current = tempStorePath();
  openStore(current).db.close();
});

describe('a store from a newer version of the app', () => {
  for (const [kind, make] of [
    ['closed by the newer app', () => newerStore(current)],
    ['with the newer app’s writes still in its log', () => newerStoreInLog(current)],
  ] as const) {
    it(`${kind}: opens read-only at start, reads answer, every write is refused, the files unchanged`, async () => {
      const file = make();
      const before = storeFileBytes(file);
      const store = await openStoreAtStart(file, openReadyStore);
      const core = createCore({ db: store.db, storePath: file });
      try {
        expect(store.db.readonly).toBe(true);
        expect(healthOf(store.db)).toMatchObject({ state: 'newer', problems: [REFUSAL] });
        const status = await dispatch(core.handlers, 'backup:status', {});
        expect(status).toMatchObject({ ok: true, value: { state: 'newer', readOnly: true, schemaVersion: NEWER, appSchemaVersion: SCHEMA_VERSION } });

        const found = await answer(core.handlers, 'catalog:list', { search: 'phu tho', limit: 20 });
        const phuTho = found.groups.flatMap((g) => g.series).find((s) => s.geo.nameVi === 'Phú Thọ' && s.item.code === 'TOTAL');
        expect(phuTho).toBeDefined();
        const series = await answer(core.handlers, 'figures:series', { seriesId: phuTho!.id, basis: 'yoy' });
        expect(series.points.length).toBeGreaterThan(0);
        expect(await dispatch(core.handlers, 'latest:summary', {})).toMatchObject({ ok: true });
        expect(await dispatch(core.handlers, 'notes:export', {})).toMatchObject({ ok: true });

        for (const channel of STORE_WRITES) {
          const answer = await dispatch(core.handlers, channel, WRITE_INPUTS[channel]);
          expect(answer, channel).toEqual({ ok: false, error: { code: 'forbidden', message: REFUSAL } });
        }
      } finally {
        core.close();
        store.db.close();
      }
      expect(storeFileBytes(file)).toEqual(before);
      expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
    });
  }

  it('names an input for every write channel it refuses (a new write channel is added to both)', () => {
    expect([...STORE_WRITES].sort()).toEqual(Object.keys(WRITE_INPUTS).sort());
  });

  it('refuses a write the list misses as the read-only connection meets it, with the same code, never as damage', async () => {
    const file = newerStore(current);
    const before = storeFileBytes(file);
    const store = await openStoreAtStart(file, openStore);
    const core = createCore({ db: store.db, storePath: file });
    try {
      const writing = refuseWritesToNewerStore(store.db, {
        ...core.handlers,
        'app:info': async () => {
          store.db.prepare("INSERT INTO meta (key, value) VALUES ('sneaked', 'in')").run();
          throw new Error('unreachable: the store is read-only');
        },
      });
      expect(await dispatch(writing, 'app:info' as Channel, {})).toEqual({ ok: false, error: { code: 'forbidden', message: REFUSAL } });
    } finally {
      core.close();
      store.db.close();
    }
    expect(storeFileBytes(file)).toEqual(before);
  });

  it('says that this version cannot read a part of the newer schema, rather than failing', async () => {
    const file = newerStore(current);
    const raw = new Database(file);
    raw.exec('ALTER TABLE releases RENAME COLUMN publisher TO publishedBy');
    raw.close();
    const store = await openStoreAtStart(file, openReadyStore);
    const core = createCore({ db: store.db, storePath: file });
    try {
      const releases = await dispatch(core.handlers, 'releases:list', {});
      expect(releases).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!releases.ok && releases.error.message).toMatch(
        new RegExp(`^${REFUSAL.replace(/[()]/g, '\\$&')}; this version cannot read this part of it \\(no such column: \\w*\\.?publisher\\)$`),
      );
      expect(await dispatch(core.handlers, 'catalog:list', { limit: 5 })).toMatchObject({ ok: true });
    } finally {
      core.close();
      store.db.close();
    }
  });

  it('is refused by openStore (nothing migrated, seeded or checkpointed) with the same words', () => {
    const file = newerStoreInLog(current);
    const before = storeFileBytes(file);
    expect(() => openStore(file)).toThrow(REFUSAL);
    expect(storeFileBytes(file)).toEqual(before);
  });
});

describe('the CLI on a newer app’s store', () => {
  it('reads (iip get, iip series, iip check, iip backups) and refuses each write with exit 77, the files unchanged', async () => {
    const file = newerStoreInLog(current);
    const before = storeFileBytes(file);
    const db = ['--db', file];

    const get = await runIip(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--basis', 'yoy', ...db]);
    expect(get).toMatchObject({ code: 0, out: '9.3' });
    expect((await runIip(['series', '--search', 'phu tho', ...db])).out).toContain('Phú Thọ');
    const check = await runIip(['check', ...db]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('no problem found');
    expect(check.out).toContain(`${REFUSAL}, so its releases' digests are left to that version`);
    expect((await runIip(['backups', ...db])).code).toBe(0);

    const out = path.join(tempDir(), 'copy.sqlite');
    const writes = [
      ['import', IMPORT_CSV, '--name', 'Revision', '--publisher', 'Test', '--published', '2026-01-10'],
      ['undo', '1'],
      ['notes', 'add', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--text', 'a note'],
      ['notes', 'rm', 'n1'],
      ['deck', 'refresh', 'Deck'],
      ['names', '--forget', 'phu tho'],
      ['backup', out],
      ['restore', out],
      ['backups', '--keep', '3'],
    ];
    for (const args of writes) {
      const run = await runIip([...args, ...db]);
      expect(run.code, args.join(' ')).toBe(77);
      expect(run.err, args.join(' ')).toBe(`iip ${args[0]}: ${REFUSAL}; nothing was changed`);
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(storeFileBytes(file)).toEqual(before);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });
});
