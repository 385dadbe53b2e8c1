// After a release: every slide of a deck drawn again from the store, and the numbers that changed
// since the deck was last drawn listed slide by slide (slide 3, Jan–Nov 2025, manufacturing:
// 10.6 → 10.7), so the user sees them before exporting again.
import type { SlideChange } from '../../shared/contract/export.js';
import type { ChartSpec } from '../../shared/export/chart-spec.js';
import type { ShownValue } from './baskets-repository.js';

/** The numbers a spec shows, as kept with its slide. */
export const shownValues = (spec: ChartSpec): ShownValue[] =>
  spec.rows.map((r) => ({ subject: r.subject, period: r.period, periodLabel: r.periodLabel, value: r.value }));

/** What differs between what a slide showed and what it shows now: changed, new and gone numbers. */
export function changesOf(slide: number, slideTitle: string, before: ShownValue[], after: ShownValue[]): SlideChange[] {
  const key = (v: ShownValue): string => `${v.subject}\u0000${v.period}`;
  const then = new Map(before.map((v) => [key(v), v]));
  const now = new Map(after.map((v) => [key(v), v]));
  const changes: SlideChange[] = [];
  for (const [k, v] of now) {
    const old = then.get(k);
    if (!old || old.value !== v.value)
      changes.push({ slide, slideTitle, subject: v.subject, period: v.period, periodLabel: v.periodLabel, before: old?.value ?? null, after: v.value });
  }
  for (const [k, v] of then)
    if (!now.has(k)) changes.push({ slide, slideTitle, subject: v.subject, period: v.period, periodLabel: v.periodLabel, before: v.value, after: null });
  return changes;
}
