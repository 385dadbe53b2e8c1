import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period.js';
import { yoyChange } from './changes.js';
import { allowsTet, tetChange, tetPeriod, tetYears } from './tet.js';
import { monthlyIndex, show } from './test-series.js';

/** Tết in February 2024, in January 2025: single months swing, the pair does not. */
const series = monthlyIndex([
  ['2024-01', 100.0],
  ['2024-02', 80.0],
  ['2025-01', 85.0],
  ['2025-02', 104.0],
  ['2026-01', 99.0],
]);

describe('Tết: January and February together', () => {
  it('is the cumulative Jan–Feb period, which the period notation reads back', () => {
    expect(tetPeriod(2025).code).toBe('2025-01..2025-02');
    expect(parsePeriod('2025-01..2025-02')).toEqual(tetPeriod(2025));
  });

  it('compares Jan+Feb with last year’s Jan+Feb', () => {
    expect(show(yoyChange(series).points).slice(2, 4)).toEqual(['2025-01 -15.0', '2025-02 30.0']);
    const result = tetChange(series);
    expect(result).toMatchObject({ kind: 'cumulative', basis: 'yoy', unit: 'pct' });
    // (85.0 + 104.0) / (100.0 + 80.0) = 189 / 180 → +5.0 %.
    expect(show(result.points)).toEqual(['2024-01..2024-02 too-short', '2025-01..2025-02 5.0', '2026-01..2026-02 missing-month']);
  });

  it('says which years the data allow', () => {
    expect(tetYears(series)).toEqual([2025]);
    expect(allowsTet(series)).toBe(true);
    expect(allowsTet(monthlyIndex(series.points.slice(0, 3).map((p): [string, number] => [p.period, p.value])))).toBe(false);
    expect(allowsTet({ ...series, basis: 'yoy', unit: 'pct' })).toBe(false);
  });
});
