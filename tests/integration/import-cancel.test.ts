// A preview the user abandons: import:cancel with the preview's request id stops it while main is
// reading a real monthly workbook; the workbook's worker is ended at once, the store is unchanged and
// the staged file can be previewed again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { keptWorkerThreadId, workbookWorkerBuilt, workbookWorkerPath } from '../../electron/core/import/read/xlsx/workbook-in-worker.js';
import { openStore } from '../../electron/core/store.js';
import { call, stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RELEASE = path.resolve(here, '../../../shared/gso-releases/2021-09-29-03-Bieu-9.2021.xlsx');

const storeCounts = (db: ReturnType<typeof openStore>['db']): unknown =>
  db.prepare('SELECT (SELECT count(*) FROM releases) AS releases, (SELECT count(*) FROM figures) AS figures').get();

describe.skipIf(!fs.existsSync(RELEASE))('cancelling a preview', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
  afterAll(() => {
    core.close();
    store.db.close();
  });

  it('stops the reading of a workbook at once: cancelled, its worker ended, nothing stored', async () => {
    expect(workbookWorkerBuilt(), `${workbookWorkerPath} is missing: run npm run build`).toBe(true);
    const stagedId = await stageBytes(core.handlers, 'bieu-9-2021.xlsx', fs.readFileSync(RELEASE));
    const before = storeCounts(store.db);
    const preview = dispatch(core.handlers, 'import:preview', { stagedIds: [stagedId], requestId: 'abandoned-1' });
    await expect.poll(() => keptWorkerThreadId(), { interval: 5, timeout: 10_000 }).not.toBeNull();
    const cancelledAt = performance.now();
    expect(await dispatch(core.handlers, 'import:cancel', { requestId: 'abandoned-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await preview).toEqual({ ok: false, error: { code: 'not-found', message: 'the preview was cancelled' } });
    expect(performance.now() - cancelledAt).toBeLessThan(500);
    expect(keptWorkerThreadId()).toBeNull();
    expect(storeCounts(store.db)).toEqual(before);
    // Nothing of the cancelled preview lingers: the same file previews whole afterwards.
    const again = await call(core.handlers, 'import:preview', { stagedIds: [stagedId], requestId: 'abandoned-2' });
    expect(again.errors).toEqual([]);
    expect(again.files[0]!.figures.length).toBe(622);
  }, 60_000);

  it('answers false for an id no preview runs under, and refuses an id that is no id', async () => {
    expect(await dispatch(core.handlers, 'import:cancel', { requestId: 'abandoned-1' })).toEqual({ ok: true, value: { cancelled: false } });
    const refused = await dispatch(core.handlers, 'import:cancel', { requestId: '../x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
