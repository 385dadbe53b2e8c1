import type { Scale, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@shared/contract/figures.js';
import { monthOrdinal } from '@shared/charts/time-axis.js';
import { figure } from '../../../../tests/helpers/contract-fixtures.js';
import { legendLabel, seriesChartConfig, type ChartPoint, type ChartSeries } from './state.js';

const stored = (f: FigureValue): ChartPoint => ({ period: f.period, value: f.value, decimals: f.decimals, figure: f });
const computed = (period: string, value: number | null, decimals = 1): ChartPoint => ({
  period,
  value,
  decimals: value === null ? null : decimals,
  figure: null,
});

const figures = [
  figure('2025-11', 10.8),
  figure('2025-01..2025-11', 9.3),
  figure('2025-10', 10.2),
  figure('2025-01..2025-10', 9.2),
  figure('2025-08', 8.1),
  figure('2025-Q2', 8.8),
];
const one: ChartSeries[] = [{ name: 'Whole industry', points: figures.map(stored) }];

describe('renderer series chart state', () => {
  it('builds one line dataset per kind on a linear time axis, never joining kinds', () => {
    const config = seriesChartConfig(one, { lang: 'en', axisTitle: '% change on same period last year', unit: 'pct', renderKey: 'k' });
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Month', 'Year to date', 'Quarter']);
    expect(new Set(config.data.datasets.map((d) => d.borderColor)).size).toBe(3);
    expect(config.options.animation).toBe(false);
    expect(config.options.scales?.x).toMatchObject({ type: 'linear' });
    expect(config.options.scales?.y?.title).toMatchObject({ display: true, text: '% change on same period last year' });
    // Q2 sits at June, Jan–Nov at November.
    expect(config.data.datasets[2]!.data).toEqual([{ x: monthOrdinal('2025-06'), y: 8.8 }]);
    expect(config.data.datasets[1]!.data.at(-1)).toEqual({ x: monthOrdinal('2025-11'), y: 9.3 });
  });

  it('draws a missing month as a gap: a null point, and lines that never span one', () => {
    const config = seriesChartConfig(one, { lang: 'en', axisTitle: 'x', unit: 'pct', renderKey: 'k' });
    const month = config.data.datasets[0]!;
    // Aug, (Sep missing), Oct, Nov
    expect(month.data.map((p) => p.y)).toEqual([8.1, null, 10.2, 10.8]);
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
    expect(config.breaks).toBe(1);
    expect(config.pointAt(0, monthOrdinal('2025-09'))).toBeNull();
    expect(config.pointAt(0, monthOrdinal('2025-10'))?.figure?.value).toBe(10.2);
  });

  it('ticks the time axis with month labels in the UI language', () => {
    const config = seriesChartConfig(one, { lang: 'vi', axisTitle: 'x', unit: 'pct', renderKey: 'k' });
    const x = config.options.scales!.x!;
    const scale = { ticks: [] } as unknown as Scale;
    (x.afterBuildTicks as (s: Scale) => void)(scale);
    const values = scale.ticks.map((t) => t.value);
    expect(values).toContain(monthOrdinal('2025-08'));
    const callback = x.ticks!.callback as (value: number) => string;
    expect(callback(monthOrdinal('2025-08'))).toBe('T8/2025');
  });

  it('names the series, the transformation and, where it tells lines apart, the period kind', () => {
    const two: ChartSeries[] = [
      { name: 'Manufacturing', points: [computed('2025-01', 1.2), computed('2025-02', null), computed('2025-03', -0.4)] },
      { name: 'Mining', points: [computed('2025-01', 0.3), computed('2025-02', 0.5), computed('2025-03', 0.1)] },
    ];
    const config = seriesChartConfig(two, {
      lang: 'en',
      axisTitle: 'Month-on-month change (%)',
      unit: 'pct',
      transformLabel: 'Month-on-month change (%)',
      renderKey: 'k',
    });
    expect(config.legend).toEqual(['Manufacturing · Month-on-month change (%)', 'Mining · Month-on-month change (%)']);
    expect(config.data.datasets[0]!.borderColor).not.toBe(config.data.datasets[1]!.borderColor);
    expect(config.data.datasets[0]!.data.map((p) => p.y)).toEqual([1.2, null, -0.4]);
    expect(legendLabel({ name: null, transform: null, kind: 'Month', kindMatters: false })).toBe('Month');
    expect(legendLabel({ name: 'Mining', transform: null, kind: 'Month', kindMatters: true })).toBe('Mining · Month');
  });

  it('gives tooltips the period label, the formatted value, status and source', () => {
    const config = seriesChartConfig([{ name: 'x', points: [stored(figure('2025-01..2025-05', 8.8, { status: 'preliminary' }))] }], {
      lang: 'vi',
      axisTitle: 'x',
      unit: 'pct',
      renderKey: 'k',
    });
    const callbacks = config.options.plugins!.tooltip!.callbacks!;
    const tooltipItem = { datasetIndex: 0, dataIndex: 0, dataset: config.data.datasets[0] } as unknown as TooltipItem<'line'>;
    const title = (callbacks.title as (items: TooltipItem<'line'>[]) => string)([tooltipItem]);
    const label = (callbacks.label as (item: TooltipItem<'line'>) => string)(tooltipItem);
    const after = (callbacks.afterLabel as (item: TooltipItem<'line'>) => string[])(tooltipItem);
    expect(title).toBe('5 tháng đầu năm 2025');
    expect(label).toBe('Lũy kế từ đầu năm: +8,8%');
    expect(after).toEqual(['Trạng thái: sơ bộ', 'Nguồn: GSO November 2025 report']);
  });

  it('formats a computed value with its own decimals', () => {
    const config = seriesChartConfig([{ name: 'x', points: [computed('2025-03', 101.234, 2)] }], {
      lang: 'en',
      axisTitle: 'x',
      unit: 'index',
      transformLabel: '3-month moving average',
      renderKey: 'k',
    });
    const tooltipItem = { datasetIndex: 0, dataIndex: 0, dataset: config.data.datasets[0] } as unknown as TooltipItem<'line'>;
    const label = (config.options.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'line'>) => string)(tooltipItem);
    expect(label).toBe('3-month moving average: 101.23');
  });

  it('carries the render key for the data-rendered signal', () => {
    const config = seriesChartConfig(one, { lang: 'en', axisTitle: 'x', unit: 'pct', renderKey: '42|yoy' });
    expect(config.options.plugins?.iipRenderSignal).toEqual({ key: '42|yoy' });
  });

  it('names a line of January–February periods as the Tết comparison', () => {
    const points = [computed('2024-01', 5), computed('2024-02', 6), computed('2024-01..2024-02', 5.5), computed('2025-01..2025-02', 7.1)];
    const config = seriesChartConfig([{ name: 'x', points }], {
      lang: 'en',
      axisTitle: 'x',
      unit: 'pct',
      transformLabel: 'Year-on-year change (%)',
      renderKey: 'k',
    });
    expect(config.legend).toEqual(['Year-on-year change (%) · Month', 'Year-on-year change (%) · Jan–Feb combined (Tết)']);
  });
});
