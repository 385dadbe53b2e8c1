// The arithmetic of the consistency checks, on values with their rounding (Estimate: value and
// worst-case error). Indices are on 100 (a year-on-year change of +8.3 % is 108.3). Pure: the unit
// tests compute each by hand.
import { percentOf, product, quotient, scaled, stated, sumOf, type Estimate } from '../../shared/analysis/precision.js';

/** a − b, both stated: the errors add. */
export const difference = (a: Estimate, b: Estimate): Estimate => sumOf([a, scaled(b, -1)]);

/** A quantity over a cumulative period from its months: Σ months. */
export const sumOfMonths = (months: Estimate[]): Estimate => sumOf(months);

/** A cumulative period's year-on-year index from quantities: 100 × Σ this year's months / Σ last year's. */
export const ratioOfSums = (thisYear: Estimate[], lastYear: Estimate[]): Estimate => percentOf(sumOf(thisYear), sumOf(lastYear));

/**
 * A cumulative period's year-on-year index from its months' year-on-year indices r₁…rₘ, weighted
 * by last year's levels. Last year's levels are known up to a factor from last year's
 * month-on-month indices (L₁ = 1, Lₖ = Lₖ₋₁ × momₖ / 100), which is all a ratio of sums needs:
 * Σ rₖ Lₖ / Σ Lₖ (= 100 × Σ this year / Σ last year, since this year's level is rₖ Lₖ / 100).
 * `lastYearMoms` holds mom₂…momₘ (January's is not needed).
 */
export function weightedMonths(yoyIndices: Estimate[], lastYearMoms: Estimate[]): Estimate {
  if (lastYearMoms.length !== yoyIndices.length - 1) throw new Error('weightedMonths: needs one month-on-month index per month after January');
  const levels = [1];
  for (const mom of lastYearMoms) levels.push(levels[levels.length - 1]! * (mom.value / 100));
  const total = levels.reduce((a, b) => a + b, 0);
  const value = yoyIndices.reduce((sum, r, k) => sum + r.value * levels[k]!, 0) / total;
  // First-order worst case, exactly: ∂V/∂rₖ = Lₖ / ΣL; a month-on-month index momⱼ scales every
  // level from its month on, so ∂V/∂momⱼ = Σₖ≥ⱼ (rₖ − V) Lₖ / (ΣL × momⱼ). The weights' errors
  // count little: they only move the mean between months that differ.
  let error = yoyIndices.reduce((sum, r, k) => sum + (levels[k]! * r.error) / total, 0);
  lastYearMoms.forEach((mom, i) => {
    let moved = 0;
    for (let k = i + 1; k < yoyIndices.length; k++) moved += (yoyIndices[k]!.value - value) * levels[k]!;
    error += (Math.abs(moved) / (total * mom.value)) * mom.error;
  });
  const decimals = Math.min(...yoyIndices.map((r) => r.decimals), ...lastYearMoms.map((m) => m.decimals));
  return { value, error, decimals };
}

/**
 * Month m's month-on-month index from consecutive year-on-year indices: this year's level ratio
 * Iₘ / Iₘ₋₁ is last year's (momₘ a year earlier) times yoyₘ / yoyₘ₋₁.
 */
export const momFromYoy = (yoyPrevious: Estimate, yoyNow: Estimate, momLastYear: Estimate): Estimate => product(momLastYear, quotient(yoyNow, yoyPrevious));

/** The whole's growth from its parts' contributions (percentage points): their sum. */
export const sumOfContributions = (contributions: Estimate[]): Estimate => sumOf(contributions);

export interface Comparison {
  /** stated − computed. */
  gap: number;
  /** The largest gap the roundings allow: the two errors summed. */
  tolerance: number;
  /** True when the gap is beyond the tolerance (with a hair of slack for binary fractions). */
  beyond: boolean;
}

export function compare(a: Estimate, b: Estimate): Comparison {
  const gap = a.value - b.value;
  const tolerance = a.error + b.error;
  return { gap, tolerance, beyond: Math.abs(gap) > tolerance + 1e-9 };
}

/** A value taken as exact (a chain's starting level). */
export const exact = (value: number): Estimate => ({ value, error: 0, decimals: 10 });

/** A stated value on 100: a % change (8.3) as an index (108.3), with the same rounding. */
export const indexOfChange = (percent: number, decimals: number): Estimate => stated(100 + percent, decimals);
