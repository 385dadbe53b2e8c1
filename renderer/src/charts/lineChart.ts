// What every line chart of ours shares: no animation, sized by its box, points given as {x, y} in
// order of x and taken as they are (parsing off: Chart.js's decimation needs it, and it saves a
// pass over every point), the nearest point along x under the pointer, the value axis (0 drawn stronger, changes from 0),
// the legend at the bottom and a tooltip titled by the point's period. Pure.
import type { ChartOptions, TooltipItem } from 'chart.js';
import { GRID, INK, ZERO_LINE } from '@shared/charts/palette.js';
import type { Unit } from '@shared/domain.js';
import { formatPeriod, formatTick } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';

export const lineChartBase = (): Pick<
  ChartOptions<'line'>,
  'animation' | 'responsive' | 'maintainAspectRatio' | 'parsing' | 'normalized' | 'interaction' | 'layout'
> => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  parsing: false,
  normalized: true,
  interaction: { mode: 'nearest', axis: 'x', intersect: false },
  layout: { padding: { top: 8, right: 12 } },
});

/** The y axis of values in a unit: titled, a little room above and below, changes counted from 0. */
type Axis = NonNullable<NonNullable<ChartOptions<'line'>['scales']>[string]>;

/**
 * The y axis of values in a unit: titled, a little room above and below, changes counted from 0. On
 * the right (a second unit), its grid is left to the left axis so the lines do not cross.
 */
export const valueAxis = (title: string, unit: Unit, lang: Lang, side: 'left' | 'right' = 'left'): Axis => ({
  type: 'linear',
  position: side,
  grace: '8%',
  beginAtZero: unit !== 'index',
  title: { display: true, text: title, color: INK, font: { weight: 600 } },
  grid:
    side === 'right'
      ? { drawOnChartArea: false }
      : { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE : GRID), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
  ticks: { color: INK, callback: (value) => formatTick(Number(value), lang) },
});

export const LINE_LEGEND = { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8, padding: 16 } } as const;

/** A tooltip's title: the period of the first point under the pointer. */
export const periodTitle =
  <P extends { period: string }>(pointOf: (item: TooltipItem<'line'>) => P | null, lang: Lang) =>
  (items: TooltipItem<'line'>[]): string => {
    const p = items[0] ? pointOf(items[0]) : null;
    return p ? formatPeriod(p.period, lang) : '';
  };
