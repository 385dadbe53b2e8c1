// Read side of the store: catalog, series, single figures, rankings and the latest-release summary.
import type { CatalogGroup, FigureValue, GeoRef, ItemRef, LatestSummary, PeriodOption, Ranking, RankingRow, SeriesSummary } from '../shared/contract.js';
import { COUNTRY_CODE, TOTAL_ITEM, type Basis, type Measure, type Unit } from '../shared/domain.js';
import { comparePeriods, parsePeriod } from '../shared/period.js';
import { matchesSearch } from '../shared/text.js';
import type { Db } from './db/connection.js';
import { candidatesForPeriod, candidatesForSeries } from './db/repos/figures.js';
import { listGeos, listItems, resolveGeo, resolveItem, type GeoRow, type ItemRow } from './db/repos/reference.js';
import { allSeries, findSeries, seriesById, seriesWithStats, type SeriesRow } from './db/repos/series.js';
import { chooseShown, groupCandidates, shownUnit } from './figures/select.js';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

interface Lookup { geos: Map<string, GeoRow>; items: Map<string, ItemRow> }

function lookup(db: Db): Lookup {
  return { geos: new Map(listGeos(db).map((g) => [g.code, g])), items: new Map(listItems(db).map((i) => [i.code, i])) };
}

const geoRef = ({ sortOrder: _s, successor: _x, ...g }: GeoRow): GeoRef => g;
const itemRef = ({ sortOrder: _s, ...i }: ItemRow): ItemRef => i;

export type CatalogKey = CatalogGroup['key'];

export function catalogKeyOf(geo: GeoRow, item: ItemRow): CatalogKey {
  if (item.kind === 'product') return 'product';
  if (geo.kind !== 'country') return 'locality';
  return item.kind === 'total' ? 'total' : item.kind;
}

const CATALOG_ORDER: CatalogKey[] = ['total', 'section', 'division', 'locality', 'product'];

export function catalog(db: Db, search?: string, seriesId?: number): CatalogGroup[] {
  const { geos, items } = lookup(db);
  const groups = new Map<CatalogKey, { summary: SeriesSummary; order: number }[]>(CATALOG_ORDER.map((k) => [k, []]));
  for (const s of seriesWithStats(db, seriesId)) {
    const geo = geos.get(s.geoCode);
    const item = items.get(s.itemCode);
    if (!geo || !item) continue;
    if (search && !matchesSearch(search, geo.code, geo.nameVi, geo.nameEn, item.code, item.nameVi, item.nameEn)) continue;
    const views = s.views.split(',').map((v) => {
      const [basis, unit] = v.split(':') as [Basis, Unit];
      return { basis, unit: shownUnit(basis, unit) };
    });
    const summary: SeriesSummary = {
      id: s.id,
      geo: geoRef(geo),
      item: itemRef(item),
      measure: s.measure,
      figureCount: s.figureCount,
      firstPeriod: s.firstPeriodEnd,
      lastPeriod: s.lastPeriodEnd,
      views: views.filter((v, i) => views.findIndex((w) => w.basis === v.basis && w.unit === v.unit) === i),
    };
    const key = catalogKeyOf(geo, item);
    const measureOrder = ['iip', 'output', 'contribution'].indexOf(s.measure);
    groups.get(key)!.push({ summary, order: (key === 'locality' ? geo.sortOrder : item.sortOrder) * 10 + measureOrder });
  }
  return CATALOG_ORDER.map((key) => ({ key, series: groups.get(key)!.sort((a, b) => a.order - b.order).map((e) => e.summary) })).filter((g) => g.series.length > 0);
}

function summaryOf(db: Db, row: SeriesRow): SeriesSummary {
  const found = catalog(db, undefined, row.id).flatMap((g) => g.series)[0];
  if (!found) throw new NotFoundError(`series ${row.id} has no figures`);
  return found;
}

function shownFigures(candidates: ReturnType<typeof candidatesForSeries>, seriesRows: Map<number, SeriesRow>): FigureValue[] {
  return groupCandidates(candidates).map((group) => {
    const s = seriesRows.get(group[0]!.seriesId)!;
    return chooseShown(group, { geo: s.geoCode, item: s.itemCode, measure: s.measure });
  });
}

export function seriesFigures(db: Db, seriesId: number, basis: Basis, asOf?: string, unit?: Unit): { series: SeriesSummary; basis: Basis; points: FigureValue[] } {
  const row = seriesById(db, seriesId);
  if (!row) throw new NotFoundError(`no series with id ${seriesId}`);
  const points = shownFigures(candidatesForSeries(db, seriesId, basis, asOf), new Map([[row.id, row]]))
    .filter((p) => !unit || p.unit === unit)
    .sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!));
  return { series: summaryOf(db, row), basis, points };
}

function defaultMeasure(item: ItemRow): Measure {
  return item.kind === 'product' ? 'output' : 'iip';
}

