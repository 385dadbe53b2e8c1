// The series the explorer opens on: the first the catalog lists (the whole country's industry, its
// index), found with one small query instead of the whole list, so that the first chart can be
// asked for at once, beside the catalog, not after it.
import type { SeriesSummary } from '../../shared/contract/catalog.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { catalog, describeSeries } from './queries.js';
import { seriesStats } from './repository.js';

/** The catalog's "total" group (queries.ts catalogKeyOf) in its order: by item, then iip, output, contribution. */
const TOTALS = `SELECT s.id FROM series s JOIN seriesStats k ON k.seriesId = s.id
  JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode
 WHERE g.kind = 'country' AND i.kind = 'total'
 ORDER BY i.sortOrder, CASE s.measure WHEN 'iip' THEN 0 WHEN 'output' THEN 1 ELSE 2 END, s.id`;

/** The first series catalog(db, undefined, asOf) lists, or null when it lists none. */
export function firstSeries(db: Db, asOf?: string): SeriesSummary | null {
  for (const { id } of statement<{ id: number }>(db, TOTALS).all()) {
    if (asOf === undefined || seriesStats(db, id, asOf)) return describeSeries(db, id, asOf);
  }
  // No whole-industry series (a store of localities or products only): the list's first.
  return catalog(db, undefined, asOf)[0]?.series[0] ?? null;
}
