// The shown points restated after the commit, not in it (write-behind; table pendingPoints,
// migration 0180). A release stored or removed only notes the points its figures state, in its
// transaction (notePendingPoints: one insert proportional to the release). Until a drain chooses
// them again (drainPendingPoints, in small transactions, so a read never waits long), a read of a
// series and basis with a pending point chooses from the figures (points-read.ts), so figures:points
// is right at every moment. The notes are in the store: a drain cut short goes on at the next open.
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';
import { notePendingSeries, restateNotedPoints } from './shown-points.js';

/** Series restated in one drain transaction: a monthly release's points of about 500 series take some tens of ms. */
export const DRAIN_SERIES = 500;

/** Notes the points a release's figures state (call in its transaction: after storing them, before removing them). */
export function notePendingPoints(db: Db, releaseId: number): void {
  statement(db, 'INSERT OR IGNORE INTO pendingPoints SELECT seriesId, basis, periodEnd, period, periodKind, periodStart FROM figures WHERE releaseId = ?').run(
    releaseId,
  );
}

/** Whether a point of the series and basis waits to be chosen again (its kept rows may be stale). */
export function hasPendingPoints(db: Db, seriesId: number, basis: string): boolean {
  return statement(db, 'SELECT 1 FROM pendingPoints WHERE seriesId = ? AND basis = ? LIMIT 1').pluck().get(seriesId, basis) !== undefined;
}

/** Whether any point waits to be chosen again. */
export const anyPendingPoints = (db: Db): boolean => statement(db, 'SELECT 1 FROM pendingPoints LIMIT 1').pluck().get() !== undefined;

/** How many points wait to be chosen again. */
export const pendingPointCount = (db: Db): number => statement<number>(db, 'SELECT COUNT(*) FROM pendingPoints').pluck().get() as unknown as number;

/**
 * Chooses again the pending points of the first `maxSeries` series that have some, in one write
 * transaction (their kept rows forgotten, chosen from the figures stored now, their notes deleted);
 * returns how many points are still pending.
 */
export function drainPendingPoints(db: Db, maxSeries = DRAIN_SERIES): number {
  writeTransaction(db, () => {
    const series = statement<number>(db, 'SELECT DISTINCT seriesId FROM pendingPoints ORDER BY seriesId LIMIT ?').pluck().all(maxSeries) as unknown as number[];
    if (series.length === 0) return;
    const lo = series[0]!;
    const hi = series[series.length - 1]!;
    notePendingSeries(db, lo, hi);
    restateNotedPoints(db, true);
    statement(db, 'DELETE FROM pendingPoints WHERE seriesId BETWEEN ? AND ?').run(lo, hi);
  });
  return pendingPointCount(db);
}

/** Drains until nothing is pending (the CLI before it exits after a write). */
export function drainAllPendingPoints(db: Db): void {
  while (drainPendingPoints(db) > 0);
}
