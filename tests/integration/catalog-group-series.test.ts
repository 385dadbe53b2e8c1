// The series a ranking compares (seriesInCatalogGroup): read off the catalog index alone, the measure
// known by catalogOrder's last digit; the same as reading each series' row, for every group, measure
// and the localities' whole industry, on the seeded store and after an import of new places.
import { describe, expect, it } from 'vitest';
import { seriesInCatalogGroup } from '../../electron/core/catalog/repository.js';
import type { Db } from '../../electron/core/db/connection.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { CATALOG_KEYS } from '../../electron/shared/contract/catalog.js';
import { MEASURES, type Measure } from '../../electron/shared/domain.js';
import { tempStorePath } from '../helpers/temp.js';

/** Each series' own row: what the catalog index stands in for. */
const byRows = (db: Db, group: number, measure: Measure, itemCode: string | null) =>
  db
    .prepare(
      `SELECT s.id, s.geoCode, s.itemCode, s.measure FROM seriesStats k JOIN series s ON s.id = k.seriesId
        WHERE k.catalogGroup = ? AND s.measure = ? AND (? IS NULL OR s.itemCode = ?) ORDER BY s.id`,
    )
    .all(group, measure, itemCode, itemCode);

function expectSameEverywhere(db: Db): number {
  let compared = 0;
  for (const group of CATALOG_KEYS.keys()) {
    for (const measure of MEASURES) {
      for (const item of [null, 'TOTAL']) {
        const expected = byRows(db, group, measure, item);
        expect([...seriesInCatalogGroup(db, group, measure, item).values()].sort((a, b) => a.id - b.id)).toEqual(expected);
        compared += expected.length;
      }
    }
  }
  return compared;
}

describe('the series of a catalog group', () => {
  it('are those whose own rows say so, for every group, measure and item', () => {
    const { db } = openStore(tempStorePath());
    expect(expectSameEverywhere(db)).toBeGreaterThan(50);
    db.transaction(() => {
      const id = insertRelease(db, {
        name: 'new places',
        publisher: 'Test',
        publishedOn: '2031-02-06',
        status: 'estimate',
        sourceKind: 'csv',
        sourceFile: 'x.csv',
      });
      const figure = { period: '2031-01', basis: 'yoy', unit: 'pct', value: 1, decimals: 1, status: 'estimate' } as const;
      insertFigures(db, id, [
        { ...figure, geo: 'P25', item: 'TOTAL', measure: 'iip' },
        { ...figure, geo: 'P25', item: '10', measure: 'contribution' },
        { ...figure, geo: 'VN', item: 'P-COAL', measure: 'output' },
        { ...figure, geo: 'VN', item: 'B', measure: 'contribution' },
      ]);
    })();
    expectSameEverywhere(db);
    expect([...seriesInCatalogGroup(db, CATALOG_KEYS.indexOf('locality'), 'contribution').values()].map((s) => [s.geoCode, s.itemCode])).toContainEqual([
      'P25',
      '10',
    ]);
    db.close();
  });
});
