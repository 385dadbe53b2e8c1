// How a series is laid out in time: over a date range on the time axis, or as this year against
// the year before over January–December. Kept in Explore's state; pure.
import { offeredRange, resolveRange, type MonthSpan, type RangeSpec } from '@shared/analysis/date-range.js';

export interface TimeFrame {
  /** The date range of the time axis and the tables. */
  range: RangeSpec;
  /** This year against last year instead of the time axis. */
  yearLines: boolean;
  /** The year drawn against the one before; null for the latest. */
  year: number | null;
}

export const initialTimeFrame: TimeFrame = { range: 'all', yearLines: false, year: null };

/** The months shown (chart and tables): the range (everything once the data no longer offer it), or with year lines the two years drawn. */
export function shownSpan(frame: TimeFrame, periods: readonly string[], year: number | null): MonthSpan {
  if (frame.yearLines && year !== null) return { from: `${year - 1}-01`, to: `${year}-12` };
  return resolveRange(offeredRange(frame.range, periods), periods);
}
