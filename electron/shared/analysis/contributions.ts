// Contributions to growth. A section's contribution to the whole industry's growth, in percentage
// points, is its weight (its share of the whole industry's value added, in percent) times its
// growth: c = w / 100 × g. Computed contributions are compared with those a release states, and
// their sum with the whole industry's growth, each within what the roundings allow (half a unit of
// every stated value's last decimal, carried through). Pure: the unit tests compute each by hand.
import { percentOf, product, scaled, sumOf, type Estimate } from './precision.js';

/** One section of one period: its growth, the weight used for it, the contribution a release states. */
export interface SectionTerms {
  code: string;
  growth: Estimate | null;
  weight: Estimate | null;
  stated: Estimate | null;
}

/** a − b and the largest gap the two roundings allow; `beyond` when the gap exceeds it. */
export interface Difference {
  difference: number;
  allowance: number;
  beyond: boolean;
}

export interface SectionContribution extends SectionTerms {
  /** weight / 100 × growth, or null when either is unknown. */
  computed: Estimate | null;
  /** stated − computed, when both are known. */
  versusStated: Difference | null;
}

export interface PeriodContributions {
  sections: SectionContribution[];
  total: Estimate | null;
  /** Σ computed, only when every section has one (a partial sum proves nothing). */
  sumComputed: Estimate | null;
  /** Σ computed − total growth. */
  sumVersusTotal: Difference | null;
  /** No section has a weight: nothing can be computed. */
  noWeights: boolean;
}

export function differenceOf(a: Estimate, b: Estimate): Difference {
  const difference = a.value - b.value;
  const allowance = a.error + b.error;
  // a hair of slack for binary fractions (8.8 − 8.7 is not exactly 0.1)
  return { difference, allowance, beyond: Math.abs(difference) > allowance + 1e-9 };
}

/** c = w / 100 × g, with the error both roundings allow. */
export const contributionOf = (weight: Estimate, growth: Estimate): Estimate => scaled(product(weight, growth), 1 / 100);

export function computeContributions(total: Estimate | null, sections: SectionTerms[]): PeriodContributions {
  const computedSections = sections.map((s): SectionContribution => {
    const computed = s.weight && s.growth ? contributionOf(s.weight, s.growth) : null;
    return { ...s, computed, versusStated: computed && s.stated ? differenceOf(s.stated, computed) : null };
  });
  const parts = computedSections.map((s) => s.computed);
  const sumComputed = parts.length > 0 && parts.every((p) => p !== null) ? sumOf(parts as Estimate[]) : null;
  return {
    sections: computedSections,
    total,
    sumComputed,
    sumVersusTotal: sumComputed && total ? differenceOf(sumComputed, total) : null,
    noWeights: sections.every((s) => s.weight === null),
  };
}

/**
 * Growth is "near zero" when its own rounding alone could move it by a tenth or more: then the
 * ratio contribution / growth says little about the weight (growth 0.3 stated to one decimal is
 * anywhere from 0.25 to 0.35, a weight anywhere in a range ±17 %).
 */
export const NEAR_ZERO_RATIO = 10;

export type ImpliedWeight = { weight: Estimate } | { weight: null; reason: 'growth-near-zero' | 'opposite-signs' };

/**
 * The weight a release implies when it states both a section's contribution and its growth for
 * the same period: w = 100 × c / g. Refused when growth is near zero (see NEAR_ZERO_RATIO), or
 * when contribution and growth have opposite signs (no share of the whole is negative).
 */
export function impliedWeight(contribution: Estimate, growth: Estimate): ImpliedWeight {
  if (Math.abs(growth.value) < NEAR_ZERO_RATIO * growth.error) return { weight: null, reason: 'growth-near-zero' };
  const weight = percentOf(contribution, growth);
  if (weight.value < 0) return { weight: null, reason: 'opposite-signs' };
  return { weight };
}
