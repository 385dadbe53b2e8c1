// The series of one chart, laid out: each transformed in its own view, put on the left or right y
// axis by its unit, and cut to the time frame (after the transformation, so an average at the start
// of a range still uses the months before it). Pure.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { FigureValue } from '@shared/contract/figures.js';
import { withinRange, type MonthSpan } from '@shared/analysis/date-range.js';
import { itemQuantityUnit, seriesName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { chosenYear, yearsWithMonths } from '../../charts/YearOverYearChart/state.js';
import { axesOf, axisTitleOf, unitKey, type AxisId } from './axes.js';
import { shownSpan, type TimeFrame } from './timeFrame.js';
import { applyTransform, withTet, type ShownSeries } from './transform.js';
import type { View } from './views.js';

export interface LaidOutSeries extends ShownSeries {
  id: number;
  name: string;
  quantityUnit: string | null;
  axis: AxisId;
}

export interface Layout {
  /** Transformed, before the time frame: the year lines and the range presets are made from these. */
  whole: LaidOutSeries[];
  /** Within the time frame: the time chart and the tables. */
  shown: LaidOutSeries[];
  /** Every period of `whole`. */
  periods: string[];
  span: MonthSpan;
  /** Years the first series has months in, and the one year lines draw. */
  years: number[];
  year: number | null;
}

const quantityUnitOf = (one: SeriesSummary, lang: Lang): string | null => itemQuantityUnit(one.item, lang);

/** `views[i]` is the view `series[i]` was asked in and `figureLists[i]` its figures. */
export function layOut(series: SeriesSummary[], views: View[], figureLists: FigureValue[][], spec: string, frame: TimeFrame, lang: Lang): Layout {
  const transformed = series.map((one, i) => {
    const figures = figureLists[i] ?? [];
    const own = views[i];
    const outcome = applyTransform(figures, spec);
    const drawn: ShownSeries = outcome.ok ? withTet(figures, spec, outcome.series) : { basis: own?.basis ?? 'yoy', unit: own?.unit ?? 'pct', points: [] };
    // Without points the figures say nothing of their view: the view asked for stands.
    const said = drawn.points.length > 0 || !own ? drawn : { ...drawn, basis: own.basis, unit: own.unit };
    return { id: one.id, name: seriesName(one, lang), ...said, quantityUnit: quantityUnitOf(one, lang) };
  });
  const axes = axesOf(transformed.map((one, i) => unitKey(one.basis, one.unit, series[i]!.item.quantityUnitVi)));
  const whole = transformed.map((one, i) => ({ ...one, axis: axes[i]! }));
  const years = yearsWithMonths(whole[0]?.points ?? []);
  const year = chosenYear(years, frame.year);
  const periods = whole.flatMap((one) => one.points.map((p) => p.period));
  const span = shownSpan(frame, periods, year);
  const shown = whole.map((one) => ({ ...one, points: withinRange(one.points, span) }));
  return { whole, shown, periods, span, years, year };
}

/**
 * The right-hand axis of a layout, where a series is on it: titled like the left one, from the view
 * of the first series on it. Should a third unit be there (the first series' view changed after the
 * others joined), the title names each, so it never claims one unit for lines of two.
 */
export function rightAxisOf(layout: Layout, views: View[], lang: Lang, transform: { label: string; keepsBasis: boolean } | null) {
  const titles = layout.whole.flatMap((one, i) => {
    const view = views[i];
    return one.axis === 'y2' && view ? [axisTitleOf(lang, { basis: view.basis, unit: view.unit, quantityUnit: one.quantityUnit }, transform)] : [];
  });
  const one = layout.whole.find((s) => s.axis === 'y2');
  if (!one || titles.length === 0) return null;
  return { title: [...new Set(titles)].join(' / '), unit: one.unit, quantityUnit: one.quantityUnit };
}
