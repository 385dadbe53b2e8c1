// A shown value's arithmetic, alone (no store, no schema library): the shown unit of a stored one,
// rounding, and when two stated values are one figure. select.ts chooses with them; so do the
// points kept at write time (point-choice.ts), which a migration fills.
import type { Basis, Unit } from '../../shared/domain-terms.js';

/** The unit a figure is shown in for its basis. */
export function shownUnit(basis: Basis, storedUnit: Unit): Unit {
  return (basis === 'yoy' || basis === 'mom') && storedUnit === 'index' ? 'pct' : storedUnit;
}

/** `value` rounded to `decimals` places; a value that rounds to nothing is 0, never -0 (SQLite keeps no sign of zero). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f + 0;
}

/** Two published values are the same figure when they differ by at most half a unit of the coarser rounding. */
export function agreeUpToRounding(a: number, aDecimals: number, b: number, bDecimals: number): boolean {
  const coarser = Math.min(aDecimals, bDecimals);
  return Math.abs(a - b) <= 0.5 * 10 ** -coarser + 1e-9;
}
