// Series: one geography × one classification item × one measure.
import type { Measure } from '../../../shared/domain.js';
import type { Db } from '../connection.js';

export interface SeriesRow { id: number; geoCode: string; itemCode: string; measure: Measure }

export function ensureSeries(db: Db, geoCode: string, itemCode: string, measure: Measure): number {
  const found = db.prepare('SELECT id FROM series WHERE geoCode = ? AND itemCode = ? AND measure = ?').get(geoCode, itemCode, measure) as { id: number } | undefined;
  if (found) return found.id;
  return Number(db.prepare('INSERT INTO series (geoCode, itemCode, measure) VALUES (?, ?, ?)').run(geoCode, itemCode, measure).lastInsertRowid);
}

export function seriesById(db: Db, id: number): SeriesRow | undefined {
  return db.prepare('SELECT * FROM series WHERE id = ?').get(id) as SeriesRow | undefined;
}

export function findSeries(db: Db, geoCode: string, itemCode: string, measure: Measure): SeriesRow | undefined {
  return db.prepare('SELECT * FROM series WHERE geoCode = ? AND itemCode = ? AND measure = ?').get(geoCode, itemCode, measure) as SeriesRow | undefined;
}

export interface SeriesStats extends SeriesRow {
  figureCount: number;
  firstPeriodEnd: string;
  lastPeriodEnd: string;
  views: string; // "basis:unit,basis:unit"
}

/** Series that have figures (all, or one), with counts and the basis/unit pairs present. */
export function seriesWithStats(db: Db, seriesId?: number): SeriesStats[] {
  return db
    .prepare(
      `SELECT s.id, s.geoCode, s.itemCode, s.measure, COUNT(*) AS figureCount,
              MIN(f.periodEnd) AS firstPeriodEnd, MAX(f.periodEnd) AS lastPeriodEnd,
              GROUP_CONCAT(DISTINCT f.basis || ':' || f.unit) AS views
         FROM series s JOIN figures f ON f.seriesId = s.id
        WHERE ? IS NULL OR s.id = ?
        GROUP BY s.id`,
    )
    .all(seriesId ?? null, seriesId ?? null) as SeriesStats[];
}

export function allSeries(db: Db): Map<number, SeriesRow> {
  return new Map((db.prepare('SELECT * FROM series').all() as SeriesRow[]).map((s) => [s.id, s]));
}
