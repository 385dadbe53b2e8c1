// The Checks view narrowed to one series on one basis (as a chart's marks link to it), kept while
// other tabs are open; null shows every finding.
import type { Basis, Unit } from '@shared/domain.js';
import type { Lang } from '@shared/lang.js';
import { createStore } from '../../state/createStore.js';
import { openTab } from '../../state/navigation.js';

export interface SeriesFilter {
  seriesId: number;
  basis: Basis;
  /** The unit of the chart it came from, for the heading (findings of every unit of the basis are kept). */
  unit: Unit;
  /** The series' name in each language, for the view's heading. */
  name: Record<Lang, string>;
}

export const checksFilterStore = createStore<SeriesFilter | null>(null);

/** Opens Checks on one series' findings. */
export function showSeriesChecks(filter: SeriesFilter): void {
  checksFilterStore.set(filter);
  openTab('checks');
}

export const clearChecksFilter = (): void => checksFilterStore.set(null);
