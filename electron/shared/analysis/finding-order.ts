// The order findings are shown in, shared by the checks worker (which pages them) and the renderer:
// revisions largest first, by a size comparable across units.
import type { Finding } from '../contract/analysis.js';

/**
 * How large a revision is, comparable across units: a change (%, pp) or an index by its gap in
 * points; a quantity by its gap as a percentage of the first estimate (tonnes are not points).
 */
export function revisionSize(f: Pick<Finding, 'figure' | 'gap' | 'against'>): number {
  if (f.figure.unit !== 'qty') return Math.abs(f.gap);
  const first = Math.abs(f.against.value);
  return first === 0 ? Infinity : (100 * Math.abs(f.gap)) / first;
}

/** Revisions largest first; equal sizes keep the report's order. */
export function sortRevisions(revisions: readonly Finding[]): Finding[] {
  return revisions
    .map((f, i) => ({ f, i, size: revisionSize(f) }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .map((x) => x.f);
}
