// The series chart at scale: ordinary series drawn whole as before, a line past the decimation
// threshold handed to Chart.js's LTTB as unbroken runs without dots, its marked points kept apart,
// and every look-up by x so it survives the thinning.
import type { LegendItem, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { noteView } from '../../../../tests/helpers/contract-fixtures.js';
import { DECIMATION_THRESHOLD } from '../decimation.js';
import { seriesChartConfig, type ChartPoint, type ChartSeries } from './state.js';

const monthCode = (ordinal: number): string => `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
/** `count` months from January 1700, valued by their index; months at `missing` indexes left out. */
const months = (count: number, missing: number[] = []): ChartPoint[] =>
  Array.from({ length: count }, (_, i) => i)
    .filter((i) => !missing.includes(i))
    .map((i) => ({ period: monthCode(1700 * 12 + i), value: i, decimals: 0, figure: null }));
const x = (i: number) => 1700 * 12 + i;
const opts = { lang: 'en', axisTitle: 'x', unit: 'index', renderKey: 'k' } as const;

describe('renderer series chart at scale', () => {
  it("turns parsing off and Chart.js's LTTB decimation on", () => {
    const config = seriesChartConfig([{ name: 'a', points: months(12) }], opts);
    expect(config.options.parsing).toBe(false);
    expect(config.options.normalized).toBe(true);
    expect(config.options.plugins?.decimation).toEqual({ enabled: true, algorithm: 'lttb', threshold: DECIMATION_THRESHOLD });
  });

  it('draws 20 series × 240 months whole: a dataset a line, dots of one size, the legend as before', () => {
    const series: ChartSeries[] = Array.from({ length: 20 }, (_, s) => ({ name: `s${s}`, points: months(240, s === 3 ? [100] : []) }));
    const config = seriesChartConfig(series, opts);
    expect(config.data.datasets).toHaveLength(20);
    expect(config.data.datasets.map((d) => d.pointRadius)).toEqual(Array(20).fill(2.5));
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
    expect(config.data.datasets[3]!.data).toHaveLength(240); // 239 months and the gap's null
    expect(config.breaks).toBe(1);
    expect(config.options.plugins?.legend?.labels?.filter).toBeUndefined();
    expect(config.options.interaction).toEqual({ mode: 'nearest', axis: 'x', intersect: false });
    expect(config.options.plugins?.iipKeptPoints).toBeUndefined();
  });

  it('draws a long line as its unbroken runs without dots, one legend entry for all', () => {
    const count = DECIMATION_THRESHOLD + 1000;
    const config = seriesChartConfig([{ name: 'a', points: months(count, [1500, 1501]) }], opts);
    const [before, after] = config.data.datasets;
    expect(config.data.datasets).toHaveLength(2);
    expect(before!.data).toHaveLength(1500);
    expect(after!.data).toHaveLength(count - 1502);
    expect(after!.data[0]).toEqual({ x: x(1502), y: 1502 });
    expect(config.data.datasets.every((d) => d.pointRadius === 0 && d.spanGaps === true && d.label === 'Month')).toBe(true);
    expect(config.data.datasets.flatMap((d) => d.data).some((p) => p.y === null)).toBe(false);
    expect(config.legend).toEqual(['Month']);
    expect(config.breaks).toBe(1);
    const filter = config.options.plugins!.legend!.labels!.filter as (item: LegendItem) => boolean;
    expect([0, 1].map((datasetIndex) => filter({ datasetIndex } as LegendItem))).toEqual([true, false]);
  });

  it('keeps the points behind check marks and notes apart, where the pointer and tooltips reach them', () => {
    const count = DECIMATION_THRESHOLD + 1;
    const period = monthCode(x(10));
    const note = { n: 1, note: noteView({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period }) };
    const notes = { markers: [{ ...note, period }], bands: [], footnotes: [note] };
    const config = seriesChartConfig([{ name: 'a', points: months(count) }], { ...opts, keepAt: [x(700), x(5)], notes });
    expect(config.data.datasets).toHaveLength(2);
    const kept = config.data.datasets[1]!;
    expect(kept.data).toEqual([
      { x: x(5), y: 5 },
      { x: x(10), y: 10 },
      { x: x(700), y: 700 },
    ]);
    expect(kept).toMatchObject({ showLine: false, pointRadius: 0, label: 'Month' });
    // The pointer reaches the kept points before the thinned ones beside them.
    expect(config.options.interaction).toEqual({ mode: 'iipNearestKept', axis: 'x', intersect: false });
    expect(config.options.plugins?.iipKeptPoints).toEqual({ datasets: [1] });
    expect(config.pointAt(1, x(700))?.period).toBe(monthCode(x(700)));
    // Under the pointer both the thinned run and the kept points may hold month 700: listed once.
    const filter = config.options.plugins!.tooltip!.filter as (item: TooltipItem<'line'>, index: number, items: TooltipItem<'line'>[]) => boolean;
    const items = [
      { datasetIndex: 0, dataIndex: 0, dataset: { data: [{ x: x(700), y: 700 }] } },
      { datasetIndex: 1, dataIndex: 2, dataset: kept },
      { datasetIndex: 1, dataIndex: 1, dataset: kept },
    ] as unknown as TooltipItem<'line'>[];
    expect(items.map((item, i) => filter(item, i, items))).toEqual([true, false, true]);
  });

  it('finds a tooltip’s point by its x among the points drawn, not by its index in the whole line', () => {
    const config = seriesChartConfig([{ name: 'a', points: months(DECIMATION_THRESHOLD + 1) }], opts);
    const whole = config.data.datasets[0]!;
    // What Chart.js hands a tooltip after decimation: the dataset's data are the thinned points.
    const thinned = { ...whole, data: [whole.data[0]!, whole.data[1234]!, whole.data.at(-1)!] };
    const item = { datasetIndex: 0, dataIndex: 1, dataset: thinned } as unknown as TooltipItem<'line'>;
    const title = config.options.plugins!.tooltip!.callbacks!.title as (items: TooltipItem<'line'>[]) => string;
    expect(title([item])).toBe('Nov 1802'); // month 1234 from January 1700
  });
});
