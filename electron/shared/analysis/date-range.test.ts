import { describe, expect, it } from 'vitest';
import { dataSpan, endsWithin, monthsSpec, offeredRange, rangePresets, resolveRange, wholeYears, withinRange } from './date-range.js';

// Monthly 2018-03..2025-10, with a year-to-date, a quarter and a year among them.
const months: string[] = [];
for (let y = 2018; y <= 2025; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
const periods = [...months.filter((p) => p >= '2018-03' && p <= '2025-10'), '2025-01..2025-10', '2024-Q4', '2024'];

describe('date range', () => {
  it('finds the span of the data by where periods start and end', () => {
    expect(dataSpan(periods)).toEqual({ first: '2018-03', last: '2025-10' });
    // A year starts in January even when its months are not there.
    expect(dataSpan(['2017', '2018-05'])).toEqual({ first: '2017-01', last: '2018-05' });
    expect(dataSpan(['nonsense'])).toBeNull();
  });

  it('counts only the calendar years covered from January to December', () => {
    expect(wholeYears(periods)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(wholeYears(['2024-01', '2024-12'])).toEqual([2024]);
    expect(wholeYears(['2024-02', '2024-12'])).toEqual([]);
  });

  it('resolves presets against the last month of the data', () => {
    expect(resolveRange('all', periods)).toEqual({ from: null, to: null });
    // 24 months ending October 2025: November 2023 to October 2025.
    expect(resolveRange('last-months:24', periods)).toEqual({ from: '2023-11', to: '2025-10' });
    // Five calendar years: 2021, 2022, 2023, 2024 and 2025 so far.
    expect(resolveRange('last-years:5', periods)).toEqual({ from: '2021-01', to: '2025-10' });
    expect(resolveRange('years:2018-2024', periods)).toEqual({ from: '2018-01', to: '2024-12' });
    expect(resolveRange('months:2020-03..2021-06', periods)).toEqual({ from: '2020-03', to: '2021-06' });
    expect(resolveRange('months:2021-06..2020-03', periods)).toEqual({ from: '2020-03', to: '2021-06' });
    expect(resolveRange('months:..2021-06', periods)).toEqual({ from: null, to: '2021-06' });
    expect(resolveRange('months:2021-13..', periods)).toEqual({ from: null, to: null });
    expect(resolveRange('last-months:24', [])).toEqual({ from: null, to: null });
    expect(resolveRange('years:2024-2018', periods)).toEqual({ from: null, to: null });
    expect(resolveRange('whatever', periods)).toEqual({ from: null, to: null });
    expect(monthsSpec('2020-01', null)).toBe('months:2020-01..');
  });

  it('places each period by the month it ends in', () => {
    const span = { from: '2024-07', to: '2024-12' };
    expect(endsWithin('2024-01..2024-07', span)).toBe(true);
    expect(endsWithin('2024-01..2024-06', span)).toBe(false);
    expect(endsWithin('2024-Q2', span)).toBe(false);
    expect(endsWithin('2024-Q3', span)).toBe(true);
    expect(endsWithin('2024', span)).toBe(true);
    expect(endsWithin('2025', span)).toBe(false);
    expect(endsWithin('2024-12', { from: null, to: '2024-12' })).toBe(true);
  });

  it('keeps the points inside a range, in their order', () => {
    const points = periods.map((period, i) => ({ period, value: i }));
    const kept = withinRange(points, resolveRange('last-months:24', periods)).map((p) => p.period);
    expect(kept).toHaveLength(24 + 3);
    expect(kept[0]).toBe('2023-11');
    expect(kept.slice(-4)).toEqual(['2025-10', '2025-01..2025-10', '2024-Q4', '2024']);
    expect(withinRange(points, { from: null, to: null })).toHaveLength(points.length);
  });

  it('offers the presets the data allow, whole years newest first', () => {
    expect(rangePresets(periods).map((p) => p.spec)).toEqual([
      'all',
      'last-months:24',
      'last-years:5',
      'years:2019-2024',
      'years:2024-2024',
      'years:2023-2023',
      'years:2022-2022',
      'years:2021-2021',
      'years:2020-2020',
      'years:2019-2019',
    ]);
    // Twelve months of one year: no "last 24 months", no span of years, the one year.
    const oneYear = months.filter((p) => p.startsWith('2024'));
    expect(rangePresets(oneYear).map((p) => p.spec)).toEqual(['all', 'years:2024-2024']);
    expect(rangePresets([]).map((p) => p.spec)).toEqual(['all']);
  });

  it('falls back to everything when the data no longer offer the preset chosen', () => {
    const oneYear = months.filter((p) => p.startsWith('2024'));
    expect(offeredRange('years:2024-2024', oneYear)).toBe('years:2024-2024');
    expect(offeredRange('years:2019-2019', oneYear)).toBe('all');
    expect(offeredRange('last-months:24', oneYear)).toBe('all');
    expect(offeredRange('months:2019-01..2019-06', oneYear)).toBe('months:2019-01..2019-06');
  });
});
