// A second process on the store (tests/helpers/hold-store-lock.js) holding its write lock, as the
// CLI importing while the app runs would: every write channel waits for the lock (so it goes
// through once the lock is let go in time) and, past the busy timeout, answers `busy` with the
// store-busy message and leaves the store as it was; reads, an import preview among them, go on
// (WAL). Every channel is listed as a read or a write, so a new one must be placed here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/handlers.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { startHost } from '../../electron/host/server.js';
import { STORE_WRITES } from '../../electron/core/backup/read-only.js';
import { contract, type Channel } from '../../electron/shared/contract/index.js';
import type { ExportRequest } from '../../electron/shared/contract/export.js';
import { call, stageBytes } from '../helpers/staging.js';
import { StoreLockHolder } from '../helpers/store-lock.js';
import { tempStorePath } from '../helpers/temp.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const IMPORT_CSV = fs.readFileSync(path.join(FIXTURES, 'e2e/import-revision.csv'));
const WEIGHTS_CSV = fs.readFileSync(path.join(FIXTURES, 'contributions/weights-fixture.csv'), 'utf8');
const WHOLE: ExportRequest = { geos: ['VN'], items: ['TOTAL'], basis: 'yoy', chart: 'line', lang: 'en' };
const ANCHOR = { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'yoy', period: '2025-01..2025-11' } as const;

/** Every row of every table, hashed: equal only if nothing in the store changed. */
function storeContent(store: Store): string {
  const hash = crypto.createHash('sha256');
  const tables = store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) hash.update(table).update(JSON.stringify(store.db.prepare(`SELECT * FROM "${table}"`).raw().all()));
  return hash.digest('hex');
}

/** What the writes work on, made before any lock is held. */
interface Made {
  noteId: string;
  notesFile: { fileName: string; content: string };
  basketId: number;
  slideId: number;
  previewId: string;
  backupName: string;
}

/** Each write channel with an input it accepts, in an order they can run one after the other. */
const WRITES: { [C in Channel]?: (m: Made) => unknown } = {
  'notes:add': () => ({ anchor: ANCHOR, text: 'written while another process imports', author: 'Lan', tags: [], status: 'draft', showOnCharts: true }),
  'notes:update': (m) => ({ id: m.noteId, text: 'changed' }),
  'notes:delete': (m) => ({ id: m.noteId }),
  'notes:restore': (m) => ({ id: m.noteId }),
  'notes:set-author': () => ({ author: 'Minh' }),
  'notes:import': (m) => m.notesFile,
  'notes:resolve': (m) => ({ id: m.noteId, revision: 'no-such-revision', keep: 'mine' }),
  'baskets:create': () => ({ name: 'Second deck' }),
  'baskets:rename': (m) => ({ basketId: m.basketId, name: 'Renamed deck' }),
  'baskets:add-slide': (m) => ({ basketId: m.basketId, title: 'Again', request: WHOLE }),
  'baskets:retitle-slide': (m) => ({ slideId: m.slideId, title: 'Retitled' }),
  'baskets:move-slide': (m) => ({ slideId: m.slideId, position: 1 }),
  'baskets:refresh': (m) => ({ basketId: m.basketId }),
  'baskets:remove-slide': (m) => ({ slideId: m.slideId }),
  'baskets:delete': (m) => ({ basketId: m.basketId }),
  'templates:delete': () => ({ name: 'no such template' }),
  'aliases:forget': () => ({ kind: 'geo', folded: 'no such name', code: 'VN' }),
  'analysis:weights-import': () => ({ fileName: 'weights-fixture.csv', content: WEIGHTS_CSV }),
  'import:commit': (m) => ({ previewId: m.previewId }),
  'releases:undo': () => ({ releaseId: 1 }),
  'backup:keep': () => ({ count: 3 }),
  'backup:restore': (m) => ({ name: m.backupName }),
  'preferences:set': () => ({ numberFormat: 'vi', exportSize: { aspect: '4:3', scale: 3 } }),
};

