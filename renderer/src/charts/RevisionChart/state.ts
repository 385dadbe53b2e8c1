// Revision chart state: a figure's vintages → a Chart.js step line of value by publication date
// (each value holds until the next release restates it), each point named by its release on hover.
// Dates sit on a linear axis of days, ticked only at the publication dates. Pure and tested.
import type { ChartData, ChartOptions, Scale, TooltipItem } from 'chart.js';
import { GRID, INK, KIND_STYLE } from '@shared/charts/palette.js';
import type { Vintage } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import { formatDate, formatTick, formatValue } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { RENDER_SIGNAL_ID } from '../pluginIds.js';

const DAY_MS = 86_400_000;

export interface RevisionPoint {
  x: number;
  y: number;
}

export interface RevisionChartOptions {
  lang: Lang;
  unit: Unit;
  quantityUnit: string | null;
  axisTitle: string;
  renderKey: string;
}

export interface RevisionChartConfig {
  data: ChartData<'line', RevisionPoint[]>;
  options: ChartOptions<'line'>;
}

/** Days since 1970 for an ISO date (UTC, so no time zone moves a point). */
export const dayOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function revisionChartConfig(vintages: Vintage[], opts: RevisionChartOptions): RevisionChartConfig {
  const { lang } = opts;
  const points = vintages.map((v) => ({ x: dayOf(v.publishedOn), y: v.value }));
  const days = [...new Set(points.map((p) => p.x))];
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? 0;
  // Room either side, so the first and last points are not cut by the plot's edge.
  const pad = Math.max(3, Math.round((last - first) * 0.08));
  const vintageAt = (item: TooltipItem<'line'>): Vintage | undefined => vintages[item.dataIndex];
  const colour = KIND_STYLE.month.colour;
  return {
    data: {
      datasets: [
        {
          label: opts.axisTitle,
          data: points,
          // Horizontal first: a value holds from its publication until the next release restates it.
          stepped: 'before',
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2,
          pointRadius: 5,
          pointHoverRadius: 7,
        },
      ],
    },
    options: {
      parsing: false,
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          type: 'linear',
          min: first - pad,
          max: last + pad,
          grid: { color: GRID },
          // Ticks only at the publication dates: a date between them says nothing.
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = days.map((value) => ({ value }));
          },
          ticks: { callback: (value) => formatDate(isoOfDay(Number(value)), lang), maxRotation: 0, autoSkip: true },
        },
        y: {
          grace: '10%',
          grid: { color: GRID },
          // The table above names what the values are; the ticks say only the unit, short.
          ticks: { callback: (value) => `${formatTick(Number(value), lang)}${opts.unit === 'pct' ? '%' : ''}`, maxTicksLimit: 5, color: INK },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => {
              const v = items[0] ? vintageAt(items[0]) : undefined;
              return v ? v.releaseName : '';
            },
            label: (item) => {
              const v = vintageAt(item);
              return v ? `${formatValue(v.value, opts.unit, v.decimals, lang, opts.quantityUnit)} · ${formatDate(v.publishedOn, lang)}` : '';
            },
          },
        },
        [RENDER_SIGNAL_ID]: { key: opts.renderKey },
      },
    },
  };
}
