// What a chart draws of a series (figures:points): per period the value shown, its status and
// whether it was revised — no sources, no revision history (the figure panel asks for those).
// Today's points are kept at write time (shown-points.ts): a read takes a series' rows of that
// table, unless a point of the series waits to be restated after a commit (pending-points.ts): then
// they are chosen from its figures. As of a date they are chosen from the figures known then (point-choice.ts).
// better-sqlite3 hands a value to JavaScript for about 0.1 µs and a row for 0.2 µs more, so rows
// leave SQLite as one JSON text of columns a series (SQLite builds it, V8 parses it).
import type { SeriesPoints } from '../../shared/contract/figures.js';
import { UNITS, type Basis, type Unit } from '../../shared/domain.js';
import { parsePeriod, type Period, type PeriodKind } from '../../shared/period.js';
import { seriesById } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { NotFoundError } from '../errors.js';
import { choosePeriod, STORED_KIND_SQL, storedUnitOf, type ChosenPoint, type StoredColumns } from './point-choice.js';
import { hasPendingPoints } from './pending-points.js';
import { releaseRefs } from './series-read.js';
import { basisPlace, keptPointsSql, kindPlace } from './shown-points.js';
import { shownUnit } from './select.js';

/**
 * One series' stored figures of a basis (of one period kind if @kind is not null), in figuresBySeries
 * order (no sort), as columns. A month's period is its end, so a month-only read is told by the index.
 */
export const SERIES_POINTS_SQL = `SELECT json_object('periods', json_group_array(period), 'values', json_group_array(value),
       'decimals', json_group_array(decimals), 'releases', json_group_array(releaseId), 'kinds', json_group_array(kind))
  FROM (SELECT period, value, decimals, releaseId, ${STORED_KIND_SQL} AS kind
          FROM figures
         WHERE seriesId = @seriesId AND basis = @basis
           AND (@kind IS NULL OR (periodKind = @kind AND (@kind <> 'month' OR period = periodEnd)))
         ORDER BY periodEnd, period)`;

/** The points of one series and basis as a chart draws them, known on `asOf` if given, of one shown unit and period kind if given. */
export function seriesPoints(db: Db, seriesId: number, basis: Basis, asOf?: string, unit?: Unit, kind?: PeriodKind): SeriesPoints {
  if (!seriesById(db, seriesId)) throw new NotFoundError(`no series with id ${seriesId}`);
  if (asOf === undefined) return keptPoints(db, seriesId, basis, unit, kind);
  return chosenPoints(db, seriesId, basis, asOf, unit, kind);
}

type PointColumns = Pick<SeriesPoints, 'periods' | 'values' | 'decimals' | 'flags'>;

/** Today's points: from the kept table, or chosen from the figures while a point of the series and basis is pending (pending-points.ts). */
export function keptPoints(db: Db, seriesId: number, basis: Basis, unit?: Unit, kind?: PeriodKind): SeriesPoints {
  if (hasPendingPoints(db, seriesId, basis)) return chosenPoints(db, seriesId, basis, undefined, unit, kind);
  const text = statement(db, keptPointsSql(kind !== undefined, unit !== undefined))
    .pluck()
    .get({
      seriesId,
      basis: basisPlace(basis),
      kind: kind === undefined ? null : kindPlace(kind),
      unit: unit === undefined ? null : UNITS.indexOf(unit),
    }) as string;
  return { seriesId, basis, ...(JSON.parse(text) as PointColumns) };
}

const parsedPeriods = new Map<string, Period>();
function periodOf(code: string): Period {
  let period = parsedPeriods.get(code);
  if (!period) parsedPeriods.set(code, (period = parsePeriod(code)!));
  return period;
}

/** The points chosen from the stored figures published on or before `asOf` (the kept points are today's). */
export function chosenPoints(db: Db, seriesId: number, basis: Basis, asOf: string | undefined, unit?: Unit, kind?: PeriodKind): SeriesPoints {
  const releases = releaseRefs(db);
  const stored = JSON.parse(
    statement(db, SERIES_POINTS_SQL)
      .pluck()
      .get({ seriesId, basis, kind: kind ?? null }) as string,
  ) as StoredColumns;
  const publishedOn = (releaseId: number): string => releases.get(releaseId)!.publishedOn;
  const counts = (row: number): boolean =>
    (asOf === undefined || publishedOn(stored.releases[row]!) <= asOf) && (unit === undefined || shownUnit(basis, storedUnitOf(stored.kinds[row]!)) === unit);

  const chosen: { period: Period; point: ChosenPoint }[] = [];
  for (let from = 0; from < stored.periods.length;) {
    let to = from + 1;
    while (to < stored.periods.length && stored.periods[to] === stored.periods[from]) to++;
    const period = periodOf(stored.periods[from]!);
    for (const point of choosePeriod(stored, from, to, { basis, publishedOn, counts })) chosen.push({ period, point });
    from = to;
  }
  // Earlier periods first; of two ending together, the shorter; then by kind, a period's figures in order (as keptPointsSql).
  chosen.sort((a, b) => {
    if (a.period.end !== b.period.end) return a.period.end < b.period.end ? -1 : 1;
    if (a.period.start !== b.period.start) return a.period.start < b.period.start ? 1 : -1;
    if (a.period.kind !== b.period.kind) return kindPlace(a.period.kind) - kindPlace(b.period.kind);
    return a.point.figure - b.point.figure;
  });
  const answer: SeriesPoints = { seriesId, basis, periods: [], values: [], decimals: [], flags: [] };
  for (const { point } of chosen) {
    answer.periods.push(stored.periods[point.row]!);
    answer.values.push(point.value);
    answer.decimals.push(point.decimals);
    answer.flags.push(point.flags);
  }
  return answer;
}
