// What the window's Export writes for the chart shown: the request the core builds files from (the
// transformation, every series shown, each in its own view and — following a merger — on its side of
// the change, the months shown) and the same chart as a spec built from the points on screen (the
// clipboard's copy). The core transforms monthly figures only, so points of other period kinds
// a transformation shows (January–February beside year-on-year changes, say) stay on screen; they
// are counted for the note under the chart and left out of the clipboard's copy too. Pure.
import { withinRange, type MonthSpan } from '@shared/analysis/date-range.js';
import { parseTransform } from '@shared/analysis/spec.js';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { ExportLine, ExportRequest } from '@shared/contract/export.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Basis, PeriodKind, Unit } from '@shared/domain.js';
import { comparisonChartSpec, seriesChartSpec, type ChartSpec } from '@shared/export/chart-spec.js';
import { transformedFigures, type TransformedPoint } from '@shared/export/transformed-figures.js';
import { seriesName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { parsePeriod } from '@shared/period.js';
import type { ShownPoint, ShownSeries } from './transform.js';

export interface ShownChart {
  /** Every series shown, the selected one first. */
  series: SeriesSummary[];
  /** Their names, in the same order. */
  names: string[];
  /** Their stored figures of the view. */
  figures: FigureValue[][];
  /** What the chart draws of each (the transformation applied). */
  shown: ShownSeries[];
  /** The view's basis and unit. */
  basis: Basis;
  unit: Unit;
  /** Each series' own view, in the same order, where one differs from the chart's (a second unit); the chart's by default. */
  views?: { basis: Basis; unit: Unit }[];
  /** The months shown, by the month a period ends in (the date range, or the two years drawn against each other); all by default. */
  span?: MonthSpan;
  /** Each series' figures cut to these months before the transformation (a followed merger's sides); null for all. */
  figuresWithin?: (MonthSpan | null)[];
  /** The transformation applied ('none' for the figures as published). */
  spec: string;
  lang: Lang;
  /** The first series' notes. */
  notes?: ChartNotes;
}

/** The period kind a transformation of monthly figures gives (what the core exports); null for none. */
export function exportedKind(spec: string): PeriodKind | null {
  if (spec === 'none') return null;
  return parseTransform(spec).apply({ kind: 'month', basis: 'base', unit: 'index', baseYear: null, points: [] }).kind;
}

/** The points an export holds: all of them as published; of a transformation, those of the kind it gives from months. */
export function exportedPoints(points: readonly ShownPoint[], spec: string): ShownPoint[] {
  const kind = exportedKind(spec);
  return kind === null ? [...points] : points.filter((p) => parsePeriod(p.period)?.kind === kind);
}

/** The points with a value shown but not exported, and their kinds in order of first sight. */
export function leftOutOfExport(shown: readonly ShownSeries[], spec: string): { count: number; kinds: PeriodKind[] } {
  const kind = exportedKind(spec);
  if (kind === null) return { count: 0, kinds: [] };
  const kinds: PeriodKind[] = [];
  let count = 0;
  for (const p of shown.flatMap((s) => s.points)) {
    const own = parsePeriod(p.period)?.kind;
    if (p.value === null || own === undefined || own === kind) continue;
    count++;
    if (!kinds.includes(own)) kinds.push(own);
  }
  return { count, kinds };
}

/** The title files and slides get: the one series' name, or every name shown. */
const titleOf = (chart: ShownChart): string => chart.names.join(', ');

const isOpen = (span: MonthSpan | null | undefined): boolean => !span || (span.from === null && span.to === null);

/** What a series asks beyond the chart's view and months: its own view, the months its figures are cut to, a name of its own. */
function lineOf(chart: ShownChart, i: number): ExportLine {
  const view = chart.views?.[i];
  const months = chart.figuresWithin?.[i];
  const ownView = view !== undefined && (view.basis !== chart.basis || view.unit !== chart.unit);
  const name = chart.names[i]!;
  return {
    ...(name !== seriesName(chart.series[i]!, chart.lang) ? { name } : {}),
    ...(ownView ? { basis: view.basis, unit: view.unit } : {}),
    ...(!isOpen(months) ? { figuresWithin: months! } : {}),
  };
}

/** The export request for the chart shown: each series (pairwise for several) with the transformation, in its view, over the months shown. */
export function shownExportRequest(chart: ShownChart): ExportRequest {
  const several = chart.series.length > 1;
  const first = chart.series[0]!;
  const lines = chart.series.map((_, i) => lineOf(chart, i));
  return {
    geos: chart.series.map((s) => s.geo.code),
    items: chart.series.map((s) => s.item.code),
    ...(several ? { pairwise: true } : {}),
    measure: first.measure,
    basis: chart.basis,
    unit: chart.unit,
    chart: 'line',
    ...(chart.spec !== 'none' ? { transform: chart.spec } : {}),
    ...(!isOpen(chart.span) ? { within: chart.span! } : {}),
    ...(lines.some((l) => Object.keys(l).length > 0) ? { lines } : {}),
    title: titleOf(chart),
    lang: chart.lang,
  };
}

const asTransformed = (p: ShownPoint): TransformedPoint =>
  p.value !== null ? { period: p.period, value: p.value, decimals: p.decimals ?? 0 } : { period: p.period, value: null, reason: p.reason ?? 'too-short' };

/** The chart shown as every export sees it, from the points on screen (what the core writes from the request). */
export function shownChartSpec(chart: ShownChart): ChartSpec {
  const { lang } = chart;
  const title = titleOf(chart);
  const several = chart.series.length > 1;
  const span = chart.span ?? { from: null, to: null };
  if (chart.spec === 'none') {
    const figures = chart.names.map((_, i) => withinRange(chart.figures[i] ?? [], span));
    if (!several) return seriesChartSpec(figures[0] ?? [], chart.names[0]!, { lang, title, ...(chart.notes ? { notes: chart.notes } : {}) });
    return comparisonChartSpec(
      chart.names.map((subject, i) => ({ subject, figures: figures[i]! })),
      { lang, title },
    );
  }
  const lines = chart.shown.map((s, i) =>
    transformedFigures(withinRange(exportedPoints(s.points, chart.spec), span).map(asTransformed), chart.figures[i] ?? [], s, chart.names[i]!, lang),
  );
  const transform = { label: parseTransform(chart.spec).label[lang], notComputed: lines.flatMap((l) => l.notComputed) };
  if (!several) return seriesChartSpec(lines[0]!.figures, chart.names[0]!, { lang, title, transform, ...(chart.notes ? { notes: chart.notes } : {}) });
  return comparisonChartSpec(
    lines.map((l, i) => ({ subject: chart.names[i]!, figures: l.figures })),
    { lang, title, transform },
  );
}
