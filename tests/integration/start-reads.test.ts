// What the window's header asks for at start, answered without reading every figure: app:info's
// figure count comes from the series' statistics kept at write time, and equals a count of the figures.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { AppInfo } from '../../electron/shared/contract/app.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

const store = openStore(tempStorePath());
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

async function info(): Promise<AppInfo> {
  const result = await dispatch(core.handlers, 'app:info', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AppInfo;
}

const countedFigures = (): number => store.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM figures').get()!.n;

describe('app:info at start', () => {
  it("counts the figures from the series' statistics: the same count as reading them all", async () => {
    expect((await info()).figureCount).toBeGreaterThan(10_000);
    expect((await info()).figureCount).toBe(countedFigures());
  });

  it('counts none in an empty store, and each figure a release then stores', async () => {
    emptyStore(store.db);
    expect((await info()).figureCount).toBe(0);
    store.db.transaction(() => {
      const releaseId = insertRelease(store.db, {
        name: 'provinces',
        publisher: 'test',
        publishedOn: '2031-02-01',
        status: 'estimate',
        sourceKind: 'csv',
        sourceFile: 'provinces.csv',
      });
      insertFigures(store.db, releaseId, [
        { geo: 'P01', item: 'TOTAL', measure: 'iip', period: '2031-01', basis: 'yoy', unit: 'pct', value: 5, decimals: 1, status: 'estimate' },
        { geo: 'P79', item: 'TOTAL', measure: 'iip', period: '2031-01', basis: 'yoy', unit: 'pct', value: 6, decimals: 1, status: 'estimate' },
      ]);
    })();
    expect((await info()).figureCount).toBe(2);
    expect(countedFigures()).toBe(2);
  });
});
