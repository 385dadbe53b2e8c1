// A page of the catalog. Today's is read through the index seriesStatsByCatalog (migration 0080):
// the page's rows in the catalog's order and the counts per group, filtered by the search's place and
// item codes, without sorting or reading every series. "As of" a date the statistics are computed
// from the figures (any date may be asked, so none is kept in the store): the last date asked is kept
// in memory until the store changes, so paging through it computes them once.
import { CATALOG_KEYS, type CatalogGroup, type CatalogKey, type CatalogPage } from '../../shared/contract/catalog.js';
import type { Measure } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { untilChange } from '../db/until-change.js';
import { summaryOf } from './queries.js';
import { allSeriesStats, type SeriesStats } from './repository.js';
import { reference, searchMatches, seriesMatcher, type Reference, type WordMatch } from './search.js';

export interface CatalogQuery {
  search?: string;
  asOf?: string;
  offset?: number;
  limit?: number;
  /** Only this group's series. */
  group?: CatalogKey;
  /** Only these places' series. */
  geos?: string[];
  /** Only these items' series. */
  items?: string[];
  /** Only these series. */
  ids?: number[];
  /** Only this measure's series. */
  measure?: Measure;
}

/** What narrows the list besides the search: a group (its number, as CATALOG_KEYS), series ids and a measure. */
interface Narrowed {
  group: number | null;
  ids: number[] | null;
  measure: Measure | null;
}

/** A series' statistics with its group's number (0 whole industry … 4 products, as CATALOG_KEYS). */
interface PlacedStats extends SeriesStats {
  catalogGroup: number;
}

/** Each word: the series' place or item among those holding it; bound as JSON arrays. With a group or ids, only those series. */
const whereMatching = (matches: WordMatch[], { group, ids, measure }: Narrowed): string => {
  const conditions = matches.map(
    (_, j) => `(k.geoCode IN (SELECT value FROM json_each(@geos${j})) OR k.itemCode IN (SELECT value FROM json_each(@items${j})))`,
  );
  if (measure !== null) conditions.unshift('EXISTS (SELECT 1 FROM series m WHERE m.id = k.seriesId AND m.measure = @measure)');
  if (ids !== null) conditions.unshift('k.seriesId IN (SELECT value FROM json_each(@ids))');
  if (group !== null) conditions.unshift('k.catalogGroup = @group');
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
};

const boundMatches = (matches: WordMatch[], { group, ids, measure }: Narrowed): Record<string, string | number> => ({
  ...Object.fromEntries(
    matches.flatMap((m, j) => [
      [`geos${j}`, JSON.stringify(m.geos)],
      [`items${j}`, JSON.stringify(m.items)],
    ]),
  ),
  ...(group === null ? {} : { group }),
  ...(ids === null ? {} : { ids: JSON.stringify(ids) }),
  ...(measure === null ? {} : { measure }),
});

/** The catalog index's order: (group, place) is unique but for places the reference lists left equal. */
const ORDER = 'catalogGroup, catalogOrder, geoCode, itemCode, seriesId';
const COUNTS = (where: string) => `SELECT catalogGroup, COUNT(*) AS n FROM seriesStats k ${where} GROUP BY catalogGroup`;
/**
 * The page's ids found in the catalog index alone (skipping `offset` entries reads no row), then their
 * rows: CROSS JOIN keeps the page the outer loop (else, not knowing the limit, SQLite may read every row).
 */
const PAGE = (where: string) => `SELECT k.seriesId AS id, k.geoCode, k.itemCode, s.measure, k.figureCount, k.firstPeriodEnd, k.lastPeriodEnd,
       k.views, k.catalogGroup
  FROM (SELECT seriesId FROM seriesStats k ${where} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset) page
  CROSS JOIN seriesStats k ON k.seriesId = page.seriesId CROSS JOIN series s ON s.id = k.seriesId
 ORDER BY ${ORDER.split(', ')
   .map((c) => `k.${c}`)
   .join(', ')}`;

interface Counted {
  counts: Map<number, number>;
  rows: PlacedStats[];
}

function countByGroup(rows: PlacedStats[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.catalogGroup, (counts.get(row.catalogGroup) ?? 0) + 1);
  return counts;
}

/**
 * Today's matching series: the page read through the catalog index, which stops once the page is
 * full; counted per group by a second pass over the index unless the page holds every match. The
 * counts of the searches asked are kept until the store changes (paging through one counts once).
 */
