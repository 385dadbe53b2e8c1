// The consistency checks' arithmetic, each expectation computed by hand.
import { describe, expect, it } from 'vitest';
import {
  compare,
  difference,
  indexOfChange,
  momFromYoy,
  ratioOfSums,
  sumOfContributions,
  sumOfMonths,
  weightedMonths,
} from '../../electron/core/analysis/arithmetic.js';
import { stated } from '../../electron/shared/analysis/precision.js';

describe('ytd-vs-months arithmetic', () => {
  it('sums quantities, each exact to half a unit of its last decimal', () => {
    // 100.0 + 200.0 + 300.0 = 600.0; three roundings of ±0.05 add up to ±0.15.
    const sum = sumOfMonths([stated(100, 1), stated(200, 1), stated(300, 1)]);
    expect(sum.value).toBe(600);
    expect(sum.error).toBeCloseTo(0.15, 12);
    // A stated 600.0 agrees (tolerance 0.15 + 0.05); a stated 610.0 is 10 beyond it.
    expect(compare(stated(600, 1), sum)).toMatchObject({ gap: 0, beyond: false });
    expect(compare(stated(610, 1), sum)).toMatchObject({ gap: 10, beyond: true });
    expect(compare(stated(610, 1), sum).tolerance).toBeCloseTo(0.2, 12);
  });

  it('corrects an earlier cumulative by a revised month: now less then, both roundings', () => {
    // July first 3346.5, now 3119.8: the cumulative loses 226.7 (±0.1).
    const change = difference(stated(3119.8, 1), stated(3346.5, 1));
    expect(change.value).toBeCloseTo(-226.7, 9);
    expect(change.error).toBeCloseTo(0.1, 12);
  });

  it('gives a year-on-year index from quantities as a ratio of sums', () => {
    // (110 + 99) / (100 + 90) = 209 / 190 = 1.1 → 110.
    const ratio = ratioOfSums([stated(110, 0), stated(99, 0)], [stated(100, 0), stated(90, 0)]);
    expect(ratio.value).toBeCloseTo(110, 9);
    // Error of a/b: e_a/b + a e_b/b² = 1/190 + 209 × 1/190² = 0.0052632 + 0.0057895, times 100.
    expect(ratio.error).toBeCloseTo(100 * (1 / 190 + 209 / 190 ** 2), 9);
  });

  it("weighs months' year-on-year indices by last year's levels, chained from its month-on-month indices", () => {
    // Last year: L1 = 1, L2 = 0.9 (February −10 %), L3 = 0.9 × 1.2 = 1.08 (March +20 %).
    // This year: +10 %, +10 %, +20 % on those months → (110 + 99 + 129.6) / 2.98 = 338.6 / 2.98.
    const ytd = weightedMonths([indexOfChange(10, 1), indexOfChange(10, 1), indexOfChange(20, 1)], [indexOfChange(-10, 1), indexOfChange(20, 1)]);
    expect(ytd.value).toBeCloseTo(338.6 / 2.98, 9);
    expect(ytd.value - 100).toBeCloseTo(13.6242, 4);
    // Each index is ±0.05, so the months give 0.05 × ΣL / ΣL = 0.05. February's −10 % moves L2 and L3:
    // ((110 − V) × 0.9 + (120 − V) × 1.08) / (2.98 × 90) = 3.62408 / 268.2 = 0.013513 per point;
    // March's +20 % moves L3: (120 − V) × 1.08 / (2.98 × 120) = 0.019256; each ±0.05.
    expect(ytd.error).toBeCloseTo(0.05 + 0.05 * (0.013513 + 0.019256), 5);
    // January alone needs no weights: the cumulative is January's index.
    expect(weightedMonths([indexOfChange(10, 1)], []).value).toBeCloseTo(110, 12);
    expect(() => weightedMonths([indexOfChange(10, 1)], [indexOfChange(1, 1)])).toThrow(/one month-on-month index per month after January/);
  });

  it('an earlier cumulative stands for each of its months', () => {
    // Jan..Feb at 110 on levels 1 and 0.9 is 209 on 1.9; March +20 % on 1.08: (209 + 129.6) / 2.98, the same as from the months.
    const fromEarlier = weightedMonths([stated(110, 1), stated(110, 1), stated(120, 1)], [stated(90, 1), stated(120, 1)]);
    expect(fromEarlier.value).toBeCloseTo(338.6 / 2.98, 9);
  });
});

describe('mom-vs-yoy arithmetic', () => {
  it('implies the month-on-month change from consecutive year-on-year changes and last year’s', () => {
    // momₘ = momₘ₋₁₂ × yoyₘ / yoyₘ₋₁ = 120 × 120 / 110 = 130.909…: +30.9 %.
    const mom = momFromYoy(indexOfChange(10, 1), indexOfChange(20, 1), indexOfChange(20, 1));
    expect(mom.value).toBeCloseTo(14400 / 110, 9);
    // Error: 120 × e(120/110) + (120/110) × 0.05, e(120/110) = 0.05/110 + 120 × 0.05/110².
    const q = 120 / 110;
    const eq = 0.05 / 110 + (120 * 0.05) / 110 ** 2;
    expect(mom.error).toBeCloseTo(120 * eq + q * 0.05, 12);
    expect(compare(indexOfChange(30.9, 1), mom).beyond).toBe(false);
    expect(compare(indexOfChange(28, 1), mom)).toMatchObject({ beyond: true });
    expect(compare(indexOfChange(28, 1), mom).gap).toBeCloseTo(128 - 14400 / 110, 9);
  });

  it('holds across the turn of the year', () => {
    // December −5 % on a year earlier, January +4 %, last January's month-on-month −10 %:
    // 90 × 104 / 95 = 98.526…: −1.47 %.
    expect(momFromYoy(indexOfChange(-5, 0), indexOfChange(4, 0), indexOfChange(-10, 0)).value - 100).toBeCloseTo(-1.4737, 4);
  });
});

describe('contributions-vs-total arithmetic', () => {
  it('adds the sections’ contributions, each ±0.05', () => {
    const sum = sumOfContributions([stated(-0.6, 1), stated(8.8, 1), stated(0.4, 1), stated(0.2, 1)]);
    expect(sum.value).toBeCloseTo(8.8, 12);
    expect(sum.error).toBeCloseTo(0.2, 12);
    // 8.8 stated for the whole industry: agrees. 9.2 would be 0.4 off, within 0.25? No: beyond.
    expect(compare(stated(8.8, 1), sum).beyond).toBe(false);
    expect(compare(stated(9.2, 1), sum)).toMatchObject({ beyond: true });
    expect(compare(stated(9.2, 1), sum).tolerance).toBeCloseTo(0.25, 12);
  });
});

describe('sources and revisions: two stated values', () => {
  it('tolerates the two roundings summed', () => {
    // 7.1 (±0.05) against 6.76 (±0.005): gap 0.34, tolerance 0.055.
    const c = compare(stated(7.1, 1), stated(6.76, 2));
    expect(c.gap).toBeCloseTo(0.34, 12);
    expect(c.tolerance).toBeCloseTo(0.055, 12);
    expect(c.beyond).toBe(true);
    // 34 against 34.3: the same figure rounded twice (0.3 ≤ 0.5 + 0.05).
    expect(compare(stated(34, 0), stated(34.3, 1)).beyond).toBe(false);
    // At exactly the tolerance, not beyond.
    expect(compare(stated(10.1, 1), stated(10, 1)).beyond).toBe(false);
  });
});
