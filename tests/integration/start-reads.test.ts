// What the window asks for at start, answered without reading every series or figure: the series the
// explorer opens on (catalog:first, the catalog's first, asked for beside the whole list) and the
// header's counts (app:info, its figure count from the series' statistics kept at write time).
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { CatalogGroup, SeriesSummary } from '../../electron/shared/contract/catalog.js';
import type { AppInfo } from '../../electron/shared/contract/app.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

const store = openStore(tempStorePath());
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

async function call<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value as T;
}

const firstListed = async (input: object): Promise<SeriesSummary | null> => (await call<CatalogGroup[]>('catalog:list', input))[0]?.series[0] ?? null;
const countedFigures = (): number => store.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM figures').get()!.n;

describe('at start', () => {
  it('catalog:first is the series catalog:list lists first: the whole industry, today and as of a date', async () => {
    const first = await call<SeriesSummary>('catalog:first', {});
    expect([first.geo.code, first.item.code, first.measure]).toEqual(['VN', 'TOTAL', 'iip']);
    expect(first).toEqual(await firstListed({}));
    // As of mid-2019: counted over the figures published by then, as the dated list counts it.
    const then = await call<SeriesSummary>('catalog:first', { asOf: '2019-06-30' });
    expect(then).toEqual(await firstListed({ asOf: '2019-06-30' }));
    expect(then.figureCount).toBeLessThan(first.figureCount);
    // Before any release: nothing listed, nothing to open.
    expect(await call('catalog:first', { asOf: '1990-01-01' })).toBeNull();
  });

  it("app:info counts the figures from the series' statistics: the same count as reading them all", async () => {
    const info = await call<AppInfo>('app:info', {});
    expect(info.figureCount).toBeGreaterThan(10_000);
    expect(info.figureCount).toBe(countedFigures());
  });

  it('without a whole-industry series, catalog:first is still the list’s first (a locality); an empty store has none', async () => {
    emptyStore(store.db);
    expect(await call('catalog:first', {})).toBeNull();
    expect((await call<AppInfo>('app:info', {})).figureCount).toBe(0);
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
    const first = await call<SeriesSummary>('catalog:first', {});
    expect(first.geo.kind).not.toBe('country');
    expect(first).toEqual(await firstListed({}));
    expect((await call<AppInfo>('app:info', {})).figureCount).toBe(2);
  });
});
