// Ranked figures (one per section, industry, locality or product) as a bar model: highest
// first, ties by name so the order never flickers, and the room each bar's name needs.
import type { FigureValue, RankingRow } from '../contract/figures.js';
import { subjectName } from '../format.js';
import type { Lang } from '../lang.js';
import { wrapLabel } from './labels.js';

export interface RankedBar {
  name: string;
  /** Codes, for stable keys and tests. */
  geo: string;
  item: string;
  figure: FigureValue;
}

/** Highest first; ties by name so the order never flickers. */
export function rankBars(rows: RankingRow[], lang: Lang): RankedBar[] {
  return rows
    .map((r) => ({ name: subjectName(r.geo, r.item, lang), geo: r.geo.code, item: r.item.code, figure: r.figure }))
    .sort((a, b) => b.figure.value - a.figure.value || a.name.localeCompare(b.name, lang));
}

/** The `n` strongest and `n` weakest, highest first; everything when there are no more than 2n. */
export function strongestAndWeakest(bars: RankedBar[], n: number): RankedBar[] {
  if (bars.length <= 2 * n) return bars;
  return [...bars.slice(0, n), ...bars.slice(bars.length - n)];
}

/** Which bars a ranking shows: all, the `n` highest, the `n` lowest, or both ends. */
export const RANKING_SHOWS = ['all', 'top', 'bottom', 'both'] as const;
export type RankingShow = (typeof RANKING_SHOWS)[number];
export const RANKING_SIZES = [5, 10, 15] as const;

/** The bars to draw, still highest first; each bar at most once, however short the list. */
export function shownBars(bars: RankedBar[], show: RankingShow, n: number): RankedBar[] {
  const count = Math.max(1, Math.trunc(n));
  switch (show) {
    case 'all':
      return bars;
    case 'top':
      return bars.slice(0, count);
    case 'bottom':
      return bars.slice(Math.max(0, bars.length - count));
    case 'both':
      return strongestAndWeakest(bars, count);
  }
}

/** Characters per line of a bar's name before it wraps. */
export const NAME_WIDTH = 30;

const LINE_PX = 15;
const AXIS_PX = 64;

/** Chart height that gives every bar room for its (wrapped) name. */
export function rankingHeight(bars: RankedBar[]): number {
  const lines = Math.max(1, ...bars.map((b) => wrapLabel(b.name, NAME_WIDTH).length));
  return Math.max(140, bars.length * Math.max(26, lines * LINE_PX + 8) + AXIS_PX);
}
