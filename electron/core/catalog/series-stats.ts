// Each series' statistics kept in table seriesStats (issue 14) as figures are written, in the
// same transaction: a release's figures are added by insertFigures and taken out by deleteRelease.
// Each row also keeps where the catalog lists its series (reordered when the reference lists change).
// Views are the basis:unit pairs in the order GROUP_CONCAT reads them through figuresBySeries:
// by basis, and pairs of one basis by their first period — the order new or deleted figures
// could change, so a series with two units for a basis is recomputed instead.
import type { Measure } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** What a release adds to one series: its figures' count, first and last period end, basis:unit pairs. */
export interface AddedFigures {
  count: number;
  firstPeriodEnd: string;
  lastPeriodEnd: string;
  views: Set<string>;
}

interface KeptStats {
  figureCount: number;
  firstPeriodEnd: string;
  lastPeriodEnd: string;
  views: string;
}

const READ = 'SELECT figureCount, firstPeriodEnd, lastPeriodEnd, views FROM seriesStats WHERE seriesId = ?';
const CLEAR = 'DELETE FROM seriesStats WHERE seriesId = ?';
/**
 * Where the catalog lists a series (migration 0080): its group, 0 whole industry … 4 products (as
 * catalogKeyOf), and its place in it: a locality's series by place then item, the others' by item
 * then place, then by measure; over series s, its geo g and item i.
 */
const CATALOG_PLACE = `CASE WHEN i.kind = 'product' THEN 4 WHEN g.kind <> 'country' THEN 3 WHEN i.kind = 'total' THEN 0 WHEN i.kind = 'section' THEN 1 ELSE 2 END,
       (CASE WHEN i.kind <> 'product' AND g.kind <> 'country' THEN g.sortOrder * 100000 + i.sortOrder ELSE i.sortOrder * 100000 + g.sortOrder END) * 10
         + CASE s.measure WHEN 'iip' THEN 0 WHEN 'output' THEN 1 ELSE 2 END`;
const PLACED = 'JOIN series s ON s.id = x.seriesId JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode';

/** A measure's last digit in catalogOrder (CATALOG_PLACE): a group's series of one measure are read off the catalog index alone. */
export const catalogMeasureDigit = (measure: Measure): number => (measure === 'iip' ? 0 : measure === 'output' ? 1 : 2);

/** Statistics computed from the figures `where` selects, each series with its place in the catalog. */
const fillFrom = (where: string): string => `INSERT INTO seriesStats
  (seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views, geoCode, itemCode, catalogGroup, catalogOrder)
SELECT x.*, s.geoCode, s.itemCode, ${CATALOG_PLACE}
  FROM (SELECT seriesId, COUNT(*), MIN(periodEnd), MAX(periodEnd), GROUP_CONCAT(DISTINCT basis || ':' || unit)
          FROM figures ${where} GROUP BY seriesId) x ${PLACED}`;
/** One series' figures read through figuresBySeries: cost proportional to the series, not the store. */
const REFILL = fillFrom('WHERE seriesId = ?');
/** First and last period of one basis of a series: two lookups in figuresBySeries. */
const SPAN = `SELECT (SELECT MIN(periodEnd) FROM figures WHERE seriesId = @id AND basis = @basis) AS first,
       (SELECT MAX(periodEnd) FROM figures WHERE seriesId = @id AND basis = @basis) AS last`;

/** Recomputes these series' statistics from their figures; a series left without figures loses its row. */
export function refreshSeriesStats(db: Db, seriesIds: Iterable<number>): void {
  const clear = statement(db, CLEAR);
  const refill = statement(db, REFILL);
  for (const id of new Set(seriesIds)) {
    clear.run(id);
    refill.run(id);
  }
}

/**
 * Recomputes every series' statistics (one read of all figures): for code that writes figures
 * without the functions here, such as the bench's synthetic archive.
 */
export function rebuildSeriesStats(db: Db): void {
  db.exec(`DELETE FROM seriesStats; ${fillFrom('')};`);
}

/** Places every series in the catalog again: after the reference lists' order or kinds changed. */
export function reorderCatalog(db: Db): void {
  db.exec(`UPDATE seriesStats SET (catalogGroup, catalogOrder) = (SELECT ${CATALOG_PLACE}
  FROM series s JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode WHERE s.id = seriesStats.seriesId)`);
}

/** Adds newly stored figures; their series' older figures are read only where a new pair appears. */
export function addToSeriesStats(db: Db, added: Map<number, AddedFigures>): void {
  const read = statement<KeptStats>(db, READ);
  const update = statement(db, 'UPDATE seriesStats SET figureCount = ?, firstPeriodEnd = ?, lastPeriodEnd = ? WHERE seriesId = ?');
  const recompute: number[] = [];
  for (const [id, a] of added) {
    const kept = read.get(id);
    const pairs = kept?.views.split(',') ?? [];
    if (!kept || !oneUnitPerBasis(pairs) || [...a.views].some((v) => !pairs.includes(v))) {
      recompute.push(id);
      continue;
    }
    const first = a.firstPeriodEnd < kept.firstPeriodEnd ? a.firstPeriodEnd : kept.firstPeriodEnd;
    const last = a.lastPeriodEnd > kept.lastPeriodEnd ? a.lastPeriodEnd : kept.lastPeriodEnd;
    update.run(kept.figureCount + a.count, first, last, id);
  }
  refreshSeriesStats(db, recompute);
}

/** Takes deleted figures (how many per series) out; what is left is read per basis, not per figure. */
export function removeFromSeriesStats(db: Db, removed: Map<number, number>): void {
  const read = statement<KeptStats>(db, READ);
  const span = statement<{ first: string | null; last: string | null }>(db, SPAN);
  const update = statement(db, 'UPDATE seriesStats SET figureCount = ?, firstPeriodEnd = ?, lastPeriodEnd = ?, views = ? WHERE seriesId = ?');
  const recompute: number[] = [];
  for (const [id, count] of removed) {
    const kept = read.get(id);
    const pairs = kept?.views.split(',') ?? [];
    if (!kept || !oneUnitPerBasis(pairs)) {
      recompute.push(id);
      continue;
    }
    const left: { pair: string; first: string; last: string }[] = [];
    for (const pair of pairs) {
      const { first, last } = span.get({ id, basis: basisOf(pair) })!;
      if (first !== null && last !== null) left.push({ pair, first, last });
    }
    if (left.length === 0) {
      statement(db, CLEAR).run(id);
      continue;
    }
    const first = left.map((p) => p.first).reduce((a, b) => (b < a ? b : a));
    const last = left.map((p) => p.last).reduce((a, b) => (b > a ? b : a));
    update.run(kept.figureCount - count, first, last, left.map((p) => p.pair).join(','), id);
  }
  refreshSeriesStats(db, recompute);
}

const basisOf = (pair: string): string => pair.slice(0, pair.indexOf(':'));
const oneUnitPerBasis = (pairs: string[]): boolean => new Set(pairs.map(basisOf)).size === pairs.length;
