// Series chart state: a series model (@shared/charts/series) → a Chart.js line config. Pure, so
// it is tested directly; each period kind is its own dataset, dashed across missing periods.
import type { ChartData, ChartOptions, ScriptableLineSegmentContext, TooltipItem } from 'chart.js';
import type { SeriesModel } from '@shared/charts/series.js';
import { wrapLabel } from '@shared/charts/labels.js';
import { GRID, INK, KIND_STYLE, ZERO_LINE } from '@shared/charts/palette.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import { figureDetailLines } from '@shared/figure-rows.js';
import { formatFigure, formatPeriod, formatTick } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { noteAnnotations, noteTooltipLines } from '../noteAnnotations.js';
import { RENDER_SIGNAL_ID } from '../pluginIds.js';

/** Characters per line of a period label on the x axis ("5 tháng đầu năm" / "2025"). */
const PERIOD_WIDTH = 15;

export interface SeriesChartOptions {
  lang: Lang;
  /** Y-axis title, e.g. "% change on same period last year". */
  axisTitle: string;
  unit: Unit;
  /** Key for the render signal (what is drawn). */
  renderKey: string;
  /** Notes to mark on the chart (markers, bands); none when absent. */
  notes?: ChartNotes;
}

export interface SeriesChartConfig {
  data: ChartData<'line', (number | null)[], string[]>;
  options: ChartOptions<'line'>;
}

export function seriesChartConfig(model: SeriesModel, opts: SeriesChartOptions): SeriesChartConfig {
  const { lang } = opts;
  const v = VOCABULARY[lang];
  const single = model.periods.length === 1;
  const datasets = model.kinds.map((k) => {
    const style = KIND_STYLE[k.kind];
    const dashed = (ctx: ScriptableLineSegmentContext): number[] | undefined => (k.gapStarts.has(ctx.p0DataIndex) ? [5, 4] : undefined);
    return {
      label: v.kinds[k.kind],
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
  const indexOf = (code: string): number => model.periods.indexOf(code);
  const valueAt = (index: number): number | null => model.kinds.map((k) => k.values[index] ?? null).find((v) => v !== null) ?? null;
  const notes = opts.notes ?? { markers: [], bands: [], footnotes: [] };
  const annotations = noteAnnotations(
    notes,
    (marker) => {
      const index = indexOf(marker.period);
      const value = index < 0 ? null : valueAt(index);
      return value === null ? null : { index, value };
    },
    indexOf,
  );

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
            footer: (items) => {
              const period = items[0] ? model.periods[items[0].dataIndex] : undefined;
              return period ? noteTooltipLines(notes, period, indexOf) : [];
            },
          },
        },
        annotation: { annotations },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
