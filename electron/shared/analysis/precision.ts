// Honest precision. A stated value is exact only to half a unit of its last decimal; each result
// carries the worst-case error those roundings allow (first-order), and shows digits up to the
// first one that error could change, never more than its least precise input.
import { unvalued, type OutputPoint } from './model.js';

export interface Estimate {
  value: number;
  /** Worst-case absolute error from the inputs' rounding. */
  error: number;
  /** The fewest decimals among the inputs: the most a result may show. */
  decimals: number;
}

const MAX_DECIMALS = 10;

/** Rounds half away from zero on the decimal value (5.55 → 5.6), tolerant of binary fractions. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + 1e-12))) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The decimals a number is written with: 104.3 → 1, 100 → 0. */
export function decimalsOf(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) if (roundTo(value, d) === value) return d;
  return MAX_DECIMALS;
}

/** A value as stated to `decimals` places: within half a unit of its last place. */
export const stated = (value: number, decimals = decimalsOf(value)): Estimate => ({ value, error: 0.5 * 10 ** -decimals, decimals });

export function quotient(a: Estimate, b: Estimate): Estimate {
  return {
    value: a.value / b.value,
    error: a.error / Math.abs(b.value) + (Math.abs(a.value) * b.error) / (b.value * b.value),
    decimals: Math.min(a.decimals, b.decimals),
  };
}

export function product(a: Estimate, b: Estimate): Estimate {
  return { value: a.value * b.value, error: Math.abs(a.value) * b.error + Math.abs(b.value) * a.error, decimals: Math.min(a.decimals, b.decimals) };
}

/** Multiplies by an exact number. */
export const scaled = (a: Estimate, factor: number): Estimate => ({ ...a, value: a.value * factor, error: a.error * Math.abs(factor) });

/** Adds an exact number. */
export const shifted = (a: Estimate, amount: number): Estimate => ({ ...a, value: a.value + amount });

export function sumOf(estimates: Estimate[]): Estimate {
  return estimates.reduce((total, e) => ({ value: total.value + e.value, error: total.error + e.error, decimals: Math.min(total.decimals, e.decimals) }), {
    value: 0,
    error: 0,
    decimals: MAX_DECIMALS,
  });
}

export const meanOf = (estimates: Estimate[]): Estimate => scaled(sumOf(estimates), 1 / estimates.length);

/** a as a percentage of b: 100 × a / b. */
export const percentOf = (a: Estimate, b: Estimate): Estimate => scaled(quotient(a, b), 100);

/** The % change from b to a: 100 × (a / b − 1). */
export const percentChange = (a: Estimate, b: Estimate): Estimate => shifted(percentOf(a, b), -100);

/** Decimals the error allows (the first digit it could change is the last shown), capped by the inputs'; null when not even units are sure. */
export function honestDecimals(error: number, cap: number): number | null {
  if (!Number.isFinite(error)) return null;
  if (error === 0) return cap;
  const allowed = -Math.floor(Math.log10(error)) || 0; // never -0
  return allowed < 0 ? null : Math.min(allowed, cap);
}

/** The output point for an estimate: rounded to its honest decimals, or 'too-imprecise'. */
export function measuredPoint(period: string, estimate: Estimate): OutputPoint {
  const decimals = Number.isFinite(estimate.value) ? honestDecimals(estimate.error, estimate.decimals) : null;
  if (decimals === null) return unvalued(period, 'too-imprecise');
  return { period, value: roundTo(estimate.value, decimals), decimals };
}
