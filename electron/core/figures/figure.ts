// One figure as shown (figures:get, `iip get`, notes, the latest release's headline). Loads no schema
// library: `iip get` runs on this alone.
import type { FigureValue } from '../../shared/contract/figures.js';
import type { Basis, Measure } from '../../shared/domain.js';
import { parsePeriod } from '../../shared/period.js';
import { findSeries, type SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { NotFoundError } from '../errors.js';
import { resolveGeo, resolveItem, usualMeasure } from '../reference/names.js';
import { candidatesForFigure } from './repository.js';
import { chooseShown, groupCandidates } from './select.js';

/** A % change is preferred over other units of the same basis. */
export const preferPercent = (figures: FigureValue[]): FigureValue | null => figures.find((f) => f.unit === 'pct') ?? figures[0] ?? null;

export interface FigureQuery {
  geo: string;
  item: string;
  measure?: Measure;
  period: string;
  basis: Basis;
  asOf?: string;
}

export function getFigure(db: Db, q: FigureQuery): FigureValue | null {
  const period = parsePeriod(q.period);
  if (!period) throw new NotFoundError(`'${q.period}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)`);
  const geo = resolveGeo(db, q.geo, period.end);
  if (!geo) throw new NotFoundError(`no locality or country called '${q.geo}'`);
  const item = resolveItem(db, q.item);
  if (!item) throw new NotFoundError(`no industry or product called '${q.item}'`);
  const series = findSeries(db, geo.code, item.code, q.measure ?? usualMeasure(item));
  if (!series) return null;
  return shownFigure(db, series, period.code, q.basis, q.asOf);
}

/** The figure shown for one series, period (canonical code) and basis, a % change preferred. */
export function shownFigure(db: Db, series: SeriesRow, period: string, basis: Basis, asOf?: string): FigureValue | null {
  const codes = { geo: series.geoCode, item: series.itemCode, measure: series.measure };
  return preferPercent(groupCandidates(candidatesForFigure(db, series.id, period, basis, asOf)).map((group) => chooseShown(group, codes)));
}
