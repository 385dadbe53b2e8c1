// The points a chart draws today, kept at write time (table shownPoints, migration 0160): per series,
// basis, period and figure (shown unit and base year), the value shown, its decimals and packed flags
// (point-choice.ts chooses them). Reading a series' points takes its rows of this table, clustered by
// series (WITHOUT ROWID), instead of every release's statements of each point from figures.
// Whatever writes or removes figures has the points they are stated for chosen again: the seeding of
// the embedded dataset in its own transaction (keepShownPoints); a release stored or removed after
// its commit (pending-points.ts notes them, a drain restates them here: notePendingSeries, then
// restateNotedPoints). Work is proportional to the release: only its (series, basis, period)s are chosen again.
import type Database from 'better-sqlite3';
import { BASES, STATUSES, UNITS, type Basis } from '../../shared/domain-terms.js';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/period.js';
import { statement } from '../db/statements.js';
import { choosePeriod, indexAsChange, placeSql, STORED_KIND_SQL, type StoredColumns } from './point-choice.js';

/** The connection (as db/connection.ts names it; not imported from there: its migrations import this module). */
type Db = Database.Database;

/** The table's columns (migration 0160, which ordered them by kind first). */
export const SHOWN_POINTS_COLUMNS = `seriesId INTEGER NOT NULL,
  basis INTEGER NOT NULL,
  periodKind INTEGER NOT NULL,
  endMonth INTEGER NOT NULL,
  span INTEGER NOT NULL,
  figure INTEGER NOT NULL,
  period TEXT NOT NULL,
  value REAL NOT NULL,
  decimals INTEGER NOT NULL,
  flags INTEGER NOT NULL`;

/**
 * The table as migration 0170 orders it, small a row: the basis and period kind by their place in
 * BASES and PERIOD_KINDS, a period by its end month (year × 12 + month − 1) and its span (end − start,
 * in months: of two periods ending together the shorter comes first), a period's figures by
 * `figure`. A series' points are in the order a chart reads them, so a read sorts nothing, and a
 * month's release adds to one page of each series, not one of each period kind.
 */
export const SHOWN_POINTS_KEY = 'PRIMARY KEY (seriesId, basis, endMonth, span, periodKind, figure)';
export const SHOWN_POINTS_TABLE = `CREATE TABLE shownPoints (
  ${SHOWN_POINTS_COLUMNS},
  ${SHOWN_POINTS_KEY}
) STRICT, WITHOUT ROWID`;

export const basisPlace = (basis: Basis): number => BASES.indexOf(basis);
export const kindPlace = (kind: PeriodKind): number => PERIOD_KINDS.indexOf(kind);

/**
 * One series' kept points of a basis as columns in one JSON text: earlier periods first, of two
 * ending together the shorter, then by period kind and figure (as chosenPoints in points-read.ts orders).
 * `figure % 4` is the shown unit's place in UNITS. Binds @seriesId, @basis and @kind by place, @unit.
 */
export function keptPointsSql(ofKind: boolean, ofUnit: boolean): string {
  return `SELECT json_object('periods', json_group_array(period), 'values', json_group_array(value),
       'decimals', json_group_array(decimals), 'flags', json_group_array(flags))
  FROM (SELECT period, value, decimals, flags FROM shownPoints
         WHERE seriesId = @seriesId AND basis = @basis${ofKind ? ' AND periodKind = @kind' : ''}${ofUnit ? ' AND figure % 4 = @unit' : ''}
         ORDER BY endMonth, span, periodKind, figure)`;
}

