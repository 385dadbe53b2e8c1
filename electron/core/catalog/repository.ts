// Series: one geography × one classification item × one measure.
import type { Measure } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { catalogMeasureDigit } from './series-stats.js';

export interface SeriesRow {
  id: number;
  geoCode: string;
  itemCode: string;
  measure: Measure;
}

/** A series with what its figures cover. */
export interface SeriesStats extends SeriesRow {
  figureCount: number;
  firstPeriodEnd: string;
  lastPeriodEnd: string;
  /** The basis/unit pairs present, as stored ("yoy:pct,yoy:index"). */
  views: string;
}

const FIND = 'SELECT id, geoCode, itemCode, measure FROM series WHERE geoCode = ? AND itemCode = ? AND measure = ?';
/** Computed from the figures: what the seriesStats table keeps, and what "as of" a date must still compute. */
const STATS = `SELECT s.id, s.geoCode, s.itemCode, s.measure, COUNT(*) AS figureCount,
       MIN(f.periodEnd) AS firstPeriodEnd, MAX(f.periodEnd) AS lastPeriodEnd,
       GROUP_CONCAT(DISTINCT f.basis || ':' || f.unit) AS views
  FROM series s JOIN figures f ON f.seriesId = s.id`;
/** The same over the figures published on or before a date (joining releases only then: a third slower). */
const STATS_AS_OF = `${STATS} JOIN releases r ON r.id = f.releaseId WHERE r.publishedOn <= @asOf`;
/** As kept at write time (series-stats.ts): read without touching the figures. */
const KEPT_STATS = `SELECT s.id, s.geoCode, s.itemCode, s.measure, k.figureCount, k.firstPeriodEnd, k.lastPeriodEnd, k.views
  FROM series s JOIN seriesStats k ON k.seriesId = s.id`;

export function findSeries(db: Db, geoCode: string, itemCode: string, measure: Measure): SeriesRow | undefined {
  return statement<SeriesRow>(db, FIND).get(geoCode, itemCode, measure);
}

export function ensureSeries(db: Db, geoCode: string, itemCode: string, measure: Measure): number {
  const found = findSeries(db, geoCode, itemCode, measure);
  if (found) return found.id;
  return Number(statement(db, 'INSERT INTO series (geoCode, itemCode, measure) VALUES (?, ?, ?)').run(geoCode, itemCode, measure).lastInsertRowid);
}

/** ensureSeries with the ids remembered: for storing many figures of a few dozen series. */
export function seriesIdCache(db: Db): (geoCode: string, itemCode: string, measure: Measure) => number {
  const ids = new Map<string, number>();
  return (geoCode, itemCode, measure) => {
    const key = `${geoCode}|${itemCode}|${measure}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ensureSeries(db, geoCode, itemCode, measure)));
    return id;
  };
}

export function seriesById(db: Db, id: number): SeriesRow | undefined {
  return statement<SeriesRow>(db, 'SELECT id, geoCode, itemCode, measure FROM series WHERE id = ?').get(id);
}

export function allSeries(db: Db): Map<number, SeriesRow> {
  return new Map(
    statement<SeriesRow>(db, 'SELECT id, geoCode, itemCode, measure FROM series')
      .all()
      .map((s) => [s.id, s]),
  );
}

/**
 * The series with figures the catalog lists in a group (its number in CATALOG_KEYS, as kept in
 * seriesStats), of one measure (and one item, if given): read through the catalog index alone, the
 * measure known by catalogOrder's last digit (not a read of each series' row: the products' 10,000).
 */
export function seriesInCatalogGroup(db: Db, group: number, measure: Measure, itemCode: string | null = null): Map<number, SeriesRow> {
  const rows = statement<SeriesRow>(
    db,
    `SELECT seriesId AS id, geoCode, itemCode, @measure AS measure FROM seriesStats
      WHERE catalogGroup = @group AND catalogOrder % 10 = @digit AND (@itemCode IS NULL OR itemCode = @itemCode)`,
  ).all({ group, measure, digit: catalogMeasureDigit(measure), itemCode });
  return new Map(rows.map((s) => [s.id, s]));
}

/**
 * Every series that has figures (published on or before `asOf`, if given), with their counts. Without
 * `asOf` they are read as kept; dated ones cannot be kept (any date may be asked) and are computed.
 */
export function allSeriesStats(db: Db, asOf?: string): SeriesStats[] {
  if (asOf === undefined) return statement<SeriesStats>(db, `${KEPT_STATS} ORDER BY s.id`).all();
  return statement<SeriesStats>(db, `${STATS_AS_OF} GROUP BY s.id`).all({ asOf });
}

/** One series' counts (over the figures published on or before `asOf`, if given); undefined when it has none. */
export function seriesStats(db: Db, id: number, asOf?: string): SeriesStats | undefined {
  if (asOf === undefined) return statement<SeriesStats>(db, `${KEPT_STATS} WHERE s.id = ?`).get(id);
  return statement<SeriesStats>(db, `${STATS_AS_OF} AND s.id = @id GROUP BY s.id`).get({ asOf, id });
}

export function countSeries(db: Db): number {
  return statement<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM series').get()!.n;
}
