// The whole country's figure a ranking is measured against: the whole industry's index change for
// the same period and basis (products have none, as there is no whole-country product).
import type { FigureValue, RankingGroup } from '@shared/contract/figures.js';
import { COUNTRY_CODE, TOTAL_ITEM, type Basis, type Unit } from '@shared/domain.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';

export interface NationalReference {
  figure: FigureValue | null;
  /** Why there is no line: products have no reference, or the store has no such figure; null while asking or when there is one. */
  missing: 'product' | 'no-figure' | null;
}

/**
 * What to draw from the answer (undefined while asking): a figure in another unit than the bars
 * (an index beside % changes) would mislead, so it counts as missing.
 */
export function nationalReference(group: RankingGroup, answer: FigureValue | null | undefined, unit: Unit | null): NationalReference {
  if (group === 'product') return { figure: null, missing: 'product' };
  if (answer === undefined) return { figure: null, missing: null };
  const figure = answer && (unit === null || answer.unit === unit) ? answer : null;
  return { figure, missing: figure ? null : 'no-figure' };
}

export function useNationalReference(group: RankingGroup, period: string | null, basis: Basis, unit: Unit | null): NationalReference {
  const input = group === 'product' || !period ? null : { geo: COUNTRY_CODE, item: TOTAL_ITEM, measure: 'iip' as const, period, basis };
  const { data, dataKey } = useBridgeQuery('figures:get', input);
  const current = input !== null && dataKey === JSON.stringify(input);
  return nationalReference(group, current ? data : undefined, unit);
}
