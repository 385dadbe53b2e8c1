// Figures as shown: a series over time, one figure, a ranking of one period, and the summary of
// the latest release (its headline and four rankings from one read of that period's figures).
import { CATALOG_KEYS } from '../../shared/contract/catalog.js';
import type { FigureValue, LatestSummary, PeriodOption, Ranking, RankingGroup, RankingRow, SeriesFigures } from '../../shared/contract/figures.js';
import { COUNTRY_CODE, TOTAL_ITEM, type Basis, type Measure, type Unit } from '../../shared/domain.js';
import { comparePeriods, parsePeriod } from '../../shared/period.js';
import { describeSeries } from '../catalog/queries.js';
import { seriesById, seriesInCatalogGroup, type SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { untilChange } from '../db/until-change.js';
import { NotFoundError } from '../errors.js';
import { listGeos, listItems, toGeoRef, toItemRef, type GeoRow, type ItemRow } from '../reference/repository.js';
import { getFigure } from './figure.js';
// One figure lives in figure.ts (`iip get` loads it alone); known here too, where callers first found it.
export { getFigure, shownFigure } from './figure.js';
import { keptPeriods } from './release-periods.js';
import { candidatesForPeriodSeries, type FigureCandidate } from './repository.js';
import { chooseShown, groupCandidates } from './select.js';
import { shownPoints, shownSeries } from './series-read.js';

function shownFigures(candidates: FigureCandidate[], seriesRows: Map<number, SeriesRow>): FigureValue[] {
  return groupCandidates(candidates).map((group) => {
    const s = seriesRows.get(group[0]!.seriesId)!;
    return chooseShown(group, { geo: s.geoCode, item: s.itemCode, measure: s.measure });
  });
}

function seriesRow(db: Db, seriesId: number): SeriesRow {
  const row = seriesById(db, seriesId);
  if (!row) throw new NotFoundError(`no series with id ${seriesId}`);
  return row;
}

/** figures:series: the series described, its points lean (releases by id, listed once). */
export function seriesFigures(db: Db, seriesId: number, basis: Basis, asOf?: string, unit?: Unit): SeriesFigures {
  const { points, releases } = shownPoints(db, seriesRow(db, seriesId), basis, asOf, unit);
  return { series: describeSeries(db, seriesId, asOf), basis, releases, points };
}

/** The same figures, each with its releases in full (for exports). */
export function seriesFigureValues(db: Db, seriesId: number, basis: Basis, asOf?: string, unit?: Unit): FigureValue[] {
  return shownSeries(db, seriesRow(db, seriesId), basis, asOf, unit);
}

/** The series a ranking compares: its group's series of the measure (localities by their whole industry). */
interface RankedSeries {
  series: Map<number, SeriesRow>;
  geos: Map<string, GeoRow>;
  items: Map<string, ItemRow>;
}

function rankedSeries(db: Db, group: RankingGroup, measure: Measure): RankedSeries {
  // The group's series, kept until the store changes (the ranking itself then reads only these).
  return untilChange(db, `rankedSeries:${group}:${measure}`, () => {
    const geos = new Map(listGeos(db).map((g) => [g.code, g]));
    const items = new Map(listItems(db).map((i) => [i.code, i]));
    // A locality is ranked by its whole industry alone.
    const series = seriesInCatalogGroup(db, CATALOG_KEYS.indexOf(group), measure, group === 'locality' ? TOTAL_ITEM : null);
    return { series, geos, items };
  });
}

/** One group's figures of the measure for a period and basis, highest first; quantities and indices are not ranked. */
function rankRows(db: Db, period: string, basis: Basis, group: RankingGroup, measure: Measure, asOf: string | undefined): RankingRow[] {
  const { series, geos, items } = rankedSeries(db, group, measure);
  const figures = shownFigures(candidatesForPeriodSeries(db, period, basis, [...series.keys()], asOf), series);
  return figures
    .filter((figure) => figure.unit !== 'qty' && figure.unit !== 'index')
    .map((figure) => ({ geo: toGeoRef(geos.get(figure.geo)!), item: toItemRef(items.get(figure.item)!), figure }))
    .sort((a, b) => b.figure.value - a.figure.value);
}

export function ranking(db: Db, q: { period: string; basis: Basis; group: RankingGroup; measure?: Measure; asOf?: string }): Ranking {
  const period = parsePeriod(q.period);
  if (!period) throw new NotFoundError(`'${q.period}' is not a period`);
  const measure = q.measure ?? (q.group === 'product' ? 'output' : 'iip');
  return { period: period.code, basis: q.basis, measure, rows: rankRows(db, period.code, q.basis, q.group, measure, q.asOf) };
}

/** Periods with a whole-industry or rankable year-on-year figure, newest first (Jan–Nov before Nov). */
export function latestPeriods(db: Db, asOf?: string): PeriodOption[] {
  // Kept until the store changes; callers get their own copies.
  return untilChange(db, `latestPeriods:${asOf ?? ''}`, () => readLatestPeriods(db, asOf)).map((p) => ({ ...p }));
}

/** From the periods kept per release at write time (release-periods.ts): a few rows per release, no figure read. */
function readLatestPeriods(db: Db, asOf: string | undefined): PeriodOption[] {
  return keptPeriods(db, asOf)
    .filter((p) => p.headline || p.rankable)
    .map((p) => ({ parsed: parsePeriod(p.period)!, rankable: p.rankable }))
    .sort((a, b) => comparePeriods(b.parsed, a.parsed))
    .map(({ parsed, rankable }) => ({ period: parsed.code, kind: parsed.kind, rankable }));
}

export function latestSummary(db: Db, q: { period?: string; asOf?: string }): LatestSummary {
  const periods = latestPeriods(db, q.asOf);
  const chosen = q.period ? parsePeriod(q.period)?.code : (periods.find((p) => p.rankable) ?? periods[0])?.period;
  if (!chosen) return { period: '', periods, headline: null, headlineMom: null, sections: [], industries: [], localities: [], products: [] };
  const headline = (basis: Basis): FigureValue | null => getFigure(db, { geo: COUNTRY_CODE, item: TOTAL_ITEM, period: chosen, basis, asOf: q.asOf });
  const isMonth = parsePeriod(chosen)!.kind === 'month';
  return {
    period: chosen,
    periods,
    headline: headline('yoy'),
    headlineMom: isMonth ? headline('mom') : null,
    sections: rankRows(db, chosen, 'yoy', 'section', 'iip', q.asOf),
    industries: rankRows(db, chosen, 'yoy', 'division', 'iip', q.asOf),
    localities: rankRows(db, chosen, 'yoy', 'locality', 'iip', q.asOf),
    products: rankRows(db, chosen, 'yoy', 'product', 'output', q.asOf),
  };
}
