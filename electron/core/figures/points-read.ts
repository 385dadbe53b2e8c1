// What a chart draws of a series (figures:points): per period the value shown, its status and
// whether it was revised — no sources, no revision history (the figure panel asks for those).
// better-sqlite3 hands a value to JavaScript for about 0.1 µs and a row for 0.2 µs more, so the
// stored rows leave SQLite as one JSON text of columns a series (SQLite builds it, V8 parses it),
// then the shown value of each figure is chosen as choosePoint (select.ts) chooses it.
// Choosing inside SQLite (window functions over each figure's statements) was tried: 5–8× slower.
import type { SeriesPoints } from '../../shared/contract/figures.js';
import { STATUSES, UNITS, type Basis, type Unit } from '../../shared/domain.js';
import { parsePeriod, type Period, type PeriodKind } from '../../shared/period.js';
import { seriesById } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { NotFoundError } from '../errors.js';
import { agreeUpToRounding, roundTo, shownUnit } from './select.js';
import { releaseRefs } from './series-read.js';

const indexOf = (column: string, values: readonly string[]): string => `(CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END)`;

/** A stored row's `kind`: (baseYear × 16 + status × 4 + unit) × 64 + its flags' count (at most 63). */
const STORED_KIND_SQL = `((baseYear * 16 + ${indexOf('status', STATUSES)} * 4 + ${indexOf('unit', UNITS)}) * 64
  + CASE flags WHEN '[]' THEN 0 ELSE min(json_array_length(flags), 63) END)`;

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

interface StoredColumns {
  periods: string[];
  values: number[];
  decimals: number[];
  releases: number[];
  kinds: number[];
}

const unitOf = (kind: number): Unit => UNITS[Math.floor(kind / 64) % 4]!;
const statusIndexOf = (kind: number): number => Math.floor(kind / 256) % 4;
const baseYearOf = (kind: number): number => Math.floor(kind / 1024);
const flagCountOf = (kind: number): number => kind % 64;

const parsedPeriods = new Map<string, Period>();
function periodOf(code: string): Period {
  let period = parsedPeriods.get(code);
  if (!period) parsedPeriods.set(code, (period = parsePeriod(code)!));
  return period;
}

/** The points of one series and basis as a chart draws them, known on `asOf` if given, of one shown unit and period kind if given. */
export function seriesPoints(db: Db, seriesId: number, basis: Basis, asOf?: string, unit?: Unit, kind?: PeriodKind): SeriesPoints {
  if (!seriesById(db, seriesId)) throw new NotFoundError(`no series with id ${seriesId}`);
  const releases = releaseRefs(db);
  const text = statement(db, SERIES_POINTS_SQL)
    .pluck()
    .get({ seriesId, basis, kind: kind ?? null }) as string;
  const stored = JSON.parse(text) as StoredColumns;
  const publishedOn = (row: number): string => releases.get(stored.releases[row]!)!.publishedOn;
  // normalisedValue's rule without an object a call: an index of a change is shown as a % change.
  const changes = basis === 'yoy' || basis === 'mom';
  const value = (row: number): number =>
    changes && unitOf(stored.kinds[row]!) === 'index' ? roundTo(stored.values[row]! - 100, stored.decimals[row]!) : stored.values[row]!;
  const newer = (a: number, b: number): boolean => {
    const [pa, pb] = [publishedOn(a), publishedOn(b)];
    return pa !== pb ? pa > pb : stored.releases[a]! > stored.releases[b]!;
  };

  // A figure is a period, shown unit and base year (groupCandidates): its rows by index. A period's
  // rows come together (the read's order), so its figures are told apart by shown unit and base year.
  const figures: number[][] = [];
  const ofPeriod = new Map<number, number[]>();
  let period = '';
  for (let row = 0; row < stored.periods.length; row++) {
    if (asOf !== undefined && publishedOn(row) > asOf) continue;
    const k = stored.kinds[row]!;
    const shown = shownUnit(basis, unitOf(k));
    if (unit !== undefined && shown !== unit) continue;
    if (stored.periods[row] !== period) {
      period = stored.periods[row]!;
      ofPeriod.clear();
    }
    const key = baseYearOf(k) * 4 + UNITS.indexOf(shown);
    const rows = ofPeriod.get(key);
    if (rows) rows.push(row);
    else {
      const started = [row];
      ofPeriod.set(key, started);
      figures.push(started);
    }
  }

  // Earlier periods first; of two ending together, the shorter (as series-read orders its points).
  const periods = figures.map((rows) => periodOf(stored.periods[rows[0]!]!));
  const order = figures
    .map((_, i) => i)
    .sort((a, b) => {
      const [pa, pb] = [periods[a]!, periods[b]!];
      if (pa.end !== pb.end) return pa.end < pb.end ? -1 : 1;
      return pa.start !== pb.start ? (pa.start < pb.start ? 1 : -1) : a - b;
    });

  const answer: SeriesPoints = { seriesId, basis, periods: [], values: [], decimals: [], flags: [] };
  for (const at of order) {
    const rows = figures[at]!;
    let shown = rows[0]!;
    let revised = false;
    if (rows.length > 1) {
      let newest = shown;
      for (const row of rows) if (newer(row, newest)) newest = row;
      const newestValue = value(newest);
      const agrees = (row: number): boolean => agreeUpToRounding(value(row), stored.decimals[row]!, newestValue, stored.decimals[newest]!);
      // Of the statements agreeing with the newest: the most precise, then the fewest flags, then the newest.
      shown = newest;
      for (const row of rows) {
        if (!agrees(row)) revised = true;
        else if (ranksBefore(row, shown)) shown = row;
      }
    }
    const k = stored.kinds[shown]!;
    answer.periods.push(stored.periods[shown]!);
    answer.values.push(value(shown));
    answer.decimals.push(stored.decimals[shown]!);
    answer.flags.push((baseYearOf(k) * 16 + statusIndexOf(k) * 4 + UNITS.indexOf(shownUnit(basis, unitOf(k)))) * 2 + (revised ? 1 : 0));
  }
  return answer;

  function ranksBefore(a: number, b: number): boolean {
    const [da, dB] = [stored.decimals[a]!, stored.decimals[b]!];
    if (da !== dB) return da > dB;
    const [fa, fb] = [flagCountOf(stored.kinds[a]!), flagCountOf(stored.kinds[b]!)];
    if (fa !== fb) return fa < fb;
    return newer(a, b);
  }
}
