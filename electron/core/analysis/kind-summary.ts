// The checks run one geography at a time (checks.ts); each run's counts per kind of check add up.
// Every count is over figures or series of one geography, so summing them counts nothing twice.
import type { KindSummary, NotCheckableReason } from '../../shared/contract/analysis.js';

export const emptySummary = (): KindSummary => ({ checked: 0, found: 0, notCheckable: 0, notCheckableBy: {}, seriesChecked: 0, seriesNotCheckable: 0 });

/** The counts of two runs over disjoint figures and series, added. */
export function mergeSummaries(a: KindSummary, b: KindSummary): KindSummary {
  const notCheckableBy: Partial<Record<NotCheckableReason, number>> = { ...a.notCheckableBy };
  for (const [reason, n] of Object.entries(b.notCheckableBy) as [NotCheckableReason, number][]) notCheckableBy[reason] = (notCheckableBy[reason] ?? 0) + n;
  return {
    checked: a.checked + b.checked,
    found: a.found + b.found,
    notCheckable: a.notCheckable + b.notCheckable,
    notCheckableBy,
    seriesChecked: a.seriesChecked + b.seriesChecked,
    seriesNotCheckable: a.seriesNotCheckable + b.seriesNotCheckable,
  };
}
