// Each series' statistics kept in table seriesStats (issue 14) as figures are written, in the
// same transaction: a release's figures are added by insertFigures and taken out by deleteRelease.
// Views are the basis:unit pairs in the order GROUP_CONCAT reads them through figuresBySeries:
// by basis, and pairs of one basis by their first period — the order new or deleted figures
// could change, so a series with two units for a basis is recomputed instead.
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
/** One series' figures read through figuresBySeries: cost proportional to the series, not the store. */
const REFILL = `INSERT INTO seriesStats (seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views)
SELECT seriesId, COUNT(*), MIN(periodEnd), MAX(periodEnd), GROUP_CONCAT(DISTINCT basis || ':' || unit)
  FROM figures WHERE seriesId = ? GROUP BY seriesId`;
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
  db.exec(`DELETE FROM seriesStats;
INSERT INTO seriesStats (seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views)
SELECT seriesId, COUNT(*), MIN(periodEnd), MAX(periodEnd), GROUP_CONCAT(DISTINCT basis || ':' || unit)
  FROM figures GROUP BY seriesId;`);
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
