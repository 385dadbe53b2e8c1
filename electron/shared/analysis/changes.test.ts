import { describe, expect, it } from 'vitest';
import { momChange, yoyChange, ytdChange } from './changes.js';
import { monthlyIndex, show } from './test-series.js';

describe('year-on-year change', () => {
  it('compares each month with the same month last year, negative growth included', () => {
    const series = monthlyIndex([
      ['2024-01', 100.0],
      ['2024-02', 110.0],
      ['2025-01', 105.0],
      ['2025-02', 99.0],
    ]);
    // 105.0 / 100.0 → +5.0 %; 99.0 / 110.0 → −10.0 %. The first year has no year before it.
    expect(show(yoyChange(series).points)).toEqual(['2024-01 too-short', '2024-02 too-short', '2025-01 5.0', '2025-02 -10.0']);
    expect(yoyChange(series)).toMatchObject({ kind: 'month', basis: 'yoy', unit: 'pct', basePeriod: null });
  });

  it('says a month is missing inside the series, and that the base changed', () => {
    const series = monthlyIndex([
      ['2024-01', 100.0],
      ['2024-04', 100.0],
      ['2025-03', 101.0],
      ['2025-04', 102.0],
    ]);
    series.points[3]!.baseYear = 2020;
    expect(show(yoyChange(series).points).slice(2)).toEqual(['2025-03 missing-month', '2025-04 base-changes']);
  });

  it('works on quarters and years as well as months', () => {
    const quarters = {
      ...monthlyIndex([]),
      kind: 'quarter' as const,
      points: [
        { period: '2024-Q1', value: 120.0, decimals: 1 },
        { period: '2025-Q1', value: 126.0, decimals: 1 },
      ],
    };
    expect(show(yoyChange(quarters).points)).toEqual(['2024-Q1 too-short', '2025-Q1 5.0']);
  });

  it('claims no more decimals than its inputs, and fewer where their rounding allows fewer', () => {
    const twoDecimals = monthlyIndex([
      ['2024-01', 100.0, 2],
      ['2025-01', 105.25, 2],
    ]);
    // 100.00 and 105.25: error 0.005 + 0.0053 ≈ 0.01 → two decimals.
    expect(show(yoyChange(twoDecimals).points)[1]).toBe('2025-01 5.25');
    // One input stated to a whole number: no decimals.
    const mixed = monthlyIndex([
      ['2024-01', 100, 0],
      ['2025-01', 104.3],
    ]);
    expect(show(yoyChange(mixed).points)[1]).toBe('2025-01 4');
    // 10.0 → 20.0 doubles, but ±0.05 on each allows 100 × (0.05/10 + 20 × 0.05/100) = ±1.5 points: no decimals.
    const low = monthlyIndex([
      ['2024-01', 10.0],
      ['2025-01', 20.0],
    ]);
    expect(show(yoyChange(low).points)[1]).toBe('2025-01 100');
  });

  it('refuses an index near zero and a zero base', () => {
    const series = monthlyIndex([
      ['2023-01', 0.0],
      ['2024-01', 0.4],
      ['2025-01', 0.5],
    ]);
    // 0.4 → 0.5 reads +25 %, but 0.45 → 0.45 and 0.35 → 0.55 round to the same figures.
    expect(show(yoyChange(series).points)).toEqual(['2023-01 too-short', '2024-01 zero-base', '2025-01 too-imprecise']);
  });

  it('needs an index or a quantity', () => {
    const changes = monthlyIndex([['2025-01', 5.2]], { basis: 'yoy', unit: 'pct', baseYear: null });
    expect(show(yoyChange(changes).points)).toEqual(['2025-01 needs-index']);
    const output = monthlyIndex(
      [
        ['2024-01', 80, 0],
        ['2025-01', 100, 0],
      ],
      { basis: 'level', unit: 'qty', baseYear: null },
    );
    expect(show(yoyChange(output).points)[1]).toBe('2025-01 25');
  });
});

describe('month-on-month change', () => {
  it('compares with the previous month; the first month and a gap have none', () => {
    const series = monthlyIndex([
      ['2025-01', 100.0],
      ['2025-02', 102.0],
      ['2025-03', 96.9],
      ['2025-05', 97.0],
    ]);
    // 102.0 / 100.0 → +2.0; 96.9 / 102.0 = 0.95 → −5.0.
    expect(show(momChange(series).points)).toEqual(['2025-01 too-short', '2025-02 2.0', '2025-03 -5.0', '2025-05 missing-month']);
  });

  it('needs months', () => {
    const quarters = { ...monthlyIndex([]), kind: 'quarter' as const, points: [{ period: '2025-Q1', value: 100 }] };
    expect(show(momChange(quarters).points)).toEqual(['2025-Q1 needs-months']);
  });
});

describe('year-to-date change', () => {
  const series = monthlyIndex([
    ['2024-01', 100.0],
    ['2024-02', 100.0],
    ['2024-04', 100.0],
    ['2025-01', 110.0],
    ['2025-02', 90.0],
    ['2025-03', 95.0],
  ]);

  it('sums Jan..m against the same months last year, January alone included', () => {
    const result = ytdChange(series);
    expect(result).toMatchObject({ kind: 'cumulative', basis: 'yoy', unit: 'pct' });
    // Jan: 110 / 100 → +10.0. Jan–Feb: 200 / 200 → 0.0 (error 0.05 + 0.05 = 0.1 → one decimal).
    expect(show(result.points).slice(3, 5)).toEqual(['2025-01..2025-01 10.0', '2025-01..2025-02 0.0']);
  });

  it('has no value where any month of either year is missing, or last year is before the series', () => {
    const points = show(ytdChange(series).points);
    expect(points.slice(0, 3)).toEqual(['2024-01..2024-01 too-short', '2024-01..2024-02 too-short', '2024-01..2024-04 too-short']);
    expect(points[5]).toBe('2025-01..2025-03 missing-month');
  });
});
