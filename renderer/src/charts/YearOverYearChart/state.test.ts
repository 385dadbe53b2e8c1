import type { Scale, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '../SeriesChart/state.js';
import { chosenYear, yearOverYearConfig, yearsWithMonths } from './state.js';

const at = (period: string, value: number | null): ChartPoint => ({ period, value, decimals: value === null ? null : 1, figure: null });

// 2024 whole but June; 2025 January to March; a quarter and a year-to-date that the chart leaves out.
const points: ChartPoint[] = [
  ...[1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12].map((m) => at(`2024-${String(m).padStart(2, '0')}`, 100 + m)),
  at('2025-01', 111),
  at('2025-02', 95),
  at('2025-03', 120),
  at('2025-Q1', 108.7),
  at('2025-01..2025-03', 108.7),
  at('2023-05', 90),
];
const opts = { lang: 'en', axisTitle: 'index, base year = 100', unit: 'index', renderKey: 'k' } as const;

describe('year-over-year chart state', () => {
  it('lists the years with months and picks the asked one or the latest', () => {
    expect(yearsWithMonths(points)).toEqual([2023, 2024, 2025]);
    expect(chosenYear([2023, 2024, 2025], 2024)).toBe(2024);
    expect(chosenYear([2023, 2024, 2025], 2019)).toBe(2025);
    expect(chosenYear([], null)).toBeNull();
  });

  it('draws the chosen year and the one before over January–December, a missing month as a gap', () => {
    const config = yearOverYearConfig(points, 2025, opts);
    expect(config.years).toEqual([2024, 2025]);
    expect(config.legend).toEqual(['2024', '2025']);
    const [last, current] = config.data.datasets;
    expect(last!.data.map((p) => p.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(last!.data.map((p) => p.y)).toEqual([101, 102, 103, 104, 105, null, 107, 108, 109, 110, 111, 112]);
    expect(current!.data.map((p) => p.y)).toEqual([111, 95, 120, null, null, null, null, null, null, null, null, null]);
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
    expect(config.options.scales?.y?.title).toMatchObject({ text: 'index, base year = 100' });
  });

  it('leaves out a year before that has no months', () => {
    const config = yearOverYearConfig(points, 2023, opts);
    expect(config.legend).toEqual(['2023']);
  });

  it('shows January–February combined as its own point between the two months, the months still drawn', () => {
    const withTet = [...points, at('2024-01..2024-02', 4.2), at('2025-01..2025-02', 6.5)];
    const config = yearOverYearConfig(withTet, 2025, { ...opts, lang: 'vi', unit: 'pct' });
    expect(config.legend).toEqual(['2024', '2024 · tháng 1–2 gộp (Tết)', '2025', '2025 · tháng 1–2 gộp (Tết)']);
    expect(config.data.datasets[3]!.data).toEqual([{ x: 1.5, y: 6.5 }]);
    expect(config.data.datasets[3]!.showLine).toBe(false);
    expect(config.data.datasets[2]!.data[0]).toEqual({ x: 1, y: 111 });
    // Only the Tết comparison: a point a year.
    const onlyTet = yearOverYearConfig([at('2024-01..2024-02', 4.2), at('2025-01..2025-02', 6.5)], 2025, { ...opts, unit: 'pct' });
    expect(onlyTet.legend).toEqual(['2024 · Jan–Feb combined (Tết)', '2025 · Jan–Feb combined (Tết)']);
  });

  it('labels the axis by month and the tooltip by period', () => {
    const config = yearOverYearConfig(points, 2025, { ...opts, lang: 'vi' });
    const x = config.options.scales!.x!;
    const scale = { ticks: [] } as unknown as Scale;
    (x.afterBuildTicks as (s: Scale) => void)(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect((x.ticks!.callback as (v: number) => string)(12)).toBe('T12');
    const item = { datasetIndex: 1, dataIndex: 2, dataset: config.data.datasets[1] } as unknown as TooltipItem<'line'>;
    const callbacks = config.options.plugins!.tooltip!.callbacks!;
    expect((callbacks.title as (items: TooltipItem<'line'>[]) => string)([item])).toBe('Tháng 3/2025');
    expect((callbacks.label as (i: TooltipItem<'line'>) => string)(item)).toBe('2025: 120,0');
  });
});
