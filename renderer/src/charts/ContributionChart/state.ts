// Contribution chart state: each period's computed contributions of the sections (percentage
// points) as stacked bars, with the whole industry's growth as points joined by a line on the
// same axis, so the stack's height reads against the total. Pure and tested.
import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import { GRID, INK, SERIES_COLOURS, ZERO_LINE } from '@shared/charts/palette.js';
import type { PeriodContributionsRow } from '@shared/contract/contributions.js';
import { formatNumber, formatPeriod, formatTick } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { RENDER_SIGNAL_ID } from '../pluginIds.js';

export interface ContributionChartOptions {
  lang: Lang;
  /** Each section's name by code, in the UI language. */
  sectionNames: Record<string, string>;
  totalLabel: string;
  axisTitle: string;
  renderKey: string;
}

/**
 * Typed as a bar chart: the whole industry's line is one dataset of type 'line' in it (Chart.js draws
 * each dataset by its own type). A config typed 'bar' | 'line' would do, but it upsets the compiler's
 * checks of the other charts' plugins (Plugin<keyof ChartTypeRegistry> against Plugin<'bar'>).
 */
type Values = (number | null)[];
export interface ContributionChartConfig {
  data: ChartData<'bar', Values, string>;
  options: ChartOptions<'bar'>;
}

/** The line's colour: black, apart from every section's. */
const TOTAL_COLOUR = '#000000';

/** Periods with something to draw: a computed contribution or the whole industry's growth. */
export const drawablePeriods = (periods: PeriodContributionsRow[]): PeriodContributionsRow[] =>
  periods.filter((p) => p.total !== null || p.sections.some((s) => s.computed !== null));

const signed = (value: number, decimals: number, lang: Lang): string => `${value > 0 ? '+' : ''}${formatNumber(value, decimals, lang)}`;

export function contributionChartConfig(periods: PeriodContributionsRow[], opts: ContributionChartOptions): ContributionChartConfig {
  const { lang } = opts;
  const shown = drawablePeriods(periods);
  const codes = [...new Set(shown.flatMap((p) => p.sections.map((s) => s.item.code)))].sort();
  const sectionAt = (code: string, index: number) => shown[index]?.sections.find((s) => s.item.code === code);
  const sections = codes.map((code, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    return {
      type: 'bar' as const,
      label: opts.sectionNames[code] ?? code,
      data: shown.map((_p, index) => sectionAt(code, index)?.computed?.value ?? null),
      backgroundColor: colour,
      borderColor: colour,
      stack: 'sections',
      order: 2,
      maxBarThickness: 48,
    };
  });
  const total = {
    type: 'line',
    label: opts.totalLabel,
    data: shown.map((p) => p.total?.value ?? null),
    borderColor: TOTAL_COLOUR,
    backgroundColor: TOTAL_COLOUR,
    pointStyle: 'rectRot' as const,
    pointRadius: 5,
    borderWidth: 1.5,
    spanGaps: false,
    order: 1,
  } as unknown as ChartDataset<'bar', Values>;
  const valueOf = (item: TooltipItem<'bar'>): string => {
    const p = shown[item.dataIndex];
    if (!p) return '';
    if (item.datasetIndex === codes.length) return p.total ? `${opts.totalLabel}: ${signed(p.total.value, p.total.decimals, lang)}%` : '';
    const s = sectionAt(codes[item.datasetIndex]!, item.dataIndex);
    return s?.computed ? `${item.dataset.label ?? ''}: ${signed(s.computed.value, s.computed.decimals, lang)}` : '';
  };
  return {
    data: { labels: shown.map((p) => formatPeriod(p.period, lang)), datasets: [...sections, total] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { color: INK } },
        y: {
          stacked: true,
          title: { display: true, text: opts.axisTitle, color: INK, font: { weight: 600 } },
          grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
          ticks: { color: INK, callback: (value) => formatTick(Number(value), lang) },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom' },
        tooltip: { callbacks: { label: valueOf } },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
