// The catalog's groups (whole industry, sections, divisions, localities, products) and series as it
// lists them; one series described on its own. Pages of the catalog: page.ts.
import type { CatalogKey, SeriesSummary } from '../../shared/contract/catalog.js';
import type { Basis, Unit } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { NotFoundError } from '../errors.js';
import { shownUnit } from '../figures/select.js';
import { geoByCode, itemByCode, toGeoRef, toItemRef, type GeoRow, type ItemRow } from '../reference/repository.js';
import { seriesStats, type SeriesStats } from './repository.js';

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

export function summaryOf(stats: SeriesStats, geo: GeoRow, item: ItemRow): SeriesSummary {
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
