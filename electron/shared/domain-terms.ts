// The domain's terms (bases, units, measures, kinds, statuses): plain constants, no schema
// library, so that code reading a command line (iip get) can check words against them cheaply.
// domain.ts re-exports them with the shapes built on them.

/** What a figure compares against. `level` is a plain quantity (product output). */
export const BASES = ['yoy', 'mom', 'base', 'level'] as const;
export type Basis = (typeof BASES)[number];

/** pct: % change; index: comparison base = 100; pp: percentage points of contribution; qty: physical output. */
export const UNITS = ['pct', 'index', 'pp', 'qty'] as const;
export type Unit = (typeof UNITS)[number];

export const MEASURES = ['iip', 'output', 'contribution'] as const;
export type Measure = (typeof MEASURES)[number];

export const ITEM_KINDS = ['total', 'section', 'division', 'product'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const GEO_KINDS = ['country', 'province', 'locality'] as const;
export type GeoKind = (typeof GEO_KINDS)[number];

/** Publication status, as the statistics office labels it: ước tính, sơ bộ, chính thức. */
export const STATUSES = ['estimate', 'preliminary', 'official'] as const;
export type Status = (typeof STATUSES)[number];

export { PERIOD_KINDS, type PeriodKind } from './period.js';

export const COUNTRY_CODE = 'VN';
export const TOTAL_ITEM = 'TOTAL';

/** ISO date YYYY-MM-DD (its shape only: isCalendarDate also checks that the day exists). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** A date YYYY-MM-DD that is on the calendar: month 01–12, a day the month has (2024-02-29 yes, 2025-02-29 no). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