/** Channels that never write to the store (the import's staging writes files; its preview, the connection's temp schema). */
const READS: Channel[] = [
  'app:info',
  'catalog:list',
  'figures:series',
  'figures:points',
  'figures:get',
  'figures:ranking',
  'figures:transformed',
  'figures:history',
  'figures:revisions',
  'latest:summary',
  'releases:list',
  'releases:changes',
  'reference:geos',
  'reference:lineage',
  'aliases:list',
  'import:stage-begin',
  'import:stage-chunk',
  'import:stage-end',
  'import:stage-discard',
  'import:preview',
  'templates:list',
  'notes:list',
  'notes:facets',
  'notes:export',
  'notes:import-preview',
  'notes:conflicts',
  'notes:author',
  'analysis:checks',
  'analysis:series-findings',
  'analysis:checks-overview',
  'analysis:checks-page',
  'analysis:contributions',
  'analysis:contribution-periods',
  'analysis:weights',
  'export:chart',
  'baskets:list',
  'baskets:export',
  'import:cancel',
  'backup:status',
  'backup:list',
  'backup:check',
  'backup:create', // reads the store, writes a file beside it
  'preferences:get',
  // the shell's: the menu's language, files the OS handed over (staged like the window's), the file manager
  'shell:language',
  'shell:pending-files',
  'shell:stage-file',
  'shell:read-notes-file',
  'shell:show-store-folder',
];

