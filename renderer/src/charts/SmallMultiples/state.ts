// Small multiples state: one small line chart per member of a group, built from the series chart's
// config (same time axis, same tooltips) with the legend and axis title left out, every chart on
// one time range, and the y range either shared by all (computed from every member's values) or
// each chart's own. Pure, so it is tested directly.
import type { Scale } from 'chart.js';
import { timeLines, timeRange, timeTicks, tickLabel } from '@shared/charts/time-axis.js';
import type { FigureValue } from '@shared/contract/figures.js';
import { PERIOD_KINDS, type PeriodKind, type Unit } from '@shared/domain.js';
import type { Lang } from '@shared/lang.js';
import { seriesChartConfig, type ChartPoint, type SeriesChartConfig } from '../SeriesChart/state.js';

export const SCALE_MODES = ['shared', 'free'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

export interface YRange {
  min: number;
  max: number;
}

/** The period kind the grid draws: months where any member has them, else the first kind anyone has. */
export function multiplesKind(lists: Pick<FigureValue, 'periodKind'>[][]): PeriodKind | null {
  const kinds = new Set(lists.flatMap((list) => list.map((f) => f.periodKind)));
  return PERIOD_KINDS.find((kind) => kinds.has(kind)) ?? null;
}

/** A point a small chart draws: a figure, or a point of figures:points (no sources: a click opens the series). */
type MemberFigure = Pick<FigureValue, 'period' | 'periodKind' | 'value' | 'decimals'>;

/** One member's points of that kind, as the series chart takes them (a figure with its sources kept where it is one). */
export const memberPoints = (figures: MemberFigure[], kind: PeriodKind | null): ChartPoint[] =>
  figures
    .filter((f) => f.periodKind === kind)
    .map((f) => ({ period: f.period, value: f.value, decimals: f.decimals, figure: 'sources' in f ? (f as FigureValue) : null }));

// The epsilon keeps float noise (13.1 stored as 13.100000000000001) from pushing a bound a step further out.
const outward = (value: number, down: boolean): number => (down ? Math.floor(value * 10 + 1e-9) : Math.ceil(value * 10 - 1e-9)) / 10 + 0; // + 0 turns −0 into 0

/**
 * The y range of some values: from the lowest to the highest with a little room, zero included
 * for changes (as on the series chart), bounds rounded outward to one decimal; null without values.
 */
export function valueRange(values: number[], unit: Unit): YRange | null {
  if (values.length === 0) return null;
  const withZero = unit === 'index' ? values : [0, ...values];
  const [lo, hi] = [Math.min(...withZero), Math.max(...withZero)];
  const room = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(hi) * 0.05);
  return { min: outward(lo === 0 && unit !== 'index' ? 0 : lo - room, true), max: outward(hi === 0 && unit !== 'index' ? 0 : hi + room, false) };
}

/** Each member's y range: all the same (from every member's values) when shared, each its own when free. */
export function multiplesRanges(members: ChartPoint[][], unit: Unit, mode: ScaleMode): (YRange | null)[] {
  const valuesOf = (points: ChartPoint[]): number[] => points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (mode === 'free') return members.map((points) => valueRange(valuesOf(points), unit));
  const shared = valueRange(members.flatMap(valuesOf), unit);
  return members.map((points) => (valuesOf(points).length > 0 ? shared : null));
}

/** The time range every small chart shares, so the same month sits at the same place in each. */
export function multiplesTimeRange(members: ChartPoint[][]): YRange | null {
  return timeRange(members.flatMap((points) => timeLines(points)));
}

/**
 * With a set min and max Chart.js puts ticks at both (32.2, −17.9) besides its round ones; those two
 * are dropped unless they fall on the round step, so every small chart reads 0, 10, 20, ….
 */
export function dropOddEdgeTicks(scale: Pick<Scale, 'ticks'>): void {
  const ticks = scale.ticks;
  if (ticks.length < 4) return;
  const step = ticks[2]!.value - ticks[1]!.value;
  const onStep = (value: number): boolean => Math.abs(value / step - Math.round(value / step)) < 1e-6;
  scale.ticks = ticks.filter((tick, i) => (i > 0 && i < ticks.length - 1) || onStep(tick.value));
}

/** True for a value with no value either side of it (the line breaks before and after). */
export const standsAlone = (data: { y: number | null }[], i: number): boolean => data[i]?.y != null && data[i - 1]?.y == null && data[i + 1]?.y == null;

export interface SmallMultipleOptions {
  lang: Lang;
  unit: Unit;
  name: string;
  renderKey: string;
  /** The y range to draw (shared or the chart's own). */
  range: YRange | null;
  /** The time range shared by the grid. */
  time: YRange | null;
  /** A quantity's unit, said in the tooltip (points without their figure carry none). */
  quantityUnit?: string | null;
}

/** A small chart: the series chart's config for one member, without legend or axis titles, on the given ranges. */
export function smallMultipleConfig(points: ChartPoint[], opts: SmallMultipleOptions): SeriesChartConfig {
  const base = seriesChartConfig([{ name: opts.name, points }], {
    lang: opts.lang,
    axisTitle: '',
    unit: opts.unit,
    renderKey: opts.renderKey,
    quantityUnit: opts.quantityUnit ?? null,
  });
  const x = base.options.scales?.x;
  const y = base.options.scales?.y;
  const time = opts.time;
  const ticks = time ? timeTicks(time.min, time.max) : null;
  return {
    ...base,
    data: {
      // Lines without dots, except a point standing alone (between gaps), which a line cannot show.
      datasets: base.data.datasets.map((d) => ({
        ...d,
        pointRadius: (ctx: { dataIndex: number }) => (standsAlone(d.data, ctx.dataIndex) ? 2.5 : 0),
        pointHoverRadius: 4,
        borderWidth: 1.5,
      })),
    },
    options: {
      ...base.options,
      layout: { padding: { top: 4, right: 6 } },
      scales: {
        x: {
          ...x,
          ...(time && ticks
            ? {
                min: time.min,
                max: time.max,
                afterBuildTicks: (scale: Scale) => {
                  scale.ticks = ticks.values.map((value) => ({ value }));
                },
                ticks: { ...x?.ticks, font: { size: 10 }, callback: (value: number | string) => tickLabel(Number(value), ticks.step, opts.lang) },
              }
            : {}),
        },
        y: {
          ...y,
          title: { display: false },
          ...(opts.range ? { min: opts.range.min, max: opts.range.max, grace: 0, afterBuildTicks: dropOddEdgeTicks } : {}),
          ticks: { ...y?.ticks, font: { size: 10 }, maxTicksLimit: 5 },
        },
      },
      plugins: { ...base.options.plugins, legend: { display: false } },
    },
  };
}
