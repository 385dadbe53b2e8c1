// Ranking chart state: ranked bars (@shared/charts/ranking) → a horizontal Chart.js bar config,
// falls in a second colour, each value written past its bar. Pure and tested.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { wrapLabel } from '@shared/charts/labels.js';
import { barColour, GRID, INK, ZERO_LINE } from '@shared/charts/palette.js';
import { NAME_WIDTH, type RankedBar } from '@shared/charts/ranking.js';
import type { FigureValue } from '@shared/contract/figures.js';
import { figureDetailLines } from '@shared/figure-rows.js';
import { formatFigure, formatTick } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { noteAnnotations } from '../noteAnnotations.js';
import { BAR_VALUE_LABELS_ID, REFERENCE_LINE_ID, RENDER_SIGNAL_ID } from '../pluginIds.js';
import { REFERENCE_LABEL_ROOM_PX } from './referenceLine.js';

const VALUE_LABEL_ROOM_PX = 52;

export interface RankingChartOptions {
  lang: Lang;
  axisTitle: string;
  renderKey: string;
  /** Figure notes on the bars (markers); none when absent. */
  notes?: ChartNotes;
  /** A value to mark with a labelled vertical line (the whole country's figure); none when absent. */
  reference?: ReferenceValue | null;
}

export interface ReferenceValue {
  value: number;
  /** Written above the line, e.g. "Cả nước +8,4%". */
  label: string;
}

export interface RankingChartConfig {
  data: ChartData<'bar', number[], string[]>;
  options: ChartOptions<'bar'>;
}

export function rankingChartConfig(bars: RankedBar[], opts: RankingChartOptions): RankingChartConfig {
  const { lang } = opts;
  const reference = opts.reference ?? null;
  const colours = bars.map((b) => barColour(b.figure.value));
  const figureAt = (item: TooltipItem<'bar'>): FigureValue | undefined => bars[item.dataIndex]?.figure;
  const notes = opts.notes ?? { markers: [], bands: [], footnotes: [] };
  const annotations = noteAnnotations(
    notes,
    (marker) => {
      const bar = marker.barIndex === undefined ? undefined : bars[marker.barIndex];
      return bar ? { index: marker.barIndex!, value: bar.figure.value } : null;
    },
    () => -1,
    true,
  );
  const notesOfBar = (index: number): string[] =>
    notes.markers.filter((m) => m.barIndex === index).map(({ n, note }) => `✎ ${n}. ${note.text.replace(/\s+/g, ' ').slice(0, 90)}`);
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
      layout: { padding: { right: VALUE_LABEL_ROOM_PX, top: reference ? REFERENCE_LABEL_ROOM_PX : 0 } },
      scales: {
        x: {
          grace: '15%',
          // The reference line stays on the axis even when every bar lies to one side of it.
          ...(reference ? { suggestedMin: Math.min(0, reference.value), suggestedMax: Math.max(0, reference.value) } : {}),
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
            title: (items) => (items[0] ? (bars[items[0].dataIndex]?.name ?? '') : ''),
            label: (item) => {
              const f = figureAt(item);
              return f ? formatFigure(f, lang) : '';
            },
            afterLabel: (item) => {
              const f = figureAt(item);
              return f ? figureDetailLines(f, lang) : [];
            },
            footer: (items) => (items[0] ? notesOfBar(items[0].dataIndex) : []),
          },
        },
        annotation: { annotations },
        [BAR_VALUE_LABELS_ID]: { labels: bars.map((b) => formatFigure(b.figure, lang)), colour: INK },
        [REFERENCE_LINE_ID]: reference ? { value: reference.value, label: reference.label, colour: INK } : {},
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
