// The catalog a page at a time (catalog:list with offset and limit): pages in the catalog's order
// (groups, then the reference lists' order), counts over every match whatever the page, searches
// matching a place's or an item's names word by word, "as of" a date paged the same way, and the
// order kept when the reference lists are reordered.
import { describe, expect, it } from 'vitest';
import { catalogPage, type CatalogQuery } from '../../electron/core/catalog/page.js';
import { catalogKeyOf } from '../../electron/core/catalog/queries.js';
import { reorderCatalog } from '../../electron/core/catalog/series-stats.js';
import type { Db } from '../../electron/core/db/connection.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { geoByCode, itemByCode } from '../../electron/core/reference/repository.js';
import { openStore } from '../../electron/core/store.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

const HEADER = 'geo,item,measure,period,basis,unit,value,status';

async function importCsv(db: Db, lines: string[], publishedOn: string): Promise<void> {
  const bytes = Buffer.from([HEADER, ...lines].join('\n'), 'utf8');
  const preview = await previewImport(db, [{ fileName: `${publishedOn}.csv`, bytes }], { release: { name: publishedOn, publishedOn } });
  expect(preview.errors).toEqual([]);
  commitImport(db, preview);
}

/** A store holding eleven series, given in scrambled order; Phú Thọ's comes a month later. */
async function smallStore(): Promise<Db> {
  const { db } = openStore(tempStorePath());
  emptyStore(db);
  const month = (geo: string, item: string, measure = 'iip', basis = 'yoy,pct') => `${geo},${item},${measure},2030-01,${basis},1.5,estimate`;
  await importCsv(
    db,
    [
      month('VN', 'P-COAL', 'output', 'level,qty'),
      month('P02', 'TOTAL'),
      month('VN', 'C'),
      month('P01', 'B'),
      month('VN', 'TOTAL', 'contribution', 'yoy,pp'),
      month('VN', '05'),
      month('P01', 'TOTAL'),
      month('P01', 'P-COAL', 'output', 'level,qty'),
      month('VN', 'B'),
      month('VN', 'TOTAL'),
    ],
    '2030-02-06',
  );
  await importCsv(db, [month('P25', 'TOTAL')], '2030-03-06');
  return db;
}

/** A page's series as geo/item/measure. */
const names = (db: Db, query: CatalogQuery): string[] =>
  catalogPage(db, query).groups.flatMap((g) => g.series.map((s) => `${g.key} ${s.geo.code}/${s.item.code}/${s.measure}`));

const IN_ORDER = [
  'total VN/TOTAL/iip',
  'total VN/TOTAL/contribution',
  'section VN/B/iip',
  'section VN/C/iip',
  'division VN/05/iip',
  'locality P01/TOTAL/iip',
  'locality P01/B/iip',
  'locality P02/TOTAL/iip',
  'locality P25/TOTAL/iip',
  'product VN/P-COAL/output',
  'product P01/P-COAL/output',
];
const COUNTS = [
  { key: 'total', count: 2 },
  { key: 'section', count: 2 },
  { key: 'division', count: 1 },
  { key: 'locality', count: 4 },
  { key: 'product', count: 2 },
];

