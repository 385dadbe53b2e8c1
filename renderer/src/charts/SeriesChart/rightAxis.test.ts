// The series chart with a second unit: its series on a right-hand axis with its own title, said in
// the legend; without a right axis everything stays on the left.
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { seriesChartConfig, type ChartPoint, type ChartSeries } from './state.js';

const computed = (period: string, value: number, decimals = 1): ChartPoint => ({ period, value, decimals, figure: null });

const index: ChartSeries = { name: 'Manufacturing', points: [computed('2025-01', 101.2), computed('2025-02', 99.8)] };
const change: ChartSeries = { name: 'Whole industry', axis: 'y2', points: [computed('2025-01', 8.1), computed('2025-02', -2.3)] };
const right = { title: '% change on same period last year', unit: 'pct', quantityUnit: null } as const;

describe('renderer series chart: a second unit on a right-hand axis', () => {
  it('puts the second unit’s lines on y2, titled with its unit and said in the legend', () => {
    const config = seriesChartConfig([index, change], { lang: 'en', axisTitle: 'index, base year = 100', unit: 'index', renderKey: 'k', rightAxis: right });
    expect(config.data.datasets.map((d) => d.yAxisID)).toEqual(['y', 'y2']);
    expect(config.legend).toEqual(['Manufacturing', 'Whole industry (right axis)']);
    const scales = config.options.scales!;
    expect(scales.y?.title).toMatchObject({ display: true, text: 'index, base year = 100' });
    expect(scales.y2).toMatchObject({
      position: 'right',
      title: { display: true, text: '% change on same period last year' },
      grid: { drawOnChartArea: false },
    });
    // An index does not start at zero; a % change does.
    expect(scales.y).toMatchObject({ beginAtZero: false });
    expect(scales.y2).toMatchObject({ beginAtZero: true });
  });

  it('formats a right-axis value in its own unit', () => {
    const config = seriesChartConfig([index, change], { lang: 'vi', axisTitle: 'x', unit: 'index', renderKey: 'k', rightAxis: right });
    const label = config.options.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'line'>) => string;
    const at = (datasetIndex: number) => ({ datasetIndex, dataIndex: 1, dataset: config.data.datasets[datasetIndex] }) as unknown as TooltipItem<'line'>;
    expect(label(at(0))).toBe('Manufacturing: 99,8');
    expect(label(at(1))).toBe('Whole industry (trục phải): −2,3%');
  });

  it('keeps every line on the left when there is no second unit', () => {
    const config = seriesChartConfig([index, change], { lang: 'en', axisTitle: 'x', unit: 'index', renderKey: 'k' });
    expect(config.data.datasets.map((d) => d.yAxisID)).toEqual(['y', 'y']);
    expect(config.options.scales?.y2).toBeUndefined();
    expect(config.legend).toEqual(['Manufacturing', 'Whole industry']);
  });
});