const monthSql = (column: string): string => `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;

const NOTED = 'temp.notedPoints';
const NOTED_TABLE = `CREATE TEMP TABLE IF NOT EXISTS notedPoints (
  seriesId INTEGER NOT NULL, basis TEXT NOT NULL, periodEnd TEXT NOT NULL, period TEXT NOT NULL, periodKind TEXT NOT NULL, periodStart TEXT NOT NULL,
  PRIMARY KEY (seriesId, basis, periodEnd, period)) WITHOUT ROWID`;

/**
 * Where the rows of the points restated come from, `f` the figures: every figure of some series
 * (a rebuild), or the figures of the points noted (a release stored or removed).
 */
const SOURCES = {
  all: { from: 'figures f', where: 'f.seriesId BETWEEN @lo AND @hi', point: 'f.seriesId, f.basis, f.periodEnd, f.period' },
  noted: {
    from: `${NOTED} t CROSS JOIN figures f ON f.seriesId = t.seriesId AND f.basis = t.basis AND f.periodEnd = t.periodEnd AND f.period = t.period`,
    where: 't.seriesId BETWEEN @lo AND @hi',
    point: 't.seriesId, t.basis, t.periodEnd, t.period',
  },
} as const;
type Source = keyof typeof SOURCES;

/** A stored row as the choice reads it; rows of one (series, basis, period) come together. */
const ROW_COLUMNS = `f.seriesId, f.basis, f.periodKind, f.periodEnd, f.periodStart, f.period, f.value, f.decimals, f.releaseId, ${STORED_KIND_SQL} AS kind`;
type Row = [
  seriesId: number,
  basis: Basis,
  periodKind: PeriodKind,
  periodEnd: string,
  periodStart: string,
  period: string,
  value: number,
  decimals: number,
  releaseId: number,
  kind: number,
];

/** Every row of the points restated, a point's rows together. */
const everySql = (source: Source): string => {
  const { from, where } = SOURCES[source];
  return `SELECT ${ROW_COLUMNS} FROM ${from} WHERE ${where}${source === 'all' ? ' ORDER BY f.seriesId, f.basis, f.periodEnd, f.period' : ''}`;
};

/**
 * The rows of the points stated more than once, to be chosen among in JavaScript (point-choice.ts):
 * the points found by grouping the source's rows in its own order (no sort), then their rows.
 */
const severalSql = (source: Source): string => {
  const { from, where, point } = SOURCES[source];
  return `SELECT ${ROW_COLUMNS}
  FROM (SELECT ${point} FROM ${from} WHERE ${where} GROUP BY ${point} HAVING COUNT(*) > 1) k
  CROSS JOIN figures f ON f.seriesId = k.seriesId AND f.basis = k.basis AND f.periodEnd = k.periodEnd AND f.period = k.period`;
};

/**
 * The points stated once, put by SQL alone in one pass over the source's rows grouped as they come
 * (a group's columns are its one row's): the statement shown as it is (an index of a change as a %
 * change, by the choice's own rule through iip_index_change), never revised. Replaces the point a
 * figure had (storing a release only adds statements: no point of it goes without a row here).
 */
const onceSql = (source: Source): string => {
  const { from, where, point } = SOURCES[source];
  const asChange = `f.basis IN ('yoy', 'mom') AND f.unit = 'index'`;
  const shownUnit = `CASE WHEN ${asChange} THEN ${UNITS.indexOf('pct')} ELSE ${placeSql('f.unit', UNITS)} END`;
  return `INSERT OR REPLACE INTO shownPoints (seriesId, basis, periodKind, endMonth, span, figure, period, value, decimals, flags)
  SELECT f.seriesId, ${placeSql('f.basis', BASES)}, ${placeSql('f.periodKind', PERIOD_KINDS)}, ${monthSql('f.periodEnd')},
         ${monthSql('f.periodEnd')} - ${monthSql('f.periodStart')}, f.baseYear * 4 + ${shownUnit}, f.period,
         CASE WHEN ${asChange} THEN iip_index_change(f.value, f.decimals) ELSE f.value END, f.decimals,
         (f.baseYear * 16 + ${placeSql('f.status', STATUSES)} * 4 + ${shownUnit}) * 2
    FROM ${from} WHERE ${where} GROUP BY ${point} HAVING COUNT(*) = 1`;
};

const FORGET_NOTED = `DELETE FROM shownPoints WHERE (seriesId, basis, periodKind, endMonth, span) IN
  (SELECT seriesId, ${placeSql('basis', BASES)}, ${placeSql('periodKind', PERIOD_KINDS)}, ${monthSql('periodEnd')}, ${monthSql('periodEnd')} - ${monthSql('periodStart')}
     FROM ${NOTED} WHERE seriesId BETWEEN @lo AND @hi)`;
const PUT = `INSERT OR REPLACE INTO shownPoints (seriesId, basis, periodKind, endMonth, span, figure, period, value, decimals, flags)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Series restated at once: the rows of their points stated more than once are read into memory together. */
const SERIES_A_BATCH = 500;

const withFunctions = new WeakSet<Db>();
/** The SQL functions the restating statements call, made once per connection. */
function defineFunctions(db: Db): void {
  if (withFunctions.has(db)) return;
  db.function('iip_index_change', { deterministic: true }, (value, decimals) => indexAsChange(value as number, decimals as number));
  withFunctions.add(db);
}

/**
 * Past this many points noted, those stated once are put by SQL (handing every row to JavaScript
 * would cost more: a million-figure file); up to it, one pass in JavaScript reads each point's rows
 * once (on a national store they lie scattered over the file: reading them twice, as the SQL way's
 * two passes do, costs a release of 36,000 figures more than choosing in JavaScript).
 */
const SQL_ONCE_FROM = 100_000;

