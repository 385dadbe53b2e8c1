// A chart spec as a Chart.js configuration for drawing without a window: the screen's look (the
// palette, point shapes of the period kinds, the zero line, ticks and values with the language's
// decimal mark, values written past the bars, the legend at the bottom) in Be Vietnam Pro, at a
// fixed size. Pure: the caller supplies the platform and registers the parts used here.
import { drawBarValueLabels } from '../../../shared/charts/bar-value-labels.js';
import type { Chart, ChartConfiguration, Plugin, PointStyle, ScriptableScaleContext } from 'chart.js';
import { wrapLabel } from '../../../shared/charts/labels.js';
import { GRID, INK, KIND_STYLE, ZERO_LINE } from '../../../shared/charts/palette.js';
import { NAME_WIDTH } from '../../../shared/charts/ranking.js';
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { formatTick, formatValue } from '../../../shared/format.js';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts.js';

/** Space around the chart inside the picture, in logical pixels: room for the title above and the notes below. */
export interface ChartFrame {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Height the chart itself gets (bars size their labels by it). */
  height: number;
}

/** Characters per line of a period label on the x axis, as on screen. */
const PERIOD_WIDTH = 15;
/** Room past the longest bar for its value label. */
const VALUE_LABEL_ROOM = 64;
const BAR_LABELS_ID = 'iipExportBarValues';

/** Chart.js quotes no family names; a name with spaces is quoted here so the canvas reads it whole. */
const family = (name: string): string => `"${name}"`;
const regular = (size: number) => ({ family: family(FONT_REGULAR), size, weight: 'normal' as const });
const semibold = (size: number) => ({ family: family(FONT_SEMIBOLD), size, weight: 'normal' as const });

/** Shapes for series whose colour is no period kind's (comparisons beyond the fourth subject). */
const EXTRA_POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'rectRounded', 'star'];

/** A series' point shape: its period kind's, known by the kind's colour, as on screen; otherwise by position. */
function pointStyleOf(colour: string, index: number): PointStyle {
  const kind = Object.values(KIND_STYLE).find((k) => k.colour.toLowerCase() === colour.toLowerCase());
  return kind?.point ?? EXTRA_POINTS[index % EXTRA_POINTS.length]!;
}

const zeroLine = {
  color: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID),
  lineWidth: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? 1.5 : 1),
};

/** Each bar's value written just past its end (left of a fall), drawn as on screen. */
function barValueLabels(labels: string[], size: number): Plugin<'bar'> {
  return {
    id: BAR_LABELS_ID,
    afterDatasetsDraw(chart: Chart<'bar'>) {
      drawBarValueLabels(chart, labels, { font: `${size}px ${family(FONT_SEMIBOLD)}`, colour: INK, gap: 5 });
    },
  };
}

const common = (frame: ChartFrame) => ({
  animation: false as const,
  responsive: false,
  maintainAspectRatio: false,
  events: [],
  layout: { padding: { top: frame.top, bottom: frame.bottom, left: frame.left, right: frame.right } },
});

function lineConfig(spec: ChartSpec, frame: ChartFrame): ChartConfiguration<'line', (number | null)[], string[]> {
  const many = spec.categories.length >= 40;
  return {
    type: 'line',
    data: {
      labels: spec.categories.map((c) => wrapLabel(c, PERIOD_WIDTH)),
      datasets: spec.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        borderColor: s.colour,
        backgroundColor: s.colour,
        pointStyle: pointStyleOf(s.colour, i),
        pointRadius: many ? 2.5 : 4,
        borderWidth: 2.5,
        // A series passes over the periods it has no figure for (another kind's, another subject's).
        spanGaps: true,
        ...(s.right ? { yAxisID: 'y2' } : {}),
      })),
    },
    options: {
      ...common(frame),
      layout: { padding: { ...common(frame).layout.padding, right: frame.right + 12 } },
      scales: {
        x: {
          offset: true,
          grid: { display: false },
          border: { color: GRID },
          ticks: { color: INK, font: regular(13), maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
        },
        y: {
          grace: '8%',
          beginAtZero: spec.unit !== 'index',
          border: { display: false },
          title: { display: spec.axisTitle !== '', text: spec.axisTitle, color: INK, font: semibold(13) },
          grid: zeroLine,
          ticks: { color: INK, font: regular(13), callback: (value) => formatTick(Number(value), spec.lang) },
        },
        ...(spec.rightAxis ? { y2: rightScale(spec, spec.rightAxis) } : {}),
      },
      plugins: {
        legend: {
          display: spec.series.length > 0,
          position: 'bottom',
          labels: { usePointStyle: true, boxHeight: 8, padding: 18, color: INK, font: regular(14) },
        },
        tooltip: { enabled: false },
      },
    },
  };
}

/** The right-hand axis of lines of a second unit: titled, without its own grid (the left one's lines run across). */
const rightScale = (spec: ChartSpec, right: NonNullable<ChartSpec['rightAxis']>) => ({
  position: 'right' as const,
  grace: '8%',
  beginAtZero: right.unit !== 'index',
  border: { display: false },
  title: { display: right.title !== '', text: right.title, color: INK, font: semibold(13) },
  grid: { drawOnChartArea: false },
  ticks: { color: INK, font: regular(13), callback: (value: number | string) => formatTick(Number(value), spec.lang) },
});

function barConfig(spec: ChartSpec, frame: ChartFrame): ChartConfiguration<'bar', (number | null)[], string[]> {
  const count = Math.max(1, spec.categories.length);
  // Names and values sized to the room each bar has: 13 px while they fit, down to 8 px for seventy bars.
  const perBar = (frame.height - 60) / count;
  const size = Math.max(8, Math.min(13, Math.floor(perBar * 0.62)));
  const wrap = perBar >= 2 * size * 1.25;
  const series = spec.series[0];
  const colours = spec.barColours ?? spec.categories.map(() => series?.colour ?? INK);
  const labels = (series?.values ?? []).map((v) => (v === null ? '' : formatValue(v, spec.unit, spec.decimals, spec.lang)));
  return {
    type: 'bar',
    data: {
      labels: spec.categories.map((c) => (wrap ? wrapLabel(c, NAME_WIDTH) : [c])),
      datasets: [
        {
          label: series?.name ?? spec.axisTitle,
          data: series?.values ?? [],
          backgroundColor: colours,
          borderColor: colours,
          borderWidth: 0,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
          maxBarThickness: 26,
        },
      ],
    },
    options: {
      ...common(frame),
      indexAxis: 'y',
      layout: { padding: { ...common(frame).layout.padding, right: frame.right + VALUE_LABEL_ROOM } },
      scales: {
        x: {
          grace: '15%',
          border: { display: false },
          title: { display: spec.axisTitle !== '', text: spec.axisTitle, color: INK, font: semibold(13) },
          grid: zeroLine,
          ticks: { color: INK, font: regular(13), callback: (value) => formatTick(Number(value), spec.lang) },
        },
        y: { grid: { display: false }, border: { color: GRID }, ticks: { color: INK, font: regular(size), autoSkip: false } },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [barValueLabels(labels, size)],
  };
}

/** The Chart.js configuration of a spec, drawn inside `frame`. */
export function chartConfig(spec: ChartSpec, frame: ChartFrame): ChartConfiguration<'line' | 'bar', (number | null)[], string[]> {
  return (spec.kind === 'bar' ? barConfig(spec, frame) : lineConfig(spec, frame)) as ChartConfiguration<'line' | 'bar', (number | null)[], string[]>;
}