describe('the catalog a page at a time', () => {
  it('lists every series in the catalog order: groups, then places and items as the reference lists order them, then the measure', async () => {
    const db = await smallStore();
    expect(names(db, {})).toEqual(IN_ORDER);
    expect(catalogPage(db, {})).toMatchObject({ total: 11, counts: COUNTS, offset: 0 });
    db.close();
  });

  it('gives pages that together are the whole list, each with the count of all', async () => {
    const db = await smallStore();
    const pages = [0, 3, 6, 9].map((offset) => catalogPage(db, { offset, limit: 3 }));
    expect(pages.map((p) => [p.offset, p.total, p.counts])).toEqual([0, 3, 6, 9].map((offset) => [offset, 11, COUNTS]));
    expect(pages[1]!.groups.map((g) => [g.key, g.series.length])).toEqual([
      ['section', 1],
      ['division', 1],
      ['locality', 1],
    ]);
    expect([0, 3, 6, 9].flatMap((offset) => names(db, { offset, limit: 3 }))).toEqual(IN_ORDER);
    expect(names(db, { offset: 11, limit: 3 })).toEqual([]);
    db.close();
  });

  it("searches each word in the place's or the item's names, without diacritics, counting every match", async () => {
    const db = await smallStore();
    expect(names(db, { search: 'HA NOI' })).toEqual(['locality P01/TOTAL/iip', 'locality P01/B/iip', 'product P01/P-COAL/output']);
    // "than" is the coal's, "ha noi" the place's: only Hà Nội's coal has both.
    expect(names(db, { search: 'ha noi than' })).toEqual(['product P01/P-COAL/output']);
    // A page past the first: the counts are of every match still.
    expect(catalogPage(db, { search: 'hà nội', offset: 1, limit: 1 })).toMatchObject({
      total: 3,
      counts: [
        { key: 'locality', count: 2 },
        { key: 'product', count: 1 },
      ],
      offset: 1,
      groups: [{ key: 'locality', series: [{ geo: { code: 'P01' }, item: { code: 'B' } }] }],
    });
    expect(catalogPage(db, { search: 'zzz' })).toEqual({ total: 0, counts: [], offset: 0, groups: [] });
    db.close();
  });

  it('folds the names itself where the store keeps none folded', async () => {
    const db = await smallStore();
    db.exec('DELETE FROM catalogSearchText');
    expect(names(db, { search: 'ha noi than' })).toEqual(['product P01/P-COAL/output']);
    db.close();
  });

  it('pages the catalog as of a date over the series known then', async () => {
    const db = await smallStore();
    expect(names(db, { asOf: '2030-02-10' })).toEqual(IN_ORDER.filter((n) => !n.includes('P25')));
    expect(catalogPage(db, { asOf: '2030-02-10', offset: 7, limit: 2 })).toMatchObject({ total: 10, offset: 7 });
    expect(names(db, { asOf: '2030-02-10', offset: 7, limit: 2 })).toEqual(['locality P02/TOTAL/iip', 'product VN/P-COAL/output']);
    expect(names(db, { asOf: '2030-02-10', search: 'phu tho' })).toEqual([]);
    expect(names(db, { asOf: '2030-03-10', search: 'phu tho' })).toEqual(['locality P25/TOTAL/iip']);
    expect(catalogPage(db, { asOf: '2030-01-01' })).toEqual({ total: 0, counts: [], offset: 0, groups: [] });
    db.close();
  });

  it("narrows to one group's series, some places', some items' or some ids' (what multiples, a merger and a finding show), searched, paged and dated", async () => {
    const db = await smallStore();
    expect(names(db, { group: 'locality' })).toEqual(IN_ORDER.filter((n) => n.startsWith('locality')));
    expect(catalogPage(db, { group: 'locality' })).toMatchObject({ total: 4, counts: [{ key: 'locality', count: 4 }] });
    expect(names(db, { geos: ['P01', 'P25'] })).toEqual([
      'locality P01/TOTAL/iip',
      'locality P01/B/iip',
      'locality P25/TOTAL/iip',
      'product P01/P-COAL/output',
    ]);
    expect(names(db, { group: 'locality', geos: ['P01', 'P25'], search: 'toan nganh' })).toEqual(['locality P01/TOTAL/iip', 'locality P25/TOTAL/iip']);
    expect(names(db, { group: 'locality', items: ['TOTAL'] })).toEqual(['locality P01/TOTAL/iip', 'locality P02/TOTAL/iip', 'locality P25/TOTAL/iip']);
    expect(names(db, { geos: ['P01'], items: ['P-COAL', 'B'] })).toEqual(['locality P01/B/iip', 'product P01/P-COAL/output']);
    // The counts are of every match whatever the page.
    expect(catalogPage(db, { group: 'locality', offset: 1, limit: 2 })).toMatchObject({ total: 4, offset: 1 });
    expect(names(db, { group: 'locality', offset: 1, limit: 2 })).toEqual(['locality P01/B/iip', 'locality P02/TOTAL/iip']);
    expect(names(db, { group: 'locality', geos: ['P01', 'P25'], asOf: '2030-02-10' })).toEqual(['locality P01/TOTAL/iip', 'locality P01/B/iip']);
    expect(catalogPage(db, { geos: [] })).toEqual({ total: 0, counts: [], offset: 0, groups: [] });
    // By id (a finding's series): those alone, in the catalog's order, today and as of a date.
    const ids = catalogPage(db, {})
      .groups.flatMap((g) => g.series)
      .filter((s) => s.geo.code === 'P25' || s.item.code === 'P-COAL')
      .map((s) => s.id);
    expect(names(db, { ids: [...ids].reverse() })).toEqual(['locality P25/TOTAL/iip', 'product VN/P-COAL/output', 'product P01/P-COAL/output']);
    expect(names(db, { ids, asOf: '2030-02-10' })).toEqual(['product VN/P-COAL/output', 'product P01/P-COAL/output']);
    expect(names(db, { ids, group: 'locality' })).toEqual(['locality P25/TOTAL/iip']);
    // The whole list, kept until the store changes, is not what a narrowed one answers.
    expect(names(db, {})).toEqual(IN_ORDER);
    db.close();
  });

  it('follows the reference lists when they are reordered', async () => {
    const db = await smallStore();
    db.exec("UPDATE geos SET sortOrder = CASE code WHEN 'P01' THEN 2 WHEN 'P02' THEN 1 ELSE sortOrder END");
    reorderCatalog(db);
    expect(names(db, { search: 'TOTAL', offset: 2 })).toEqual(['locality P02/TOTAL/iip', 'locality P01/TOTAL/iip', 'locality P25/TOTAL/iip']);
    db.close();
  });

  it("puts each of the embedded dataset's series in the group the explorer shows it in", () => {
    const { db } = openStore(tempStorePath());
    const page = catalogPage(db, {});
    expect(page.total).toBeGreaterThan(50);
    for (const group of page.groups)
      for (const s of group.series) expect([s.id, catalogKeyOf(geoByCode(db, s.geo.code)!, itemByCode(db, s.item.code)!)]).toEqual([s.id, group.key]);
    db.close();
  });
});
