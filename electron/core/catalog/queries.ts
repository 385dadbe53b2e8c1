// The catalog: every series with figures, grouped (whole industry, sections, divisions, localities,
// products) in the reference lists' order, and one series described on its own.
import { CATALOG_KEYS, type CatalogGroup, type CatalogKey, type SeriesSummary } from '../../shared/contract/catalog.js';
import type { Basis, Unit } from '../../shared/domain.js';
import { searchHaystack, searchMatcher } from '../../shared/text.js';
import type { Db } from '../db/connection.js';
import { untilChange } from '../db/until-change.js';
import { NotFoundError } from '../errors.js';
import { shownUnit } from '../figures/select.js';
import { geoByCode, itemByCode, listGeos, listItems, toGeoRef, toItemRef, type GeoRow, type ItemRow } from '../reference/repository.js';
import { allSeriesStats, seriesStats, type SeriesStats } from './repository.js';

export function catalogKeyOf(geo: Pick<GeoRow, 'kind'>, item: Pick<ItemRow, 'kind'>): CatalogKey {
  if (item.kind === 'product') return 'product';
  if (geo.kind !== 'country') return 'locality';
  return item.kind === 'total' ? 'total' : item.kind;
}

/** The basis/unit pairs of a series as shown (an index against last year is shown as a % change), each once. */
function viewsOf(stored: string): SeriesSummary['views'] {
  const views: SeriesSummary['views'] = [];
  for (const pair of stored.split(',')) {
    const [basis, unit] = pair.split(':') as [Basis, Unit];
    const shown = shownUnit(basis, unit);
    if (!views.some((v) => v.basis === basis && v.unit === shown)) views.push({ basis, unit: shown });
  }
  return views;
}

function summaryOf(stats: SeriesStats, geo: GeoRow, item: ItemRow): SeriesSummary {
  return {
    id: stats.id,
    geo: toGeoRef(geo),
    item: toItemRef(item),
    measure: stats.measure,
    figureCount: stats.figureCount,
    firstPeriod: stats.firstPeriodEnd,
    lastPeriod: stats.lastPeriodEnd,
    views: viewsOf(stats.views),
  };
}

const MEASURE_ORDER = ['iip', 'output', 'contribution'];

/** Whether a geography and item match the search: each place's and item's names folded once, each pair tested once (its measures share it). */
function pairMatcher(search: string): (geo: GeoRow, item: ItemRow) => boolean {
  const test = searchMatcher(search);
  const geoText = new Map<string, string>();
  const itemText = new Map<string, string>();
  const pairs = new Map<string, boolean>();
  return (geo, item) => {
    const key = `${geo.code}|${item.code}`;
    let hit = pairs.get(key);
    if (hit === undefined) {
      let g = geoText.get(geo.code);
      if (g === undefined) geoText.set(geo.code, (g = searchHaystack(geo.code, geo.nameVi, geo.nameEn)));
      let i = itemText.get(item.code);
      if (i === undefined) itemText.set(item.code, (i = searchHaystack(item.code, item.nameVi, item.nameEn)));
      pairs.set(key, (hit = test(`${g} | ${i}`)));
    }
    return hit;
  };
}

/** A series as the catalog lists it, with what grouping and searching it needs. */
interface Entry {
  summary: SeriesSummary;
  key: CatalogKey;
  order: number;
  geo: GeoRow;
  item: ItemRow;
}

/** Every series with figures, in the catalog's order (known on `asOf`, if given). */
function entries(db: Db, asOf: string | undefined): Entry[] {
  const geos = new Map(listGeos(db).map((g) => [g.code, g]));
  const items = new Map(listItems(db).map((i) => [i.code, i]));
  const list: Entry[] = [];
  for (const stats of allSeriesStats(db, asOf)) {
    const geo = geos.get(stats.geoCode);
    const item = items.get(stats.itemCode);
    if (!geo || !item) continue;
    const key = catalogKeyOf(geo, item);
    const order = (key === 'locality' ? geo.sortOrder : item.sortOrder) * 10 + MEASURE_ORDER.indexOf(stats.measure);
    list.push({ summary: summaryOf(stats, geo, item), key, order, geo, item });
  }
  return list.sort((a, b) => a.order - b.order);
}

/**
 * Every series with figures; with `asOf`, those with a figure published on or before that date, counted over those.
 * Today's list is kept until the store changes (a search then only filters it); callers must not change what it returns.
 */
export function catalog(db: Db, search?: string, asOf?: string): CatalogGroup[] {
  // Today's list is kept; a dated one is read each time (dates are many, and each list is large).
  const all = asOf === undefined ? untilChange(db, 'catalog', () => entries(db, undefined)) : entries(db, asOf);
  const matches = search ? pairMatcher(search) : null;
  const groups = new Map<CatalogKey, SeriesSummary[]>(CATALOG_KEYS.map((k) => [k, []]));
  for (const entry of all) if (!matches || matches(entry.geo, entry.item)) groups.get(entry.key)!.push(entry.summary);
  return CATALOG_KEYS.map((key) => ({ key, series: groups.get(key)! })).filter((g) => g.series.length > 0);
}

/**
 * One series as the catalog lists it, read on its own; with `asOf`, as the catalog listed it then, or
 * as it is now when it had no figure by that date (its figures as of then being none).
 */
export function describeSeries(db: Db, seriesId: number, asOf?: string): SeriesSummary {
  const stats = (asOf !== undefined ? seriesStats(db, seriesId, asOf) : undefined) ?? seriesStats(db, seriesId);
  const geo = stats && geoByCode(db, stats.geoCode);
  const item = stats && itemByCode(db, stats.itemCode);
  if (!stats || !geo || !item) throw new NotFoundError(`series ${seriesId} has no figures`);
  return summaryOf(stats, geo, item);
}
