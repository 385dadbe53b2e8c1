// Series chart state: one or several series → a Chart.js line config on a time axis. Pure, so it is
// tested directly. Periods sit at the month they end in on a linear scale of month ordinals
// (@shared/charts/time-axis); each series' period kinds are their own datasets; a missing period
// or a point that could not be computed is a null, and lines never span nulls. A line too long to
// draw whole is thinned by Chart.js's decimation, drawn as its unbroken runs (../decimation.ts).
import type { ChartData, ChartDataset, ChartOptions, Scale, TooltipItem } from 'chart.js';
import { KIND_STYLE, GRID, INK, SERIES_COLOURS } from '@shared/charts/palette.js';
import { periodX, tickLabel, timeLines, timeRange, timeTicks, type LinePoint } from '@shared/charts/time-axis.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { PeriodKind, Unit } from '@shared/domain.js';
import { figureDetailLines } from '@shared/figure-rows.js';
import { formatFigure, formatValue } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { parsePeriod } from '@shared/period.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { isLongLine, keptPoints, lineDecimation, linesLegend, unbrokenRuns } from '../decimation.js';
import { LINE_LEGEND, lineChartBase, periodTitle, valueAxis } from '../lineChart.js';
import { markedBreakAnnotations, type MarkedBreak } from '../markedBreak.js';
import { noteAnnotations, noteTooltipLines } from '../noteAnnotations.js';
import { KEPT_POINTS_ID, NEAREST_KEPT_MODE, RENDER_SIGNAL_ID } from '../pluginIds.js';
import { SERIES_CHART_STRINGS } from './strings.js';

/** A point to draw: a value with its decimals, or null (not computed); the stored figure where it is one. */
export interface ChartPoint {
  period: string;
  value: number | null;
  decimals: number | null;
  figure: FigureValue | null;
}

export interface ChartSeries {
  /** The series' name, used in the legend when there are several. */
  name: string;
  points: ChartPoint[];
  /** The y axis it is drawn on: 'y2' is the right-hand one, for a second unit. */
  axis?: 'y' | 'y2';
}

/** The right-hand axis, for series of a second unit: its title and the unit of its values. */
export interface RightAxis {
  title: string;
  unit: Unit;
  quantityUnit: string | null;
}

export interface SeriesChartOptions {
  lang: Lang;
  /** Y-axis title, e.g. "% change on same period last year" or the transformation's label. */
  axisTitle: string;
  /** Unit of the values drawn. */
  unit: Unit;
  /** The transformation's label, named in each legend entry; null when the figures are drawn as stored. */
  transformLabel?: string | null;
  /** Unit of a quantity, for tooltips. */
  quantityUnit?: string | null;
  /** Key for the render signal (what is drawn). */
  renderKey: string;
  /** Notes to mark on the first series (markers, bands); none when absent. */
  notes?: ChartNotes;
  /** A second y axis on the right, for the series marked axis 'y2'. */
  rightAxis?: RightAxis | null;
  /** A change drawn as a dashed vertical line before its first month (the 2025 merger); none when absent. */
  markedBreak?: MarkedBreak | null;
  /** Places (x) of the first series' points marked on the chart (check marks), kept whole when its line is decimated. */
  keepAt?: readonly number[];
}

type XY = { x: number; y: number | null };
type LineDataset = ChartDataset<'line', XY[]>;

const xyOf = (points: readonly LinePoint<ChartPoint>[]): XY[] => points.map((p) => ({ x: p.x, y: p.y }));

export interface SeriesChartConfig {
  data: ChartData<'line', XY[]>;
  options: ChartOptions<'line'>;
  /** The point a dataset draws at x (null for the break put at a missing period). */
  pointAt: (datasetIndex: number, x: number) => ChartPoint | null;
  /** Legend entries, one a line, in the lines' order (a long line may be drawn as several datasets). */
  legend: string[];
  /** Places where a line breaks: missing periods and points not computed. */
  breaks: number;
}

/** A legend entry: the series (when several), the transformation, and the period kind where it tells lines apart. */
export function legendLabel(parts: { name: string | null; transform: string | null; kind: string; kindMatters: boolean }): string {
  const words = [parts.name, parts.transform].filter((w): w is string => Boolean(w));
  if (words.length === 0 || parts.kindMatters) words.push(parts.kind);
  return words.join(' · ');
}

