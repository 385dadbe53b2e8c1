// A whole series as shown (figures:series, exports, notes): the hot read of the explorer's charts.
// It picks the same figures as choosePoint (select.ts), with less work per stored row:
//  - one statement on figures alone, in the order of the figuresBySeries index (no sort in SQL);
//  - the releases read once and kept until the store changes, instead of joined to every row;
//  - a figure stated by a single release built straight from its row;
//  - lean points: each names its releases by id, the answer lists them once (not per point).
import type { CitedRelease, FigureValue, SeriesPoint } from '../../shared/contract/figures.js';
import { STATUSES, UNITS, type Basis, type Status, type Unit } from '../../shared/domain.js';
import { parsePeriod, type Period } from '../../shared/period.js';
import { figureOfPoint } from '../../shared/series-points.js';
import type { SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { untilChange } from '../db/until-change.js';
import { preferPercent } from './figure.js';
import { choosePoint, normalisedValue, shownUnit, type PointCandidate } from './select.js';

/** A release as a figure's source names it. */
export type ReleaseRef = CitedRelease;

/** Every release by id, kept until the store changes (a few hundred rows, not one per figure). */
export function releaseRefs(db: Db): Map<number, ReleaseRef> {
  return untilChange(
    db,
    'releaseRefs',
    () =>
      new Map(
        statement<ReleaseRef>(db, 'SELECT id, name, publisher, publishedOn, publishedOnNote, sourceFile FROM releases')
          .all()
          .map((r) => [r.id, r]),
      ),
  );
}

/**
 * A stored figure of the series as read, as an array (the statement's raw mode: no object per row).
 * Its series and basis are the question's; its period's kind, start and end follow from the period.
 * Few values a row: better-sqlite3 spends about 0.1 µs on each value it hands over, which on a long
 * series is most of the read (SQLite's own part, finding and decoding the rows, is a fifth of it).
 * So the unit, status and base year come as one number (`kind`), and the columns seldom set
 * (flags, quantity unit, stated period, note) as one JSON array, null when none is.
 */
type StoredFigure = [
  period: string,
  value: number,
  decimals: number,
  releaseId: number,
  kind: number,
  quote: string | null,
  location: string | null,
  seldom: string | null,
];

/** `kind`: baseYear × 16 + status × 4 + unit, each by its place in STATUSES and UNITS. */
const kindSql = (column: string, values: readonly string[]): string => `(CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END)`;
const baseYearOf = (kind: number): number => Math.floor(kind / 16);
const unitOf = (kind: number): Unit => UNITS[(kind - 16 * baseYearOf(kind)) % 4]!;
const statusOf = (kind: number): Status => STATUSES[(kind - 16 * baseYearOf(kind)) >> 2]!;

/** The series' figures of one basis, through figuresBySeries (seriesId, basis, periodEnd, period, …) and in its order. */
export const SERIES_FIGURES_SQL = `SELECT period, value, decimals, releaseId,
       baseYear * 16 + ${kindSql('status', STATUSES)} * 4 + ${kindSql('unit', UNITS)},
       quote, location,
       CASE WHEN flags = '[]' AND quantityUnit IS NULL AND statedPeriod IS NULL AND note IS NULL THEN NULL
            ELSE json_array(json(flags), quantityUnit, statedPeriod, note) END
  FROM figures WHERE seriesId = ? AND basis = ? ORDER BY periodEnd, period`;

/** The seldom-set columns of a figure. */
interface Seldom {
  flags: string[];
  quantityUnit: string | null;
  statedPeriod: string | null;
  note: string | null;
}
function seldomOf(text: string | null): Seldom {
  if (text === null) return { flags: [], quantityUnit: null, statedPeriod: null, note: null };
  const [flags, quantityUnit, statedPeriod, note] = JSON.parse(text) as [string[], string | null, string | null, string | null];
  return { flags, quantityUnit, statedPeriod, note };
}

/** A figure's one row rather than its rows. */
const isOneRow = (found: StoredFigure | StoredFigure[]): found is StoredFigure => typeof found[0] === 'string';

/** A stored figure with its release and period: one candidate for a shown value. */
function toCandidate(stored: StoredFigure, release: ReleaseRef, period: Period, seriesId: number, basis: Basis): PointCandidate {
  const [, value, decimals, , kind, quote, location, seldom] = stored;
  const { flags, quantityUnit, statedPeriod, note } = seldomOf(seldom);
  return {
    seriesId,
    period: period.code,
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    basis,
    unit: unitOf(kind),
    baseYear: baseYearOf(kind),
    value,
    decimals,
    status: statusOf(kind),
    quantityUnit,
    quote,
    location,
    statedPeriod,
    flags,
    note,
    releaseId: release.id,
    releaseName: release.name,
    publisher: release.publisher,
    publishedOn: release.publishedOn,
    publishedOnNote: release.publishedOnNote,
    sourceFile: release.sourceFile,
  };
}

/** What choosePoint makes of a figure stated by one release only. */
function pointAlone(stored: StoredFigure, period: Period, basis: Basis): SeriesPoint {
  const [, value, decimals, releaseId, kind, quote, location, seldom] = stored;
  const storedUnit = unitOf(kind);
  const status = statusOf(kind);
  const unit = shownUnit(basis, storedUnit);
  const { flags, quantityUnit, statedPeriod, note } = seldomOf(seldom);
  return {
    period: period.code,
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    unit,
    value: normalisedValue({ basis, unit: storedUnit, value, decimals }),
    decimals,
    status,
    derived: unit !== storedUnit,
    statedPeriod: statedPeriod || null,
    flags: flags.length === 0 ? [] : [...new Set(flags)],
    note: note || null,
    quantityUnit,
    sources: [{ releaseId, status, quote, location, value, decimals, unit: storedUnit, statedPeriod, flags, note }],
    revisions: [],
  };
}

/** Earlier periods first; of two ending together, the shorter (Nov before Jan–Nov), as comparePeriods orders them. */
const byPeriod = (a: SeriesPoint, b: SeriesPoint): number =>
  a.periodEnd !== b.periodEnd ? (a.periodEnd < b.periodEnd ? -1 : 1) : a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0;

/** Stored periods parsed once: a few thousand codes at most (20 years of months, ranges, quarters), each read again by every series. */
const parsedPeriods = new Map<string, Period>();
function periodOf(code: string): Period {
  let period = parsedPeriods.get(code);
  if (!period) parsedPeriods.set(code, (period = parsePeriod(code)!));
  return period;
}

/** A series' shown points and the releases they cite (by id), as figures:series answers them. */
export interface ShownPoints {
  points: SeriesPoint[];
  releases: CitedRelease[];
}

/** The points shown for one series and basis (of one unit, if given), known on `asOf` (publication date) if given, by period. */
export function shownPoints(db: Db, series: SeriesRow, basis: Basis, asOf?: string, unit?: Unit): ShownPoints {
  const releases = releaseRefs(db);
  // A figure is one series, period, basis, shown unit and base year (groupCandidates): its row, or
  // its rows in read order once a second release states it. A period's rows come together (the
  // read's order), so its figures are told apart by shown unit and base year alone, as a number.
  const figures: (StoredFigure | StoredFigure[])[] = [];
  const ofPeriod = new Map<number, number>();
  let period = '';
  for (const stored of statement(db, SERIES_FIGURES_SQL).raw().all(series.id, basis) as StoredFigure[]) {
    if (asOf !== undefined && releases.get(stored[3])!.publishedOn > asOf) continue;
    const kind = stored[4];
    const shown = shownUnit(basis, unitOf(kind));
    if (unit !== undefined && shown !== unit) continue;
    if (stored[0] !== period) {
      period = stored[0];
      ofPeriod.clear();
    }
    const key = baseYearOf(kind) * 4 + UNITS.indexOf(shown);
    const at = ofPeriod.get(key);
    if (at === undefined) ofPeriod.set(key, figures.push(stored) - 1);
    else {
      const found = figures[at]!;
      if (isOneRow(found)) figures[at] = [found, stored];
      else found.push(stored);
    }
  }
  const points: SeriesPoint[] = [];
  const cited = new Set<number>();
  for (const found of figures) {
    if (isOneRow(found)) {
      points.push(pointAlone(found, periodOf(found[0]), basis));
      cited.add(found[3]);
    } else {
      const period = periodOf(found[0]![0]);
      points.push(choosePoint(found.map((stored) => toCandidate(stored, releases.get(stored[3])!, period, series.id, basis))));
      for (const stored of found) cited.add(stored[3]);
    }
  }
  return { points: points.sort(byPeriod), releases: [...cited].sort((a, b) => a - b).map((id) => releases.get(id)!) };
}

/** The figures shown for one series and basis, known on `asOf` (publication date) if given, by period, each with its releases in full. */
export function shownSeries(db: Db, series: SeriesRow, basis: Basis, asOf?: string, unit?: Unit): FigureValue[] {
  const { points, releases } = shownPoints(db, series, basis, asOf, unit);
  const owner = { seriesId: series.id, geo: series.geoCode, item: series.itemCode, measure: series.measure, basis };
  const byId = new Map(releases.map((r) => [r.id, r]));
  return points.map((point) => figureOfPoint(point, owner, byId));
}

/** Every figure shown for one series and basis, by period (a % change preferred where there are two units). */
export function shownFiguresByPeriod(db: Db, series: SeriesRow, basis: Basis): Map<string, FigureValue> {
  const byPeriod = new Map<string, FigureValue[]>();
  for (const figure of shownSeries(db, series, basis)) {
    const list = byPeriod.get(figure.period);
    if (list) list.push(figure);
    else byPeriod.set(figure.period, [figure]);
  }
  return new Map([...byPeriod].map(([period, figures]) => [period, preferPercent(figures)!]));
}
