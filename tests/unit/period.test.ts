import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodLabel, previousYear } from '../../electron/shared/period.js';

describe('period notation', () => {
  it('parses months, cumulative ranges, quarters, halves and years', () => {
    expect(parsePeriod('2025-11')).toEqual({ kind: 'month', start: '2025-11', end: '2025-11', code: '2025-11' });
    expect(parsePeriod('2025-01..2025-11')).toEqual({ kind: 'cumulative', start: '2025-01', end: '2025-11', code: '2025-01..2025-11' });
    expect(parsePeriod('2025-q2')).toMatchObject({ kind: 'quarter', start: '2025-04', end: '2025-06', code: '2025-Q2' });
    expect(parsePeriod('2025-H1')?.code).toBe('2025-01..2025-06');
    expect(parsePeriod('2025')).toMatchObject({ kind: 'year', start: '2025-01', end: '2025-12' });
  });

  it('refuses what is not a published period', () => {
    for (const bad of ['2025-13', '2025-03..2025-11', '2024-01..2025-02', '2025-Q5', 'Nov 2025', '']) expect(parsePeriod(bad)).toBeNull();
    for (const bad of ['2025-00', '2025-1', '2025-011', '2025/11', '202a-11', '2025-1a', ' 2025 - 11']) expect(parsePeriod(bad)).toBeNull();
    expect(parsePeriod(' 2025-11 ')?.code).toBe('2025-11');
  });

  it('labels periods in both languages', () => {
    expect(periodLabel(parsePeriod('2025-01..2025-11')!, 'en')).toBe('Jan–Nov 2025');
    expect(periodLabel(parsePeriod('2025-01..2025-11')!, 'vi')).toBe('11 tháng đầu năm 2025');
    expect(periodLabel(parsePeriod('2025-Q2')!, 'vi')).toBe('Quý II/2025');
    expect(periodLabel(parsePeriod('2025-11')!, 'vi')).toBe('Tháng 11/2025');
  });

  it('orders by last month, longer spans first, and steps back a year', () => {
    const sorted = ['2025-11', '2025', '2025-01..2025-11', '2025-Q2']
      .map((p) => parsePeriod(p)!)
      .sort(comparePeriods)
      .map((p) => p.code);
    expect(sorted).toEqual(['2025-Q2', '2025-11', '2025-01..2025-11', '2025']);
    expect(previousYear(parsePeriod('2025-01..2025-05')!).code).toBe('2024-01..2024-05');
    expect(previousYear(parsePeriod('2025-Q2')!).code).toBe('2024-Q2');
  });
});
