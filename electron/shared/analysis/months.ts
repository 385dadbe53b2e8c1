// Month codes (YYYY-MM) as consecutive whole numbers, so months can be counted and stepped.
import { monthCode } from '../period.js';

/** Months since year 0: 2025-01 → 2025 × 12. */
export const monthOrdinal = (code: string): number => Number(code.slice(0, 4)) * 12 + Number(code.slice(5, 7)) - 1;

export const monthFromOrdinal = (ordinal: number): string => monthCode(Math.floor(ordinal / 12), (ordinal % 12) + 1);

export const shiftMonth = (code: string, months: number): string => monthFromOrdinal(monthOrdinal(code) + months);

/** Month codes from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let i = monthOrdinal(first); i <= monthOrdinal(last); i++) months.push(monthFromOrdinal(i));
  return months;
}

export const yearOf = (code: string): number => Number(code.slice(0, 4));
export const monthOf = (code: string): number => Number(code.slice(5, 7));