describe('a second process holding the store’s write lock', () => {
  let store: Store;
  let core: Core;
  let holder: StoreLockHolder;
  let made: Made;

  beforeAll(async () => {
    store = openStore(tempStorePath());
    core = createCore({ db: store.db, storePath: store.path });
    const note = await call(core.handlers, 'notes:add', { anchor: ANCHOR, text: 'a note', author: 'Lan', tags: [], status: 'draft', showOnCharts: true });
    const deck = await call(core.handlers, 'baskets:create', { name: 'Deck' });
    const slides = await call(core.handlers, 'baskets:add-slide', { basketId: deck.id, title: 'Whole industry', request: WHOLE });
    await call(core.handlers, 'baskets:add-slide', { basketId: deck.id, title: 'Second', request: WHOLE });
    const stagedId = await stageBytes(core.handlers, 'import-revision.csv', IMPORT_CSV);
    const preview = await call(core.handlers, 'import:preview', { stagedIds: [stagedId] });
    expect(preview.ready).toBe(true);
    const { fileName, content } = await call(core.handlers, 'notes:export', {});
    const notesFile = { fileName, content };
    const backup = await call(core.handlers, 'backup:create', {});
    made = { noteId: note.id, notesFile, basketId: deck.id, slideId: slides.slides[0]!.id, previewId: preview.previewId, backupName: backup.name };
    holder = StoreLockHolder.start(store.path);
  });

  afterAll(async () => {
    await holder?.stop();
    core?.close();
    store?.db.close();
  });

  it('every channel is listed here as a read or a write', () => {
    const listed = [...Object.keys(WRITES), ...READS].sort();
    expect(listed).toEqual(Object.keys(contract).sort());
  });

  it('the writes here are the core’s STORE_WRITES (those refused on a newer store), but for the two that write beside the store', () => {
    const besideTheStore = ['import:preview', 'backup:create'];
    expect(Object.keys(WRITES).sort()).toEqual([...STORE_WRITES].filter((c) => !besideTheStore.includes(c)).sort());
  });

  it('refuses every write past the busy timeout with code busy and the store-busy message, and changes nothing', async () => {
    store.db.pragma('busy_timeout = 100');
    await holder.hold();
    try {
      const before = storeContent(store);
      for (const [channel, input] of Object.entries(WRITES)) {
        const result = await dispatch(core.handlers, channel, input(made));
        expect({ channel, result }).toMatchObject({
          channel,
          result: {
            ok: false,
            error: { code: 'busy', message: expect.stringMatching(/^the store is busy: another import is running .*waited 100 ms.*Nothing was changed/) },
          },
        });
      }
      expect(storeContent(store)).toBe(before);
    } finally {
      await holder.release();
    }
  });

  it('answers a commit over the web host with code busy and the message, not internal', async () => {
    store.db.pragma('busy_timeout = 100');
    const host = await startHost({ handlers: core.handlers });
    await holder.hold();
    try {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/import:commit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-iip-token': host.token },
        body: JSON.stringify({ previewId: made.previewId }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        ok: false,
        error: {
          code: 'busy',
          message:
            'the store is busy: another import is running (another window or iip command is writing to it; waited 100 ms). Nothing was changed: try again when it has finished',
        },
      });
    } finally {
      await holder.release();
      await host.close();
    }
  });

  it('refuses opening a store that needs seeding with the store-busy error, the store unchanged', async () => {
    // the reference lists to be loaded again, as after an update of the app
    store.db.prepare("UPDATE meta SET value = 'stale' WHERE key = 'referenceChecksum'").run();
    const before = storeContent(store);
    await holder.hold();
    const timeout = process.env.IIP_BUSY_TIMEOUT_MS;
    process.env.IIP_BUSY_TIMEOUT_MS = '100';
    try {
      expect(() => openStore(store.path)).toThrow(
        expect.objectContaining({ name: 'BusyError', code: 'busy', message: expect.stringMatching(/^the store is busy: another import is running/) }),
      );
    } finally {
      if (timeout === undefined) delete process.env.IIP_BUSY_TIMEOUT_MS;
      else process.env.IIP_BUSY_TIMEOUT_MS = timeout;
      await holder.release();
    }
    expect(storeContent(store)).toBe(before);
    openStore(store.path).db.close();
    expect(store.db.prepare("SELECT value FROM meta WHERE key = 'referenceChecksum'").pluck().get()).not.toBe('stale');
  });

  it('keeps reads, an import preview among them, answering while the lock is held (WAL)', async () => {
    store.db.pragma('busy_timeout = 100');
    await holder.hold();
    try {
      const started = performance.now();
      expect((await call(core.handlers, 'releases:list', {})).length).toBeGreaterThan(0);
      const page = await call(core.handlers, 'catalog:list', { limit: 5 });
      const seriesId = page.groups[0]!.series[0]!.id;
      expect((await call(core.handlers, 'figures:series', { seriesId, basis: 'yoy' })).points.length).toBeGreaterThan(0);
      expect((await call(core.handlers, 'notes:list', {})).notes).toHaveLength(1);
      // a preview stages a tidy CSV's figures in the temp schema: no lock on the store
      const stagedId = await stageBytes(core.handlers, 'import-revision.csv', IMPORT_CSV);
      expect((await call(core.handlers, 'import:preview', { stagedIds: [stagedId] })).ready).toBe(true);
      expect((await call(core.handlers, 'notes:import-preview', made.notesFile)).counts.identical).toBe(1);
      // none of them waited for the lock
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      await holder.release();
    }
    // that preview is now the newest: commit the one the writes below use from it
    made.previewId = (
      await call(core.handlers, 'import:preview', { stagedIds: [await stageBytes(core.handlers, 'import-revision.csv', IMPORT_CSV)] })
    ).previewId;
  });

  it('lets every write wait for a lock let go within the busy timeout, then go through', async () => {
    const importedRelease = async (): Promise<boolean> => (await call(core.handlers, 'releases:list', {})).some((r) => r.sourceFile === 'import-revision.csv');
    // a deferred transaction that read before writing would fail at once here instead of waiting
    store.db.pragma('busy_timeout = 5000');
    for (const [channel, input] of Object.entries(WRITES)) {
      await holder.hold(300);
      const result = await dispatch(core.handlers, channel, input(made));
      await holder.released();
      // the made-up ids (a conflict, a template, a name) are not found, after the wait: never busy
      expect({ channel, code: result.ok ? 'ok' : result.error.code }).toEqual({ channel, code: result.ok ? 'ok' : 'not-found' });
      if (channel === 'import:commit') expect(await importedRelease()).toBe(true);
    }
    // the restore, last, brought back the backup made before that import
    expect(await importedRelease()).toBe(false);
  });
});