export interface FigureQuery { geo: string; item: string; measure?: Measure; period: string; basis: Basis; asOf?: string }

export function getFigure(db: Db, q: FigureQuery): FigureValue | null {
  const period = parsePeriod(q.period);
  if (!period) throw new NotFoundError(`'${q.period}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)`);
  const geo = resolveGeo(db, q.geo, period.end);
  if (!geo) throw new NotFoundError(`no locality or country called '${q.geo}'`);
  const item = resolveItem(db, q.item);
  if (!item) throw new NotFoundError(`no industry or product called '${q.item}'`);
  const series = findSeries(db, geo.code, item.code, q.measure ?? defaultMeasure(item));
  if (!series) return null;
  const candidates = candidatesForSeries(db, series.id, q.basis, q.asOf).filter((c) => c.period === period.code);
  if (candidates.length === 0) return null;
  const figures = shownFigures(candidates, new Map([[series.id, series]]));
  // A % change is preferred over other units for the same basis (e.g. pp of contribution are another measure).
  return figures.find((f) => f.unit === 'pct') ?? figures[0]!;
}

export type RankingGroup = 'section' | 'division' | 'locality' | 'product';

export function ranking(db: Db, q: { period: string; basis: Basis; group: RankingGroup; measure?: Measure; asOf?: string }): Ranking {
  const period = parsePeriod(q.period);
  if (!period) throw new NotFoundError(`'${q.period}' is not a period`);
  const lk = lookup(db);
  const measure = q.measure ?? (q.group === 'product' ? 'output' : 'iip');
  const seriesRows = allSeries(db);
  const candidates = candidatesForPeriod(db, period.code, q.basis, q.asOf).filter((c) => {
    const s = seriesRows.get(c.seriesId)!;
    const geo = lk.geos.get(s.geoCode);
    const item = lk.items.get(s.itemCode);
    return s.measure === measure && geo !== undefined && item !== undefined && catalogKeyOf(geo, item) === q.group;
  });
  const rows: RankingRow[] = shownFigures(candidates, seriesRows)
    .filter((f) => f.unit !== 'qty' && f.unit !== 'index')
    .map((figure) => ({ geo: geoRef(lk.geos.get(figure.geo)!), item: itemRef(lk.items.get(figure.item)!), figure }))
    .sort((a, b) => b.figure.value - a.figure.value);
  return { period: period.code, basis: q.basis, measure, rows };
}

/** Periods with a whole-industry or rankable year-on-year figure, newest first (Jan–Nov before Nov). */
export function latestPeriods(db: Db, asOf?: string): PeriodOption[] {
  const rows = db
    .prepare(
      `SELECT f.period, f.periodKind AS kind,
              MAX(s.geoCode = ? AND s.itemCode = ? AND s.measure = 'iip') AS hasHeadline,
              SUM(i.kind IN ('division', 'product') OR g.kind != 'country') AS rankable
         FROM figures f JOIN series s ON s.id = f.seriesId JOIN items i ON i.code = s.itemCode
         JOIN geos g ON g.code = s.geoCode JOIN releases r ON r.id = f.releaseId
        WHERE f.basis = 'yoy' AND (? IS NULL OR r.publishedOn <= ?)
        GROUP BY f.period`,
    )
    .all(COUNTRY_CODE, TOTAL_ITEM, asOf ?? null, asOf ?? null) as { period: string; kind: PeriodOption['kind']; hasHeadline: number; rankable: number }[];
  return rows
    .filter((r) => r.hasHeadline || r.rankable > 0)
    .sort((a, b) => comparePeriods(parsePeriod(b.period)!, parsePeriod(a.period)!))
    .map((r) => ({ period: r.period, kind: r.kind, rankable: r.rankable > 0 }));
}

export function latestSummary(db: Db, q: { period?: string; asOf?: string }): LatestSummary {
  const periods = latestPeriods(db, q.asOf);
  const chosen = q.period ? parsePeriod(q.period)?.code : (periods.find((p) => p.rankable) ?? periods[0])?.period;
  if (!chosen) return { period: '', periods, headline: null, headlineMom: null, sections: [], industries: [], localities: [], products: [] };
  const base = { period: chosen, basis: 'yoy' as const, asOf: q.asOf };
  const headline = getFigure(db, { geo: COUNTRY_CODE, item: TOTAL_ITEM, period: chosen, basis: 'yoy', asOf: q.asOf });
  const headlineMom = parsePeriod(chosen)!.kind === 'month' ? getFigure(db, { geo: COUNTRY_CODE, item: TOTAL_ITEM, period: chosen, basis: 'mom', asOf: q.asOf }) : null;
  return {
    period: chosen,
    periods,
    headline,
    headlineMom,
    sections: ranking(db, { ...base, group: 'section' }).rows,
    industries: ranking(db, { ...base, group: 'division' }).rows,
    localities: ranking(db, { ...base, group: 'locality' }).rows,
    products: ranking(db, { ...base, group: 'product' }).rows,
  };
}
