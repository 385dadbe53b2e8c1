// This year against last year: one series' months laid over January–December, one line per year
// (the chosen one and the one before), so each month reads against the same month a year earlier.
// A missing month is a gap. January and February stay as months; where the series holds the two
// combined (the Tết comparison) that period is its own point between them. Pure, so it is tested.
import type { ChartData, ChartOptions, Scale, TooltipItem } from 'chart.js';
import { GRID, INK, INK_MUTED, SERIES_COLOURS } from '@shared/charts/palette.js';
import type { Unit } from '@shared/domain.js';
import { formatFigure, formatValue } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { parsePeriod } from '@shared/period.js';
import { LINE_LEGEND, lineChartBase, periodTitle, valueAxis } from '../lineChart.js';
import { RENDER_SIGNAL_ID } from '../pluginIds.js';
import type { ChartPoint } from '../SeriesChart/state.js';
import { YEAR_CHART_STRINGS } from './strings.js';

export interface YearOverYearOptions {
  lang: Lang;
  axisTitle: string;
  unit: Unit;
  quantityUnit?: string | null;
  renderKey: string;
}

type XY = { x: number; y: number | null };

export interface YearOverYearConfig {
  data: ChartData<'line', XY[]>;
  options: ChartOptions<'line'>;
  /** Legend entries, in dataset order. */
  legend: string[];
  /** The years drawn: the one before, then the chosen one. */
  years: [number, number];
}

const JAN_FEB = /^(\d{4})-01\.\.\d{4}-02$/;
/** Where January–February combined sits: between the two months. */
const JAN_FEB_X = 1.5;

/** The year a month or a January–February period belongs to; null for other periods. */
function yearOf(code: string): number | null {
  const p = parsePeriod(code);
  if (!p) return null;
  if (p.kind === 'month' || JAN_FEB.test(p.code)) return Number(p.start.slice(0, 4));
  return null;
}

/** The years with a month or January–February value, oldest first. */
export function yearsWithMonths(points: readonly ChartPoint[]): number[] {
  const years = points.filter((p) => p.value !== null).map((p) => yearOf(p.period));
  return [...new Set(years.filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/** The year to draw: the one asked for where the data have it, else the latest. */
export const chosenYear = (years: readonly number[], asked: number | null): number | null =>
  asked !== null && years.includes(asked) ? asked : (years.at(-1) ?? null);

interface Line {
  year: number;
  tet: boolean;
  points: (ChartPoint | null)[];
  xs: number[];
}

function linesOf(points: readonly ChartPoint[], year: number): Line[] {
  const byCode = new Map(points.map((p) => [p.period, p]));
  const months = Array.from({ length: 12 }, (_, i) => byCode.get(`${year}-${String(i + 1).padStart(2, '0')}`) ?? null);
  const janFeb = byCode.get(`${year}-01..${year}-02`) ?? null;
  const lines: Line[] = [];
  if (months.some((p) => p?.value != null)) lines.push({ year, tet: false, points: months, xs: months.map((_, i) => i + 1) });
  if (janFeb?.value != null) lines.push({ year, tet: true, points: [janFeb], xs: [JAN_FEB_X] });
  return lines;
}

export function yearOverYearConfig(points: readonly ChartPoint[], year: number, opts: YearOverYearOptions): YearOverYearConfig {
  const { lang } = opts;
  const t = YEAR_CHART_STRINGS[lang];
  const lines = [...linesOf(points, year - 1), ...linesOf(points, year)];
  const legend = lines.map((line) => (line.tet ? `${line.year} · ${t.tet}` : String(line.year)));
  const colourOf = (line: Line): string => (line.year === year ? SERIES_COLOURS[0]! : INK_MUTED);
  const datasets = lines.map((line, i) => ({
    label: legend[i]!,
    data: line.points.map((p, j): XY => ({ x: line.xs[j]!, y: p?.value ?? null })),
    borderColor: colourOf(line),
    backgroundColor: colourOf(line),
    borderDash: line.year === year ? undefined : [6, 3],
    pointStyle: line.tet ? ('rect' as const) : ('circle' as const),
    pointRadius: (ctx: { dataIndex: number }) => (line.points[ctx.dataIndex] ? (line.tet ? 6 : 4) : 0),
    pointHoverRadius: 7,
    borderWidth: line.year === year ? 2.5 : 2,
    showLine: !line.tet,
    spanGaps: false,
  }));

  const pointOf = (item: TooltipItem<'line'>): ChartPoint | null => lines[item.datasetIndex]?.points[item.dataIndex] ?? null;
  const format = (p: ChartPoint): string =>
    p.figure ? formatFigure(p.figure, lang) : p.value === null ? '' : formatValue(p.value, opts.unit, p.decimals ?? 0, lang, opts.quantityUnit ?? null);

  return {
    legend,
    years: [year - 1, year],
    data: { datasets },
    options: {
      ...lineChartBase(),
      scales: {
        x: {
          type: 'linear',
          min: 0.5,
          max: 12.5,
          grid: { color: GRID, drawTicks: false },
          afterBuildTicks: (scale: Scale) => {
            scale.ticks = Array.from({ length: 12 }, (_, i) => ({ value: i + 1 }));
          },
          ticks: { color: INK, maxRotation: 0, autoSkip: false, padding: 6, callback: (value) => t.months[Number(value) - 1] ?? '' },
        },
        y: valueAxis(opts.axisTitle, opts.unit, lang),
      },
      plugins: {
        legend: LINE_LEGEND,
        tooltip: {
          filter: (item) => pointOf(item)?.value != null,
          callbacks: {
            title: periodTitle(pointOf, lang),
            label: (item) => {
              const p = pointOf(item);
              return p ? `${item.dataset.label ?? ''}: ${format(p)}` : '';
            },
          },
        },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
