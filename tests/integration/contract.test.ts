// The contract against the handler table on a real store: every channel has its handler, every
// answer is what the channel's output schema says, and every failure carries the code a caller
// acts on.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { BusyError, ConflictError, ForbiddenError, NotFoundError } from '../../electron/core/errors.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { CHANNELS, contract, mergeChannelMaps, type Channel } from '../../electron/shared/contract/index.js';
import { call, stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const store = openStore(tempStorePath());
const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
afterAll(() => {
  core.close();
  store.db.close();
});

/** Calls the channel and checks the answer against the channel's output schema. */
async function answerOf<C extends Channel>(channel: C, input: unknown): Promise<unknown> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  const checked = contract[channel].output.safeParse(result.value);
  if (!checked.success) throw new Error(`${channel} answered outside its output schema: ${checked.error.message}`);
  return result.value;
}

describe('the contract and the handler table', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a channel declared by two domains', () => {
    expect(() => mergeChannelMaps([{ 'figures:get': 1 }, { 'figures:get': 2 }] as const, 'channel')).toThrow("channel 'figures:get' is declared twice");
  });

  it('answers every read channel within its output schema', async () => {
    const { groups } = (await answerOf('catalog:list', {})) as { groups: { key: string; series: { id: number }[] }[] };
    expect(groups.map((g) => g.key)).toEqual(['total', 'section', 'division', 'locality', 'product']);
    await answerOf('catalog:list', { search: 'phu tho' });
    await answerOf('app:info', {});
    await answerOf('figures:series', { seriesId: groups[0]!.series[0]!.id, basis: 'yoy' });
    await answerOf('figures:points', { seriesId: groups[0]!.series[0]!.id, basis: 'yoy', kind: 'month' });
    expect(await answerOf('figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-11', basis: 'mom' })).toMatchObject({ value: 2.3 });
    expect(await answerOf('figures:get', { geo: 'VN', item: 'TOTAL', period: '1999-11', basis: 'mom' })).toBeNull();
    await answerOf('figures:ranking', { period: '2025-01..2025-11', basis: 'yoy', group: 'locality' });
    const latest = (await answerOf('latest:summary', {})) as { headline: unknown; localities: unknown[] };
    expect(latest.headline).not.toBeNull();
    await answerOf('latest:summary', { period: '2024-12' });
    await answerOf('releases:list', {});
    await answerOf('reference:geos', {});
    await answerOf('aliases:list', {});
    await answerOf('templates:list', {});
    await answerOf('analysis:contribution-periods', {});
    await answerOf('analysis:contributions', { periods: ['2025-01..2025-05', '2025'] });
    await answerOf('analysis:weights', {});
  });

  it('answers the import channels within their output schemas, through to undo', async () => {
    const csv = Buffer.from('geo,item,measure,period,basis,unit,value,status\nPhú Thọ tỉnh,TOTAL,iip,2030-01,yoy,pct,12.5,estimate\n');
    const stagedId = await stageBytes(core.handlers, 'contract.csv', csv);
    const preview = (await answerOf('import:preview', {
      stagedIds: [stagedId],
      skipUnknown: false,
      mappings: { geo: { 'Phú Thọ tỉnh': 'P25' }, item: {} },
    })) as { previewId: string; ready: boolean };
    expect(preview.ready).toBe(true);
    const committed = (await answerOf('import:commit', { previewId: preview.previewId, mappings: { geo: { 'Phú Thọ tỉnh': 'P25' }, item: {} } })) as {
      releases: { id: number }[];
    };
    expect(await answerOf('aliases:forget', { kind: 'geo', folded: 'phu tho tinh', code: 'P25' })).toEqual({ forgotten: true });
    expect(await answerOf('releases:undo', { releaseId: committed.releases[0]!.id })).toEqual({ undone: true });
    expect(await answerOf('templates:delete', { name: 'no such template' })).toEqual({ deleted: false });
    const discard = await call(core.handlers, 'import:stage-begin', { fileName: 'gone.csv', size: 3 });
    expect(await answerOf('import:stage-discard', { stagedIds: [discard.stagedId] })).toEqual({ discarded: 1 });
  });

  it('answers the notes channels within their output schemas, through a file and a conflict', async () => {
    expect(await answerOf('notes:author', {})).toEqual({ author: null });
    await answerOf('notes:set-author', { author: 'Lan' });
    const note = (await answerOf('notes:add', { anchor: { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'mom', period: '2025-11' }, text: 'x' })) as {
      id: string;
      revision: string;
    };
    await answerOf('notes:update', { id: note.id, status: 'approved' });
    await answerOf('notes:list', { search: 'x' });
    const file = (await answerOf('notes:export', {})) as { content: string };
    await answerOf('notes:delete', { id: note.id });
    await answerOf('notes:restore', { id: note.id });
    await answerOf('notes:update', { id: note.id, text: 'mine' });
    const theirs = JSON.parse(file.content) as { notes: { text: string; history: string[]; revision: string }[] };
    theirs.notes[0]!.text = 'theirs';
    await answerOf('notes:import-preview', { fileName: 'theirs.iipnotes', content: JSON.stringify(theirs) });
    expect(await answerOf('notes:import', { fileName: 'theirs.iipnotes', content: JSON.stringify(theirs) })).toMatchObject({ counts: { conflict: 1 } });
    const [conflict] = (await answerOf('notes:conflicts', {})) as { theirs: { revision: string } }[];
    await answerOf('notes:resolve', { id: note.id, revision: conflict!.theirs.revision, keep: 'both' });
  });

  it('answers each error class with its code, and anything else as internal', async () => {
    const throwing = (error: unknown) => ({ ...core.handlers, 'app:info': async () => Promise.reject(error) });
    const codeOf = async (error: unknown) => {
      const r = await dispatch(throwing(error), 'app:info', {});
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await codeOf(new NotFoundError('x'))).toBe('not-found');
    expect(await codeOf(new ConflictError('x'))).toBe('conflict');
    expect(await codeOf(new ForbiddenError('x'))).toBe('forbidden');
    expect(await codeOf(new BusyError('x'))).toBe('busy');
    expect(await codeOf(new Error('x'))).toBe('internal');
    expect(await codeOf('not even an Error')).toBe('internal');
  });

  it('answers a store locked by another process as busy and a broken constraint as conflict', async () => {
    const other = new Database(store.path, { timeout: 0 });
    const locked = new Database(store.path, { timeout: 0 });
    try {
      other.exec('BEGIN EXCLUSIVE');
      const sqliteBusy = (() => {
        try {
          locked.exec('BEGIN EXCLUSIVE');
        } catch (error) {
          return error;
        }
        throw new Error('expected the second exclusive lock to fail');
      })();
      const r = await dispatch({ ...core.handlers, 'app:info': async () => Promise.reject(sqliteBusy) }, 'app:info', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
      locked.close();
    }
    const unique = (() => {
      try {
        store.db.prepare('INSERT INTO series (id, geoCode, itemCode, measure) SELECT id, geoCode, itemCode, measure FROM series LIMIT 1').run();
      } catch (error) {
        return error;
      }
      throw new Error('expected a UNIQUE constraint failure');
    })();
    const r = await dispatch({ ...core.handlers, 'app:info': async () => Promise.reject(unique) }, 'app:info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
