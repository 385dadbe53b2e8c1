// After an import or an undo the store has changed: every bridge query on screen asks again (the
// version is part of what useBridgeQuery watches), and choices that may point at what is gone
// (the selected series, a chosen period) are checked against the store as it is now.
import { createContext, useContext } from 'react';
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import type { LatestSummary } from '@shared/contract/figures.js';

export const DataVersionContext = createContext(0);
export const useDataVersion = (): number => useContext(DataVersionContext);

/** The selected series as the store describes it now (its views may have grown), or null if it is gone. */
export function freshSeries(selected: SeriesSummary | null, groups: CatalogGroup[]): SeriesSummary | null {
  if (!selected) return null;
  for (const group of groups) {
    const found = group.series.find((s) => s.id === selected.id);
    if (found) return found;
  }
  return null;
}

/** A chosen period stays chosen while the store still has it; otherwise back to the latest. */
export function keepPeriod(period: string | null, summary: Pick<LatestSummary, 'periods'> | null): string | null {
  if (period === null || !summary) return period;
  return summary.periods.some((p) => p.period === period) ? period : null;
}
