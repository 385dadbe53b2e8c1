import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildSeriesModel } from '@shared/charts/series.js';
import { figure } from '../../../../tests/helpers/contract-fixtures.js';
import { seriesChartConfig } from './state.js';

const figures = [
  figure('2025-11', 10.8),
  figure('2025-01..2025-11', 9.3),
  figure('2025-10', 10.2),
  figure('2025-01..2025-10', 9.2),
  figure('2025-08', 8.1),
  figure('2025-Q2', 8.8),
];

describe('renderer series chart state', () => {
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
