import { describe, expect, it } from 'vitest';
import { decimalsOf, honestDecimals, measuredPoint, meanOf, percentChange, roundTo, stated } from './precision.js';

describe('precision', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundTo(5.55, 1)).toBe(5.6);
    expect(roundTo(-5.55, 1)).toBe(-5.6);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
  });

  it('reads the decimals a number is written with', () => {
    expect([decimalsOf(104.3), decimalsOf(100), decimalsOf(0.25), decimalsOf(-3.125)]).toEqual([1, 0, 2, 3]);
  });

  it('takes a stated value as exact to half a unit of its last place', () => {
    expect(stated(104.3, 1)).toEqual({ value: 104.3, error: 0.05, decimals: 1 });
    expect(stated(100, 0).error).toBe(0.5);
  });

  it('bounds a % change by both inputs’ rounding', () => {
    // 100 × (0.05 / 100 + 105 × 0.05 / 100²) = 0.1025.
    const change = percentChange(stated(105, 1), stated(100, 1));
    expect(change.value).toBeCloseTo(5, 10);
    expect(change.error).toBeCloseTo(0.1025, 10);
  });

  it('gives a mean the mean error and the fewest decimals', () => {
    expect(meanOf([stated(1, 1), stated(2, 2), stated(6, 1)])).toEqual({ value: 3, error: (0.05 + 0.005 + 0.05) / 3, decimals: 1 });
  });

  it('shows digits up to the first the error could change, capped by the inputs', () => {
    expect(honestDecimals(0.1025, 1)).toBe(1);
    expect(honestDecimals(0.0103, 3)).toBe(2);
    expect(honestDecimals(0.0103, 1)).toBe(1);
    expect(honestDecimals(1.5, 1)).toBe(0);
    expect(honestDecimals(12, 1)).toBeNull();
    expect(honestDecimals(0, 2)).toBe(2);
    expect(honestDecimals(Infinity, 2)).toBeNull();
  });

  it('makes a rounded point, or says the inputs are too coarse', () => {
    expect(measuredPoint('2025-01', { value: 5.2631, error: 0.1, decimals: 1 })).toEqual({ period: '2025-01', value: 5.3, decimals: 1 });
    expect(measuredPoint('2025-01', { value: 25, error: 28, decimals: 1 })).toEqual({ period: '2025-01', value: null, reason: 'too-imprecise' });
  });
});
