// A whole series as shown (figures:series, exports, notes): the hot read of the explorer's charts.
// It picks the same figures as choosePoint (select.ts), with less work per stored row:
//  - one statement on figures alone, in the order of the figuresBySeries index (no sort in SQL);
//  - the releases read once and kept until the store changes, instead of joined to every row;
//  - a figure stated by a single release built straight from its row;
//  - lean points: each names its releases by id, the answer lists them once (not per point).
import type { CitedRelease, FigureValue, SeriesPoint } from '../../shared/contract/figures.js';
import type { Basis, Status, Unit } from '../../shared/domain.js';
import { parsePeriod, type Period } from '../../shared/period.js';
import { figureOfPoint } from '../../shared/series-points.js';
import type { SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { untilChange } from '../db/until-change.js';
import type { FigureCandidate } from './repository.js';
import { preferPercent } from './figure.js';
import { choosePoint, normalisedValue, shownUnit } from './select.js';

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
 */
type StoredFigure = [
  id: number,
  period: string,
  unit: Unit,
  baseYear: number,
  value: number,
  decimals: number,
  status: Status,
  flags: string,
  releaseId: number,
  quantityUnit: string | null,
  quote: string | null,
  location: string | null,
  statedPeriod: string | null,
  note: string | null,
];

/** The series' figures of one basis, through figuresBySeries (seriesId, basis, periodEnd) and in its order. */
export const SERIES_FIGURES_SQL = `SELECT id, period, unit, baseYear, value, decimals, status, flags, releaseId,
       quantityUnit, quote, location, statedPeriod, note
  FROM figures WHERE seriesId = ? AND basis = ? ORDER BY periodEnd`;

/** A figure's one row (its id first) rather than its rows. */
const isOneRow = (found: StoredFigure | StoredFigure[]): found is StoredFigure => typeof found[0] === 'number';

const parseFlags = (text: string): string[] => (text === '[]' ? [] : (JSON.parse(text) as string[]));

/** A stored figure with its release and period: one candidate for a shown value. */
function toCandidate(stored: StoredFigure, release: ReleaseRef, period: Period, seriesId: number, basis: Basis): FigureCandidate {
  const [id, , unit, baseYear, value, decimals, status, flags, , quantityUnit, quote, location, statedPeriod, note] = stored;
  return {
    id,
    seriesId,
    period: period.code,
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    basis,
    unit,
    baseYear,
    value,
    decimals,
    status,
    quantityUnit,
    quote,
    location,
    statedPeriod,
    flags: parseFlags(flags),
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
  const [, , storedUnit, , value, decimals, status, flagsText, releaseId, quantityUnit, quote, location, statedPeriod, note] = stored;
  const unit = shownUnit(basis, storedUnit);
  const flags = parseFlags(flagsText);
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
  // its rows in read order once a second release states it.
  const figures = new Map<string, StoredFigure | StoredFigure[]>();
  for (const stored of statement(db, SERIES_FIGURES_SQL).raw().all(series.id, basis) as StoredFigure[]) {
    if (asOf !== undefined && releases.get(stored[8])!.publishedOn > asOf) continue;
    const shown = shownUnit(basis, stored[2]);
    if (unit !== undefined && shown !== unit) continue;
    const key = `${stored[1]}|${shown}|${stored[3]}`;
    const found = figures.get(key);
    if (found === undefined) figures.set(key, stored);
    else if (isOneRow(found)) figures.set(key, [found, stored]);
    else found.push(stored);
  }
  const points: SeriesPoint[] = [];
  const cited = new Set<number>();
  for (const found of figures.values()) {
    if (isOneRow(found)) {
      points.push(pointAlone(found, periodOf(found[1]), basis));
      cited.add(found[8]);
    } else {
      const period = periodOf(found[0]![1]);
      points.push(choosePoint(found.map((stored) => toCandidate(stored, releases.get(stored[8])!, period, series.id, basis))));
      for (const stored of found) cited.add(stored[8]);
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
