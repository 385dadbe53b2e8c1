import { describe, expect, it } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { buildSeriesModel, seriesChartConfig } from '../../renderer/src/charts/SeriesChart/state.js';
import { figure } from './renderer-fixtures.js';

const figures = [
  figure('2025-11', 10.8),
  figure('2025-01..2025-11', 9.3),
  figure('2025-10', 10.2),
  figure('2025-01..2025-10', 9.2),
  figure('2025-08', 8.1),
  figure('2025-Q2', 8.8),
];

describe('renderer series chart state', () => {
  it('orders periods in time and splits them by kind, only kinds present', () => {
    const model = buildSeriesModel(figures);
    expect(model.periods).toEqual(['2025-Q2', '2025-08', '2025-10', '2025-01..2025-10', '2025-11', '2025-01..2025-11']);
    expect(model.kinds.map((k) => k.kind)).toEqual(['month', 'cumulative', 'quarter']);
  });

  it('lines each kind up on the shared axis with nulls where it has no figure', () => {
    const model = buildSeriesModel(figures);
    const month = model.kinds.find((k) => k.kind === 'month')!;
    const cumulative = model.kinds.find((k) => k.kind === 'cumulative')!;
    expect(month.values).toEqual([null, 8.1, 10.2, null, 10.8, null]);
    expect(cumulative.values).toEqual([null, null, null, 9.2, null, 9.3]);
    for (let i = 0; i < model.periods.length; i++) {
      const present = model.kinds.filter((k) => k.values[i] !== null);
      expect(present).toHaveLength(1);
    }
  });

  it('marks segments that skip missing periods of the same kind', () => {
    const model = buildSeriesModel(figures);
    const month = model.kinds.find((k) => k.kind === 'month')!;
    // Aug → Oct skips September; Oct → Nov does not.
    expect([...month.gapStarts]).toEqual([1]);
    const cumulative = model.kinds.find((k) => k.kind === 'cumulative')!;
    expect(cumulative.gapStarts.size).toBe(0);
  });

  it('builds one line dataset per kind, never joining kinds', () => {
    const model = buildSeriesModel(figures);
    const config = seriesChartConfig(model, { lang: 'en', axisTitle: '% change on same period last year', unit: 'pct', renderKey: 'k' });
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Month', 'Year to date', 'Quarter']);
    expect(new Set(config.data.datasets.map((d) => d.borderColor)).size).toBe(3);
    expect(config.options.animation).toBe(false);
    expect(config.options.scales?.y?.title).toMatchObject({ display: true, text: '% change on same period last year' });
    expect(config.data.labels?.[0]).toEqual(['Q2 2025']);
  });

  it('gives tooltips the period label, the formatted value, status and source', () => {
    const model = buildSeriesModel([figure('2025-01..2025-05', 8.8, { status: 'preliminary' })]);
    const config = seriesChartConfig(model, { lang: 'vi', axisTitle: 'x', unit: 'pct', renderKey: 'k' });
    const callbacks = config.options.plugins!.tooltip!.callbacks!;
    const tooltipItem = { datasetIndex: 0, dataIndex: 0, dataset: config.data.datasets[0] } as unknown as TooltipItem<'line'>;
    const title = (callbacks.title as (items: TooltipItem<'line'>[]) => string)([tooltipItem]);
    const label = (callbacks.label as (item: TooltipItem<'line'>) => string)(tooltipItem);
    const after = (callbacks.afterLabel as (item: TooltipItem<'line'>) => string[])(tooltipItem);
    expect(title).toBe('5 tháng đầu năm 2025');
    expect(label).toBe('Lũy kế từ đầu năm: +8,8%');
    expect(after).toEqual(['Trạng thái: sơ bộ', 'Nguồn: GSO November 2025 report']);
  });

  it('carries the render key for the data-rendered signal', () => {
    const config = seriesChartConfig(buildSeriesModel(figures), { lang: 'en', axisTitle: 'x', unit: 'pct', renderKey: '42|yoy' });
    expect(config.options.plugins?.iipRenderSignal).toEqual({ key: '42|yoy' });
  });
});
