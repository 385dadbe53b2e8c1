// Ranking chart state: one figure per section / industry / locality / product → a horizontal
// bar chart, sorted from highest to lowest, falls in a second colour. Pure and tested.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { FigureValue, RankingRow } from '../../../../electron/shared/contract/figures.js';
import { formatFigure, formatTick, subjectName } from '../../format.js';
import type { Lang } from '../../i18n.js';
import { wrapLabel } from '../labels.js';
import { barColour, GRID, INK, ZERO_LINE } from '../palette.js';
import { BAR_VALUE_LABELS_ID, RENDER_SIGNAL_ID } from '../pluginIds.js';
import { figureDetailLines } from '../SeriesChart/state.js';

export interface RankedBar {
  name: string;
  /** Codes, for stable keys and tests. */
  geo: string;
  item: string;
  figure: FigureValue;
}

/** Highest first; ties by name so the order never flickers. */
export function rankBars(rows: RankingRow[], lang: Lang): RankedBar[] {
  return rows
    .map((r) => ({ name: subjectName(r.geo, r.item, lang), geo: r.geo.code, item: r.item.code, figure: r.figure }))
    .sort((a, b) => b.figure.value - a.figure.value || a.name.localeCompare(b.name, lang));
}

/** The `n` strongest and `n` weakest, highest first; everything when there are no more than 2n. */
export function strongestAndWeakest(bars: RankedBar[], n: number): RankedBar[] {
  if (bars.length <= 2 * n) return bars;
  return [...bars.slice(0, n), ...bars.slice(bars.length - n)];
}

/** Characters per line of a bar's name before it wraps. */
export const NAME_WIDTH = 30;

const LINE_PX = 15;
const VALUE_LABEL_ROOM_PX = 52;
const AXIS_PX = 64;

/** Chart height that gives every bar room for its (wrapped) name. */
export function rankingHeight(bars: RankedBar[]): number {
  const lines = Math.max(1, ...bars.map((b) => wrapLabel(b.name, NAME_WIDTH).length));
  return Math.max(140, bars.length * Math.max(26, lines * LINE_PX + 8) + AXIS_PX);
}

export interface RankingChartOptions {
  lang: Lang;
  axisTitle: string;
  renderKey: string;
}

export interface RankingChartConfig {
  data: ChartData<'bar', number[], string[]>;
  options: ChartOptions<'bar'>;
}

export function rankingChartConfig(bars: RankedBar[], opts: RankingChartOptions): RankingChartConfig {
  const { lang } = opts;
  const colours = bars.map((b) => barColour(b.figure.value));
  const figureAt = (item: TooltipItem<'bar'>): FigureValue | undefined => bars[item.dataIndex]?.figure;
  return {
    data: {
      labels: bars.map((b) => wrapLabel(b.name, NAME_WIDTH)),
      datasets: [
        {
          label: opts.axisTitle,
          data: bars.map((b) => b.figure.value),
          backgroundColor: colours,
          borderColor: colours,
          borderWidth: 0,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
          maxBarThickness: 22,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Room past the longest bar for its value label.
      layout: { padding: { right: VALUE_LABEL_ROOM_PX } },
      scales: {
        x: {
          grace: '15%',
          title: { display: true, text: opts.axisTitle, color: INK, font: { weight: 600 } },
          grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
          ticks: { color: INK, callback: (value) => formatTick(Number(value), lang) },
        },
        y: { grid: { display: false }, ticks: { color: INK, autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? bars[items[0].dataIndex]?.name ?? '' : ''),
            label: (item) => {
              const f = figureAt(item);
              return f ? formatFigure(f, lang) : '';
            },
            afterLabel: (item) => {
              const f = figureAt(item);
              return f ? figureDetailLines(f, lang) : [];
            },
          },
        },
        [BAR_VALUE_LABELS_ID]: { labels: bars.map((b) => formatFigure(b.figure, lang)), colour: INK },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