function todays(db: Db, matches: WordMatch[], narrowed: Narrowed, offset: number, limit: number): Counted {
  const where = whereMatching(matches, narrowed);
  const bound = boundMatches(matches, narrowed);
  const rows = statement<PlacedStats>(db, PAGE(where)).all({ ...bound, offset, limit });
  if (offset === 0 && (limit < 0 || rows.length < limit)) return { counts: countByGroup(rows), rows };
  const kept = untilChange(db, 'catalogCounts', () => new Map<string, Map<number, number>>());
  const key = JSON.stringify([matches, narrowed]);
  let counts = kept.get(key);
  if (!counts) {
    if (kept.size >= 100) kept.clear();
    const counted = statement<{ catalogGroup: number; n: number }>(db, COUNTS(where)).all(bound);
    kept.set(key, (counts = new Map(counted.map((c) => [c.catalogGroup, c.n]))));
  }
  return { counts, rows };
}

/** Every series with figures published on or before `asOf`, in the catalog's order: the last date asked kept. */
function datedList(db: Db, asOf: string): PlacedStats[] {
  const last = untilChange(db, 'catalogAsOf', () => ({ asOf: '', list: [] as PlacedStats[] }));
  if (last.asOf === asOf) return last.list;
  const places = new Map(
    statement<[number, number, number]>(db, 'SELECT seriesId, catalogGroup, catalogOrder FROM seriesStats')
      .raw()
      .all()
      .map(([id, group, order]) => [id, { group, order }]),
  );
  const list = allSeriesStats(db, asOf)
    .filter((stats) => places.has(stats.id))
    .map((stats) => ({ ...stats, catalogGroup: places.get(stats.id)!.group }));
  const order = (s: PlacedStats): number => places.get(s.id)!.order;
  list.sort((a, b) => a.catalogGroup - b.catalogGroup || order(a) - order(b) || a.id - b.id);
  last.asOf = asOf;
  last.list = list;
  return last.list;
}

/** As of a date: the matching series counted per group and the page taken from the kept list. */
function dated(db: Db, asOf: string, matches: WordMatch[], { group, ids, measure }: Narrowed, offset: number, limit: number): Counted {
  const test = seriesMatcher(matches);
  const only = ids === null ? null : new Set(ids);
  const matching = datedList(db, asOf).filter(
    (s) =>
      (group === null || s.catalogGroup === group) &&
      (only === null || only.has(s.id)) &&
      (measure === null || s.measure === measure) &&
      test(s.geoCode, s.itemCode),
  );
  return { counts: countByGroup(matching), rows: limit < 0 ? matching.slice(offset) : matching.slice(offset, offset + limit) };
}

/** The page's rows by group, in order (a group cut by the page's edge has only its rows here). */
function grouped(ref: Reference, rows: PlacedStats[]): CatalogGroup[] {
  const groups: CatalogGroup[] = [];
  for (const row of rows) {
    const geo = ref.geos.get(row.geoCode);
    const item = ref.items.get(row.itemCode);
    if (!geo || !item) continue;
    const key = CATALOG_KEYS[row.catalogGroup]!;
    if (groups.at(-1)?.key !== key) groups.push({ key, series: [] });
    groups.at(-1)!.series.push(summaryOf(row, geo, item));
  }
  return groups;
}

/**
 * The series matching `search` (every series without one), `limit` of them from `offset` (all if no
 * limit), with their count in all and per group; as of `asOf` if given. Today's whole list (what views
 * needing every series ask) is kept until the store changes; callers must not change what it returns.
 */
export function catalogPage(db: Db, query: CatalogQuery): CatalogPage {
  const whole =
    query.limit === undefined &&
    !query.offset &&
    !query.search &&
    query.asOf === undefined &&
    !query.group &&
    !query.geos &&
    !query.items &&
    !query.ids &&
    !query.measure;
  return whole ? untilChange(db, 'catalogWhole', () => readPage(db, {})) : readPage(db, query);
}

function readPage(db: Db, { search, asOf, offset = 0, limit, group, geos, items, ids, measure }: CatalogQuery): CatalogPage {
  const ref = reference(db);
  // Places or items asked for narrow as a search word matching them alone would.
  const matches = [...searchMatches(ref, search), ...(geos ? [{ geos, items: [] }] : []), ...(items ? [{ geos: [], items }] : [])];
  const narrowed = { group: group === undefined ? null : CATALOG_KEYS.indexOf(group), ids: ids ?? null, measure: measure ?? null };
  const { counts, rows } = asOf === undefined ? todays(db, matches, narrowed, offset, limit ?? -1) : dated(db, asOf, matches, narrowed, offset, limit ?? -1);
  const listed = CATALOG_KEYS.map((key, group) => ({ key, count: counts.get(group) ?? 0 })).filter((c) => c.count > 0);
  return { total: listed.reduce((sum, c) => sum + c.count, 0), counts: listed, offset, groups: grouped(ref, rows) };
}
