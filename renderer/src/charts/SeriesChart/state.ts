// Series chart state: figures of one series → a Chart.js line config. Pure, so it is tested
// directly. Each period kind (month, year-to-date, quarter, year) is its own dataset: they measure
// different things and must never be joined into one line.
import type { ChartData, ChartOptions, ScriptableLineSegmentContext, TooltipItem } from 'chart.js';
import type { FigureValue } from '../../../../electron/shared/contract/figures.js';
import type { PeriodKind, Unit } from '../../../../electron/shared/domain.js';
import { PERIOD_KINDS } from '../../../../electron/shared/domain.js';
import { comparePeriods, parsePeriod, type Period } from '../../../../electron/shared/period.js';
import { formatFigure, formatPeriod, formatTick } from '../../format.js';
import { STRINGS, type Lang } from '../../i18n.js';
import { wrapLabel } from '../labels.js';
import { GRID, INK, KIND_STYLE, ZERO_LINE } from '../palette.js';
import { RENDER_SIGNAL_ID } from '../pluginIds.js';

export interface KindSeries {
  kind: PeriodKind;
  /** One entry per x label; null where this kind has no figure. */
  values: (number | null)[];
  figures: (FigureValue | null)[];
  /** Label indices where the line from this point to the next of its kind skips missing periods. */
  gapStarts: Set<number>;
}

export interface SeriesModel {
  /** Period codes in time order (x axis). */
  periods: string[];
  kinds: KindSeries[];
}

/** How many months apart consecutive periods of a kind end, when none is missing. */
const STEP_MONTHS: Record<PeriodKind, number> = { month: 1, cumulative: 1, quarter: 3, year: 12 };

/** Characters per line of a period label on the x axis ("5 tháng đầu năm" / "2025"). */
const PERIOD_WIDTH = 15;

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Splits figures by period kind and lines them up on one ordered period axis. */
export function buildSeriesModel(figures: FigureValue[]): SeriesModel {
  const byCode = new Map<string, { period: Period; figure: FigureValue }>();
  for (const figure of figures) {
    const period = parsePeriod(figure.period);
    if (!period || byCode.has(period.code)) continue;
    byCode.set(period.code, { period, figure });
  }
  const ordered = [...byCode.values()].sort((a, b) => comparePeriods(a.period, b.period));
  const periods = ordered.map((e) => e.period.code);

  const kinds: KindSeries[] = [];
  for (const kind of PERIOD_KINDS) {
    if (!ordered.some((e) => e.period.kind === kind)) continue;
    const values: (number | null)[] = [];
    const kindFigures: (FigureValue | null)[] = [];
    const gapStarts = new Set<number>();
    let previous: { index: number; end: string } | null = null;
    ordered.forEach((entry, index) => {
      const mine = entry.period.kind === kind;
      values.push(mine ? entry.figure.value : null);
      kindFigures.push(mine ? entry.figure : null);
      if (!mine) return;
      if (previous && monthIndex(entry.period.end) - monthIndex(previous.end) !== STEP_MONTHS[kind]) gapStarts.add(previous.index);
      previous = { index, end: entry.period.end };
    });
    kinds.push({ kind, values, figures: kindFigures, gapStarts });
  }
  return { periods, kinds };
}

export interface SeriesChartOptions {
  lang: Lang;
  /** Y-axis title, e.g. "% change on same period last year". */
  axisTitle: string;
  unit: Unit;
  /** Key for the render signal (what is drawn). */
  renderKey: string;
}

export interface SeriesChartConfig {
  data: ChartData<'line', (number | null)[], string[]>;
  options: ChartOptions<'line'>;
}

/** Tooltip lines under the value: status, source release, and any caution. */
export function figureDetailLines(f: FigureValue, lang: Lang): string[] {
  const s = STRINGS[lang];
  const lines = [`${s.tooltip.status}: ${s.status[f.status]}`];
  const source = f.sources[0];
  if (source) lines.push(`${s.tooltip.source}: ${source.releaseName}`);
  if (f.sources.length > 1) lines.push(s.table.sources(f.sources.length));
  if (f.flags.includes('period-mislabelled')) lines.push(`⚠ ${f.note ?? s.table.mislabelled}`);
  return lines;
}

export function seriesChartConfig(model: SeriesModel, opts: SeriesChartOptions): SeriesChartConfig {
  const { lang } = opts;
  const s = STRINGS[lang];
  const single = model.periods.length === 1;
  const datasets = model.kinds.map((k) => {
    const style = KIND_STYLE[k.kind];
    const dashed = (ctx: ScriptableLineSegmentContext): number[] | undefined => (k.gapStarts.has(ctx.p0DataIndex) ? [5, 4] : undefined);
    return {
      label: s.kinds[k.kind],
      data: k.values,
      borderColor: style.colour,
      backgroundColor: style.colour,
      pointStyle: style.point,
      pointRadius: single || model.periods.length < 40 ? 4 : 2.5,
      pointHoverRadius: 6,
      borderWidth: 2,
      spanGaps: true,
      segment: { borderDash: dashed },
    };
  });
  const figureAt = (item: TooltipItem<'line'>): FigureValue | null => model.kinds[item.datasetIndex]?.figures[item.dataIndex] ?? null;

  return {
    data: { labels: model.periods.map((p) => wrapLabel(formatPeriod(p, lang), PERIOD_WIDTH)), datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 8, right: 12 } },
      scales: {
        x: {
          offset: true,
          grid: { display: false },
          ticks: { color: INK, maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
        },
        y: {
          grace: '8%',
          beginAtZero: opts.unit !== 'index',
          title: { display: true, text: opts.axisTitle, color: INK, font: { weight: 600 } },
          grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
          ticks: { color: INK, callback: (value) => formatTick(Number(value), lang) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8, padding: 16 } },
        tooltip: {
          filter: (item) => item.raw !== null && item.raw !== undefined,
          callbacks: {
            title: (items) => {
              const f = items[0] ? figureAt(items[0]) : null;
              return f ? formatPeriod(f.period, lang) : '';
            },
            label: (item) => {
              const f = figureAt(item);
              return f ? `${item.dataset.label ?? ''}: ${formatFigure(f, lang)}` : '';
            },
            afterLabel: (item) => {
              const f = figureAt(item);
              return f ? figureDetailLines(f, lang) : [];
            },
          },
        },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
