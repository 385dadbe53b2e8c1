// Series of different units on one chart: which view a compared series is drawn in, what its unit
// is (a change on last year and one on last month are two, as are tonnes and pieces), which y axis each series goes on (the first series' unit
// on the left, the other on the right), the axes' titles, and the refusal of a third unit. Pure.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { Basis, Unit } from '@shared/domain.js';
import type { Lang } from '@shared/lang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { orderedViews, resolveView, viewKey, type View } from './views.js';

/** One unit per y axis: left and right. */
export const MAX_UNITS = 2;

export type AxisId = 'y' | 'y2';

/** The view a series joins the chart in: the one chosen for it, else the first series' view where it has it, else its own first choice. */
export const comparedView = (series: SeriesSummary, primary: View, chosen: string | null = null): View | null =>
  series.views.find((v) => viewKey(v) === chosen) ?? resolveView(series.views, viewKey(primary));

/** The views a series is offered in: the one it joins in by default, then one for each other unit it has (an index, output in tonnes). */
export function offeredViews(series: SeriesSummary, primary: View): View[] {
  const first = comparedView(series, primary);
  if (!first) return [];
  const offered = [first];
  for (const v of orderedViews(series.views)) if (!offered.some((o) => o.unit === v.unit)) offered.push(v);
  return offered;
}

/** What an axis measures: the basis and unit, and for physical output its quantity unit too. */
export const unitKey = (basis: Basis, unit: Unit, quantityUnit: string | null | undefined): string =>
  unit === 'qty' ? `${basis}/qty:${quantityUnit ?? ''}` : `${basis}/${unit}`;

/** A series' unit key in a view, by the catalog's (Vietnamese) quantity unit, which does not change with the language. */
export const seriesUnitKey = (series: SeriesSummary, view: View): string => unitKey(view.basis, view.unit, series.item.quantityUnitVi);

/** The units on a chart after a series in `candidate` joins `shown`: refused when that would make a third. */
export function joinUnits(shown: readonly string[], candidate: string): { ok: true; units: string[] } | { ok: false; units: string[] } {
  const units = [...new Set(shown)];
  if (units.includes(candidate)) return { ok: true, units };
  return units.length < MAX_UNITS ? { ok: true, units: [...units, candidate] } : { ok: false, units };
}

/** Each series' axis: the first one's unit on the left, any other on the right. */
export const axesOf = (keys: readonly string[]): AxisId[] => keys.map((key) => (key === keys[0] ? 'y' : 'y2'));

export interface AxisSubject {
  basis: Basis;
  unit: Unit;
  quantityUnit: string | null;
}

/**
 * An axis title: what the figures are, or the transformation; averages keep the series' own basis,
 * so the title names both ("3-month moving average — index, base year = 100").
 */
export function axisTitleOf(lang: Lang, subject: AxisSubject, transform: { label: string; keepsBasis: boolean } | null): string {
  const own = VOCABULARY[lang].axis(subject.basis, subject.unit, subject.quantityUnit);
  if (!transform) return own;
  return transform.keepsBasis ? `${transform.label} — ${own}` : transform.label;
}
