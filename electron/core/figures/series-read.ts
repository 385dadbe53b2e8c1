// A whole series as shown (figures:series, exports, notes): the hot read of the explorer's charts.
// It picks the same figures as chooseShown (select.ts), with less work per stored row:
//  - one statement on figures alone, in the order of the figuresBySeries index (no sort in SQL);
//  - the releases read once and kept until the store changes, instead of joined to every row;
//  - a figure stated by a single release (most of them) built straight from its row.
import type { FigureValue } from '../../shared/contract/figures.js';
import type { Basis, PeriodKind, Status, Unit } from '../../shared/domain.js';
import type { SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { untilChange } from '../db/until-change.js';
import type { FigureCandidate } from './repository.js';
import { chooseShown, normalisedValue, shownUnit } from './select.js';

/** A release as a figure's source names it. */
export interface ReleaseRef {
  id: number;
  name: string;
  publisher: string;
  publishedOn: string;
  publishedOnNote: string | null;
  sourceFile: string;
}

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

/** A stored figure of the series as read: its series and basis are the question's. */
interface SeriesRowOfFigure {
  id: number;
  period: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  unit: Unit;
  baseYear: number;
  value: number;
  decimals: number;
  status: Status;
  quantityUnit: string | null;
  quote: string | null;
  location: string | null;
  statedPeriod: string | null;
  flags: string;
  note: string | null;
  releaseId: number;
}

/** The series' figures of one basis, through figuresBySeries (seriesId, basis, periodEnd) and in its order. */
export const SERIES_FIGURES_SQL = `SELECT id, period, periodKind, periodStart, periodEnd, unit, baseYear, value, decimals, status,
       quantityUnit, quote, location, statedPeriod, flags, note, releaseId
  FROM figures WHERE seriesId = ? AND basis = ? ORDER BY periodEnd`;

const parseFlags = (text: string): string[] => (text === '[]' ? [] : (JSON.parse(text) as string[]));

function toCandidate(row: SeriesRowOfFigure, release: ReleaseRef, seriesId: number, basis: Basis): FigureCandidate {
  return {
    id: row.id,
    seriesId,
    period: row.period,
    periodKind: row.periodKind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    basis,
    unit: row.unit,
    baseYear: row.baseYear,
    value: row.value,
    decimals: row.decimals,
    status: row.status,
    quantityUnit: row.quantityUnit,
    quote: row.quote,
    location: row.location,
    statedPeriod: row.statedPeriod,
    flags: parseFlags(row.flags),
    note: row.note,
    releaseId: release.id,
    releaseName: release.name,
    publisher: release.publisher,
    publishedOn: release.publishedOn,
    publishedOnNote: release.publishedOnNote,
    sourceFile: release.sourceFile,
  };
}

/** What chooseShown makes of a figure stated by one release only. */
function shownAlone(row: SeriesRowOfFigure, release: ReleaseRef, series: SeriesRow, basis: Basis): FigureValue {
  const unit = shownUnit(basis, row.unit);
  const flags = parseFlags(row.flags);
  return {
    seriesId: series.id,
    geo: series.geoCode,
    item: series.itemCode,
    measure: series.measure,
    period: row.period,
    periodKind: row.periodKind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    basis,
    unit,
    value: normalisedValue({ basis, unit: row.unit, value: row.value, decimals: row.decimals }),
    decimals: row.decimals,
    status: row.status,
    derived: unit !== row.unit,
    statedPeriod: row.statedPeriod || null,
    flags: flags.length === 0 ? [] : [...new Set(flags)],
    note: row.note || null,
    quantityUnit: row.quantityUnit,
    sources: [
      {
        releaseId: release.id,
        releaseName: release.name,
        publisher: release.publisher,
        publishedOn: release.publishedOn,
        publishedOnNote: release.publishedOnNote,
        status: row.status,
        sourceFile: release.sourceFile,
        quote: row.quote,
        location: row.location,
        value: row.value,
        decimals: row.decimals,
        unit: row.unit,
        statedPeriod: row.statedPeriod,
        flags,
        note: row.note,
      },
    ],
    revisions: [],
  };
}

/** Earlier periods first; of two ending together, the longer (Jan–Nov before Nov), as comparePeriods orders them. */
const byPeriod = (a: FigureValue, b: FigureValue): number =>
  a.periodEnd !== b.periodEnd ? (a.periodEnd < b.periodEnd ? -1 : 1) : a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0;

/** The figures shown for one series and basis, known on `asOf` (publication date) if given, by period. */
export function shownSeries(db: Db, series: SeriesRow, basis: Basis, asOf?: string): FigureValue[] {
  const releases = releaseRefs(db);
  // A figure is one series, period, basis, shown unit and base year (groupCandidates); its rows, in read order.
  const figures = new Map<string, { row: SeriesRowOfFigure; release: ReleaseRef }[]>();
  for (const row of statement<SeriesRowOfFigure>(db, SERIES_FIGURES_SQL).all(series.id, basis)) {
    const release = releases.get(row.releaseId)!;
    if (asOf !== undefined && release.publishedOn > asOf) continue;
    const key = `${row.period}|${shownUnit(basis, row.unit)}|${row.baseYear}`;
    const rows = figures.get(key);
    if (rows) rows.push({ row, release });
    else figures.set(key, [{ row, release }]);
  }
  const points: FigureValue[] = [];
  for (const rows of figures.values()) {
    if (rows.length === 1) points.push(shownAlone(rows[0]!.row, rows[0]!.release, series, basis));
    else
      points.push(
        chooseShown(
          rows.map(({ row, release }) => toCandidate(row, release, series.id, basis)),
          { geo: series.geoCode, item: series.itemCode, measure: series.measure },
        ),
      );
  }
  return points.sort(byPeriod);
}