/** True for a line of January–February periods only (the Tết comparison), which is named as such. */
const isTetLine = (kind: PeriodKind, points: LinePoint<ChartPoint>[]): boolean =>
  kind === 'cumulative' && points.every((p) => !p.point || /^\d{4}-01\.\.\d{4}-02$/.test(p.point.period));

export function seriesChartConfig(series: ChartSeries[], opts: SeriesChartOptions): SeriesChartConfig {
  const { lang } = opts;
  const v = VOCABULARY[lang];
  const several = series.length > 1;
  const lines = series.flatMap((s, seriesIndex) => {
    const own = timeLines(s.points);
    const axis = s.axis === 'y2' && opts.rightAxis ? ('y2' as const) : ('y' as const);
    return own.map((line) => ({ ...line, seriesIndex, name: s.name, kindMatters: own.length > 1, axis }));
  });
  const pointCount = Math.max(0, ...lines.map((l) => l.points.length));
  const legend = lines.map((line) => {
    const label = legendLabel({
      name: several ? line.name : null,
      transform: opts.transformLabel ?? null,
      kind: isTetLine(line.kind, line.points) ? SERIES_CHART_STRINGS[lang].tet : v.kinds[line.kind],
      kindMatters: line.kindMatters,
    });
    return line.axis === 'y2' ? `${label} ${SERIES_CHART_STRINGS[lang].rightAxis}` : label;
  });
  const xOf = (code: string): number => {
    const period = parsePeriod(code);
    return period ? periodX(period) : -1;
  };
  const firstLines = lines.filter((l) => l.seriesIndex === 0);
  const valueAt = (code: string): LinePoint<ChartPoint> | undefined => {
    for (const line of firstLines) {
      const found = line.points.find((p) => p.point?.period === code && p.y !== null);
      if (found) return found;
    }
    return undefined;
  };
  const notes = opts.notes ?? { markers: [], bands: [], footnotes: [] };
  const noteXs: number[] = [];
  const annotations = noteAnnotations(
    notes,
    (marker) => {
      const at = valueAt(marker.period);
      if (!at || at.y === null) return null;
      noteXs.push(at.x);
      return { index: at.x, value: at.y };
    },
    xOf,
  );
  const colourOf = (seriesIndex: number, kind: PeriodKind): string =>
    several ? SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]! : KIND_STYLE[kind].colour;
  const style = (line: (typeof lines)[number], i: number) => ({
    label: legend[i]!,
    yAxisID: line.axis,
    borderColor: colourOf(line.seriesIndex, line.kind),
    backgroundColor: colourOf(line.seriesIndex, line.kind),
    pointStyle: KIND_STYLE[line.kind].point,
    borderDash: several && line.kind !== 'month' ? [6, 3] : undefined,
    pointHoverRadius: 6,
    borderWidth: 2,
  });
  // Dots sized once per line (a break's null point is never drawn, so every drawn point has one):
  // Chart.js then shares one set of point options instead of resolving them point by point.
  const dotRadius = pointCount < 40 ? 4 : 2.5;
  const keepAt = new Set(opts.keepAt ?? []);
  const datasets: LineDataset[] = [];
  const lineOf: number[] = [];
  const keptDatasets: number[] = [];
  lines.forEach((line, i) => {
    const add = (dataset: LineDataset) => {
      datasets.push(dataset);
      lineOf.push(i);
    };
    if (!isLongLine(line.points.length)) {
      add({ ...style(line, i), data: xyOf(line.points), pointRadius: dotRadius, spanGaps: false });
      return;
    }
    // A long line (see ../decimation.ts): its unbroken runs without dots, and the marked points kept apart.
    for (const run of unbrokenRuns(line.points)) add({ ...style(line, i), data: xyOf(run), pointRadius: run.length === 1 ? dotRadius : 0, spanGaps: true });
    const kept = keptPoints(line.points, line.seriesIndex === 0 ? new Set([...keepAt, ...noteXs]) : new Set());
    if (kept.length === 0) return;
    keptDatasets.push(datasets.length);
    add({ ...style(line, i), data: xyOf(kept), pointRadius: 0, showLine: false });
  });
  const drawnAsRuns = datasets.length > lines.length;

  // Each line's points by x, made on the first look-up (a tooltip, a click), not while drawing.
  const byX: Map<number, ChartPoint | null>[] = [];
  const pointAt = (datasetIndex: number, x: number): ChartPoint | null => {
    const line = lineOf[datasetIndex];
    if (line === undefined) return null;
    byX[line] ??= new Map(lines[line]!.points.map((p) => [p.x, p.point]));
    return byX[line].get(x) ?? null;
  };
  // The dataset's drawn points: after decimation, Chart.js's index is into the thinned ones.
  const pointOf = (item: TooltipItem<'line'>): ChartPoint | null => {
    const drawn = item.dataset.data[item.dataIndex] as XY | undefined;
    return drawn ? pointAt(item.datasetIndex, drawn.x) : null;
  };
  const right = opts.rightAxis ?? null;
  const format = (p: ChartPoint, datasetIndex: number): string => {
    if (p.figure) return formatFigure(p.figure, lang);
    if (p.value === null) return '';
    const onRight = right !== null && lines[lineOf[datasetIndex] ?? -1]?.axis === 'y2';
    return formatValue(p.value, onRight ? right.unit : opts.unit, p.decimals ?? 0, lang, onRight ? right.quantityUnit : (opts.quantityUnit ?? null));
  };

  const range = timeRange(lines) ?? { min: 0, max: 1 };
  const ticks = timeTicks(range.min, range.max);

  const breaks = lines.reduce((n, line) => n + line.points.filter((p) => p.y === null).length, 0);

  return {
    legend,
    breaks,
    pointAt,
    data: { datasets },
    options: {
      ...lineChartBase(),
      // With kept points, the pointer reaches them before the thinned points beside them (../keptPoints.ts).
      ...(keptDatasets.length > 0 ? { interaction: { mode: NEAREST_KEPT_MODE, axis: 'x', intersect: false } } : {}),
      scales: {
        x: {
          type: 'linear',
          min: range.min,
          max: range.max,
          grid: { color: GRID, drawTicks: false },
          afterBuildTicks: (scale: Scale) => {
            scale.ticks = ticks.values.map((value) => ({ value }));
          },
          ticks: {
            color: INK,
            maxRotation: 0,
            autoSkip: true,
            autoSkipPadding: 16,
            padding: 6,
            callback: (value) => tickLabel(Number(value), ticks.step, lang),
          },
        },
        y: valueAxis(opts.axisTitle, opts.unit, lang),
        ...(right ? { y2: rightScale(right, lang) } : {}),
      },
      plugins: {
        // A long line drawn as several datasets keeps one legend entry (../decimation.ts).
        legend: drawnAsRuns ? linesLegendOptions(lineOf) : LINE_LEGEND,
        tooltip: {
          // A kept point drawn twice (its own dataset and a thinned run's) is listed once.
          filter: (item, index, items) => {
            const p = pointOf(item);
            return p?.value != null && !items.slice(0, index).some((other) => lineOf[other.datasetIndex] === lineOf[item.datasetIndex] && pointOf(other) === p);
          },
          callbacks: {
            title: periodTitle(pointOf, lang),
            label: (item) => {
              const p = pointOf(item);
              return p ? `${item.dataset.label ?? ''}: ${format(p, item.datasetIndex)}` : '';
            },
            afterLabel: (item) => {
              const f = pointOf(item)?.figure;
              return f ? figureDetailLines(f, lang) : [];
            },
            footer: (items) => {
              const p = items[0] ? pointOf(items[0]) : null;
              return p ? noteTooltipLines(notes, p.period, xOf) : [];
            },
          },
        },
        annotation: { annotations: { ...annotations, ...markedBreakAnnotations(opts.markedBreak) } },
        decimation: lineDecimation(),
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
        ...(keptDatasets.length > 0 ? { [KEPT_POINTS_ID]: { datasets: keptDatasets } } : {}),
      },
    },
  };
}

/** The legend of lines drawn as several datasets: one entry a line, showing and hiding all of it. */
function linesLegendOptions(lineOf: readonly number[]) {
  const { filter, onClick } = linesLegend(lineOf);
  return { ...LINE_LEGEND, labels: { ...LINE_LEGEND.labels, filter }, onClick };
}

/** The right-hand y axis: its own title and ticks. */
const rightScale = (right: RightAxis, lang: Lang) => valueAxis(right.title, right.unit, lang, 'right');