/** Notes the points a release's figures are stated for, to be chosen again (before its figures are removed). */
export function noteReleasePoints(db: Db, releaseId: number): void {
  db.exec(NOTED_TABLE);
  statement(db, `INSERT OR IGNORE INTO ${NOTED} SELECT seriesId, basis, periodEnd, period, periodKind, periodStart FROM figures WHERE releaseId = ?`).run(
    releaseId,
  );
}

/** Notes the pending points (pendingPoints, migration 0180) of the series from `lo` to `hi`, to be chosen again. */
export function notePendingSeries(db: Db, lo: number, hi: number): void {
  db.exec(NOTED_TABLE);
  statement(
    db,
    `INSERT OR IGNORE INTO ${NOTED} SELECT seriesId, basis, periodEnd, period, periodKind, periodStart FROM pendingPoints WHERE seriesId BETWEEN ? AND ?`,
  ).run(lo, hi);
}

/**
 * Chooses the noted points again from the figures stored now, and forgets what was noted. `removed`:
 * figures were removed since they were noted, so a point may have lost its every statement.
 */
export function restateNotedPoints(db: Db, removed = true, sqlOnceFrom = SQL_ONCE_FROM): void {
  db.exec(NOTED_TABLE);
  const series = statement<number>(db, `SELECT DISTINCT seriesId FROM ${NOTED}`).pluck().all() as unknown as number[];
  restate(db, series, 'noted', removed, sqlOnceFrom);
  statement(db, `DELETE FROM ${NOTED}`).run();
}

/** Chooses again the points a release's figures (just stored) are stated for (call in its transaction). */
export function keepShownPoints(db: Db, releaseId: number, sqlOnceFrom = SQL_ONCE_FROM): void {
  noteReleasePoints(db, releaseId);
  restateNotedPoints(db, false, sqlOnceFrom);
}

/** Chooses every point again from every figure: the migration that made the table, and stores written past the repositories. */
export function rebuildShownPoints(db: Db): void {
  db.prepare('DELETE FROM shownPoints').run();
  const series = db.prepare('SELECT DISTINCT seriesId FROM figures').pluck().all() as number[];
  restate(db, series, 'all', false, 0);
}

function restate(db: Db, series: number[], source: Source, forget: boolean, sqlOnceFrom: number): void {
  if (series.length === 0) return;
  defineFunctions(db);
  const publishedOn = new Map(
    statement<{ id: number; publishedOn: string }>(db, 'SELECT id, publishedOn FROM releases')
      .all()
      .map((r) => [r.id, r.publishedOn]),
  );
  const bySql = source === 'all' || (statement(db, `SELECT COUNT(*) FROM ${NOTED}`).pluck().get() as number) > sqlOnceFrom;
  const rowsOf = statement(db, bySql ? severalSql(source) : everySql(source)).raw();
  const once = bySql ? statement(db, onceSql(source)) : null;
  const put = statement(db, PUT);
  series.sort((a, b) => a - b);
  for (let at = 0; at < series.length; at += SERIES_A_BATCH) {
    const range = { lo: series[at]!, hi: series[Math.min(at + SERIES_A_BATCH, series.length) - 1]! };
    const rows = rowsOf.all(range) as Row[];
    if (forget) statement(db, FORGET_NOTED).run(range);
    once?.run(range);
    putChosen(rows, publishedOn, put);
  }
}

function putChosen(rows: Row[], publishedOn: Map<number, string>, put: { run(...values: unknown[]): unknown }): void {
  const stored: StoredColumns = { periods: [], values: [], decimals: [], releases: [], kinds: [] };
  for (const row of rows) {
    stored.periods.push(row[5]);
    stored.values.push(row[6]);
    stored.decimals.push(row[7]);
    stored.releases.push(row[8]);
    stored.kinds.push(row[9]);
  }
  const sameKey = (a: Row, b: Row): boolean => a[0] === b[0] && a[1] === b[1] && a[3] === b[3] && a[5] === b[5];
  const releaseDate = (releaseId: number): string => publishedOn.get(releaseId)!;
  const month = (code: string): number => Number(code.slice(0, 4)) * 12 + Number(code.slice(5, 7)) - 1;
  for (let from = 0; from < rows.length;) {
    const first = rows[from]!;
    let to = from + 1;
    while (to < rows.length && sameKey(rows[to]!, first)) to++;
    for (const point of choosePeriod(stored, from, to, { basis: first[1], publishedOn: releaseDate })) {
      const end = month(first[3]);
      put.run(
        first[0],
        basisPlace(first[1]),
        kindPlace(first[2]),
        end,
        end - month(first[4]),
        point.figure,
        first[5],
        point.value,
        point.decimals,
        point.flags,
      );
    }
    from = to;
  }
}
