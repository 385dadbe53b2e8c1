import { describe, expect, it } from 'vitest';
import { movingAverage } from './averages.js';
import { yoyChange } from './changes.js';
import { asInput, isIndex, isLevel, type TransformedSeries } from './model.js';
import { monthlyIndex, show } from './test-series.js';

describe('transformation results', () => {
  it('feed a further transformation, leaving out the points without a value', () => {
    const result: TransformedSeries = {
      kind: 'month',
      basis: 'base',
      unit: 'index',
      basePeriod: '2020',
      points: [
        { period: '2025-01', value: null, reason: 'missing-month' },
        { period: '2025-02', value: 101.5, decimals: 1 },
      ],
    };
    expect(asInput(result)).toEqual({
      kind: 'month',
      basis: 'base',
      unit: 'index',
      baseYear: 2020,
      points: [{ period: '2025-02', value: 101.5, decimals: 1 }],
    });
    expect(asInput({ ...result, basePeriod: '2019-01' }).baseYear).toBeNull();
  });

  it('chain: year-on-year changes, then their 3-month average', () => {
    const index = monthlyIndex([
      ['2024-01', 100.0],
      ['2024-02', 100.0],
      ['2024-03', 100.0],
      ['2025-01', 101.0],
      ['2025-02', 102.0],
      ['2025-03', 106.0],
    ]);
    // yoy +1.0, +2.0, +6.0 → their average 3.0.
    expect(show(movingAverage(asInput(yoyChange(index)), 3).points)).toEqual(['2025-01 too-short', '2025-02 too-short', '2025-03 3.0']);
  });

  it('tells an index and a quantity from changes', () => {
    expect([isIndex({ basis: 'base', unit: 'index' }), isIndex({ basis: 'level', unit: 'qty' }), isLevel({ basis: 'level', unit: 'qty' })]).toEqual([
      true,
      false,
      true,
    ]);
    expect(isLevel({ basis: 'yoy', unit: 'pct' })).toBe(false);
  });
});
