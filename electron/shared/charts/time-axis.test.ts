import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period.js';
import { monthOrdinal, periodX, tickLabel, timeLines, timeRange, timeTicks } from './time-axis.js';

const p = (period: string, value: number | null = 1) => ({ period, value });
const at = (ym: string) => monthOrdinal(ym);

describe('time axis', () => {
  it('places each period at the month it ends in', () => {
    expect(periodX(parsePeriod('2025-03')!)).toBe(at('2025-03'));
    expect(periodX(parsePeriod('2025-01..2025-11')!)).toBe(at('2025-11'));
    expect(periodX(parsePeriod('2025-Q2')!)).toBe(at('2025-06'));
    expect(periodX(parsePeriod('2024')!)).toBe(at('2024-12'));
    expect(at('2025-01') - at('2024-12')).toBe(1);
  });

  it('gives each period kind its own line, in time order', () => {
    const lines = timeLines([p('2025-02'), p('2025-01..2025-02'), p('2025-01'), p('2025-Q1'), p('2024')]);
    expect(lines.map((l) => l.kind)).toEqual(['month', 'cumulative', 'quarter', 'year']);
    expect(lines[0]!.points.map((q) => q.point?.period)).toEqual(['2025-01', '2025-02']);
  });

  it('breaks a line where months are missing, with a null between the two sides', () => {
    const [month] = timeLines([p('2024-01'), p('2024-02'), p('2024-12'), p('2025-01')]);
    expect(month!.points.map((q) => q.y)).toEqual([1, 1, null, 1, 1]);
    const gap = month!.points[2]!;
    expect(gap.point).toBeNull();
    expect(gap.x).toBeGreaterThan(at('2024-02'));
    expect(gap.x).toBeLessThan(at('2024-12'));
  });

  it('keeps a point without a value as a gap at its own place', () => {
    const [month] = timeLines([p('2024-01'), p('2024-02', null), p('2024-03')]);
    expect(month!.points.map((q) => [q.x - at('2024-01'), q.y])).toEqual([
      [0, 1],
      [1, null],
      [2, 1],
    ]);
  });

  it('reads year-to-date runs across the new year, and Jan–Feb periods a year apart, as unbroken', () => {
    const [run] = timeLines([p('2024-01..2024-11'), p('2024-01..2024-12'), p('2025-01..2025-02'), p('2025-01..2025-03')]);
    expect(run!.points.every((q) => q.y !== null)).toBe(true);
    const [tet] = timeLines([p('2023-01..2023-02'), p('2024-01..2024-02'), p('2025-01..2025-02')]);
    expect(tet!.points).toHaveLength(3);
    const [broken] = timeLines([p('2023-01..2023-02'), p('2025-01..2025-02')]);
    expect(broken!.points.map((q) => q.y)).toEqual([1, null, 1]);
  });

  it('breaks quarters and years that skip one', () => {
    const [quarters] = timeLines([p('2024-Q1'), p('2024-Q2'), p('2024-Q4')]);
    expect(quarters!.points.map((q) => q.y)).toEqual([1, 1, null, 1]);
    const [years] = timeLines([p('2020'), p('2021'), p('2023')]);
    expect(years!.points.map((q) => q.y)).toEqual([1, 1, null, 1]);
  });

  it('ticks every month, quarter or year depending on the span, labelled in both languages', () => {
    expect(timeTicks(at('2025-01'), at('2025-10')).step).toBe(1);
    const quarters = timeTicks(at('2023-01') - 1, at('2025-10') + 1);
    expect(quarters.step).toBe(3);
    expect(quarters.values[0]).toBe(at('2023-01'));
    const years = timeTicks(at('2018-01'), at('2025-10'));
    expect(years.step).toBe(12);
    expect(years.values.map((x) => tickLabel(x, 12, 'en'))).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(tickLabel(at('2025-03'), 3, 'vi')).toBe('T3/2025');
    expect(tickLabel(at('2025-03'), 3, 'en')).toBe('Mar 2025');
  });

  it('ticks long spans every 5, 10, 20, 50, … years, about a dozen at most', () => {
    expect(timeTicks(at('1990-01'), at('2025-12')).step).toBe(60);
    expect(timeTicks(at('1950-01'), at('2025-12')).step).toBe(120);
    const millennia = timeTicks(at('1000-01'), at('9333-04'));
    expect(millennia.step).toBe(12 * 1000);
    expect(millennia.values.map((x) => tickLabel(x, millennia.step, 'en'))).toEqual(['1000', '2000', '3000', '4000', '5000', '6000', '7000', '8000', '9000']);
  });

  it('leaves room around the points', () => {
    const range = timeRange(timeLines([p('2025-01'), p('2025-03')]))!;
    expect(range.min).toBeLessThan(at('2025-01'));
    expect(range.max).toBeGreaterThan(at('2025-03'));
    expect(timeRange([])).toBeNull();
  });
});
