// Pure shaping of the checks' findings for the view: revisions largest first, the figure's name in the
// UI language, and how many rows to show.
import type { CheckedFigure, Finding } from '@shared/contract/analysis.js';
import { COUNTRY_CODE, TOTAL_ITEM } from '@shared/domain.js';
import type { Lang } from '@shared/lang.js';

/** Findings shown per kind before "show more", and per press of it. */
export const PAGE_SIZE = 100;
/** Revisions shown before "show all". */
export const REVISIONS_SHOWN = 50;

export { revisionSize, sortRevisions } from '@shared/analysis/finding-order.js';

/**
 * The figure's name: the industry or product in the UI language (Vietnamese names as written),
 * then the place, whose name keeps its Vietnamese spelling; the country is left out.
 */
export function figureName(figure: Pick<CheckedFigure, 'geo' | 'item'>, lang: Lang): string {
  const { geo, item } = figure;
  const itemName = lang === 'vi' ? item.nameVi : item.nameEn || item.nameVi;
  if (geo.code === COUNTRY_CODE) return itemName;
  if (item.code === TOTAL_ITEM) return geo.nameVi;
  return `${itemName} — ${geo.nameVi}`;
}

/** The decimals a gap is shown with: the finer of the two values'. */
export const gapDecimals = (f: Finding): number => Math.max(f.stated.decimals, f.against.decimals);

/** The decimals a tolerance needs to show without rounding away (0.055 → 3), at most 4. */
export function toleranceDecimals(tolerance: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(tolerance * 10 ** d) - tolerance * 10 ** d) < 1e-9) return d;
  return 4;
}

/**
 * The decimals a finding's tolerance is shown with: one more than its values (at least two), or
 * fewer when the tolerance is exact with fewer (0.055 → 3; 0.2186 beside one-decimal values → 2).
 */
export const toleranceShownDecimals = (f: Finding): number => Math.min(toleranceDecimals(f.tolerance), Math.max(gapDecimals(f) + 1, 2));

/** The next limit after "show more": one page further, never past the total. */
export const moreShown = (shown: number, total: number): number => Math.min(total, shown + PAGE_SIZE);
