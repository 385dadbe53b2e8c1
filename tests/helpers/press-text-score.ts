// Precision and recall of the press-text reader against a hand-made list of the figures an article states.
// A found figure matches an expected one when measure, period, basis, unit, value and locality agree and the item
// labels share most of their words (labels are free phrases, so exact equality would be too strict).
import { foldForSearch } from '../../electron/shared/text.js';
import type { RawFigure } from '../../electron/core/import/types.js';

export interface ExpectedFigure {
  item: string;
  geo: string;
  measure: string;
  period: string;
  basis: string;
  unit: string;
  value: number;
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  missed: ExpectedFigure[];
  extra: RawFigure[];
}

const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'industry', 'sector', 'production', 'va', 'nganh']);
const words = (s: string): Set<string> =>
  new Set(
    foldForSearch(s)
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w && !STOP.has(w)),
  );

/** Share of the smaller label's words found in the other (1 for two TOTALs). */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const A = words(a);
  const B = words(b);
  if (A.size === 0 || B.size === 0) return foldForSearch(a) === foldForSearch(b) ? 1 : 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return common / Math.min(A.size, B.size);
}

export function scoreFigures(found: RawFigure[], expected: ExpectedFigure[]): Score {
  const used = new Set<number>();
  const missed: ExpectedFigure[] = [];
  for (const e of expected) {
    let best = -1;
    let bestSim = 0.6;
    found.forEach((f, i) => {
      if (used.has(i)) return;
      if (f.measure !== e.measure || f.period !== e.period || f.basis !== e.basis || f.unit !== e.unit) return;
      if (Math.abs(f.value - e.value) > 1e-9 || foldForSearch(f.geoLabel) !== foldForSearch(e.geo)) return;
      const sim = labelSimilarity(f.itemLabel, e.item);
      if (sim >= bestSim) {
        best = i;
        bestSim = sim;
      }
    });
    if (best >= 0) used.add(best);
    else missed.push(e);
  }
  const matched = expected.length - missed.length;
  return {
    expected: expected.length,
    found: found.length,
    matched,
    precision: found.length ? matched / found.length : 1,
    recall: expected.length ? matched / expected.length : 1,
    missed,
    extra: found.filter((_, i) => !used.has(i)),
  };
}

/** Sums scores over several articles (micro-average). */
export function combineScores(scores: Score[]): Score {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  return {
    expected,
    found,
    matched,
    precision: found ? matched / found : 1,
    recall: expected ? matched / expected : 1,
    missed: scores.flatMap((s) => s.missed),
    extra: scores.flatMap((s) => s.extra),
  };
}
