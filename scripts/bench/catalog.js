// The catalog rows of the national-scale bench (scale.js): catalog:list a page of 100 series at a
// time (the first page, a search, a page deep into a broad search; the store process's first catalog
// call included in each p95, and shown), every page in turn, and every series in one answer (what
// views needing them all still ask), each against the SQL it runs.

/** A page of today's catalog as catalog/page.ts reads it: ids through the catalog index, then their rows. */
const CATALOG_PAGE = `SELECT k.seriesId AS id, k.geoCode, k.itemCode, s.measure, k.figureCount, k.firstPeriodEnd, k.lastPeriodEnd, k.views, k.catalogGroup
  FROM (SELECT seriesId FROM seriesStats k ORDER BY catalogGroup, catalogOrder, geoCode, itemCode, seriesId LIMIT ? OFFSET ?) page
  CROSS JOIN seriesStats k ON k.seriesId = page.seriesId CROSS JOIN series s ON s.id = k.seriesId
 ORDER BY k.catalogGroup, k.catalogOrder, k.geoCode, k.itemCode, k.seriesId`;
/** Every series with its names: the least a list of them all reads. */
const CATALOG_ROWS = `SELECT s.id, s.geoCode, s.itemCode, s.measure, g.nameVi, g.nameEn, i.nameVi AS itemVi, i.nameEn AS itemEn
  FROM series s JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode`;

const PAGE = 100;

/**
 * Adds the catalog's rows through scale.js's `measure` (a message to the store process → { text,
 * value, first }) and `row`; `listed`: how many series the catalog lists.
 */
export async function benchCatalog({ measure, row, listed }) {
  const withFirst = (m) => (m.first === undefined ? m : { ...m, text: `${m.text.slice(0, -1)}; the first ${m.first.toFixed(2)} ms)` });
  const pageSql = await measure({ sqls: [[CATALOG_PAGE, [PAGE, 0]]] }, { runs: 30, p95: true });
  const first = await measure({ calls: [['catalog:list', { limit: PAGE }]] }, { runs: 30, p95: true });
  row(`catalog:list { limit: ${PAGE} } (the first page)`, withFirst(first), pageSql, 'p95 < 10 ms');
  const search = await measure({ calls: [['catalog:list', { search: 'phu tho', limit: PAGE }]] }, { runs: 30, p95: true });
  row(`catalog:list { search: 'phu tho', limit: ${PAGE} } (Phú Thọ)`, withFirst(search), pageSql, 'p95 < 10 ms');
  const deep = Math.floor(listed / 2 / PAGE) * PAGE;
  const later = await measure({ calls: [['catalog:list', { search: 'a', offset: deep, limit: PAGE }]] }, { runs: 30, p95: true });
  row(`catalog:list { search: 'a', offset: ${deep}, limit: ${PAGE} }`, withFirst(later), pageSql, 'p95 < 10 ms');

  const everyRow = await measure({ sqls: [[CATALOG_ROWS, []]] }, { p95: true });
  const pages = Array.from({ length: Math.ceil(listed / PAGE) }, (_, k) => ['catalog:list', { offset: k * PAGE, limit: PAGE }]);
  const allPages = await measure({ calls: pages }, { runs: 5, budgetMs: 30_000, timeoutMs: 120_000 });
  row(`catalog:list every page in turn (${pages.length} calls)`, allPages, everyRow, '-');
  const all = await measure({ calls: [['catalog:list', {}]] }, { runs: 5, budgetMs: 30_000, timeoutMs: 120_000, p95: true });
  row(`catalog:list {} (every series in one answer${all.bytes ? `, ${(all.bytes / 2 ** 20).toFixed(1)} MB` : ''})`, all, everyRow, '-');
}
