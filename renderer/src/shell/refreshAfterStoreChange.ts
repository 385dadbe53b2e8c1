// After an import or an undo the store has changed: choices that may point at what is gone (the
// selected series, a chosen period) are checked against the store as it is now, then the data
// version is bumped so every bridge query on screen asks again.
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import type { LatestSummary } from '@shared/contract/figures.js';
import { invoke } from '../bridge/bridge.js';
import { exploreStore, updateExplore } from '../features/explore/exploreState.js';
import { latestPeriodStore } from '../features/latest/latestState.js';
import { asOfStore, withAsOf } from '../state/asOf.js';
import { bumpDataVersion } from '../state/dataVersion.js';

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

/** The store changed: drop choices that point at what is gone (periods: as of the app's date), then have every view ask again. */
export async function refreshAfterStoreChange(): Promise<void> {
  const dated = withAsOf('latest:summary', {}, asOfStore.get());
  // the selected series alone (the whole catalog is megabytes on a national store)
  const selected = exploreStore.get().series;
  const asked = selected ? invoke('catalog:list', { ids: [selected.id] }) : Promise.resolve(null);
  const [found, summary] = await Promise.allSettled([asked, invoke('latest:summary', dated)]);
  const latest = summary.status === 'fulfilled' ? summary.value : null;
  if (selected && found.status === 'fulfilled' && found.value) {
    const { groups } = found.value;
    // another series chosen meanwhile is left as it is
    updateExplore((st) => (st.series?.id === selected.id ? { ...st, series: freshSeries(st.series, groups) } : st));
  }
  updateExplore((st) => ({ ...st, ranking: { ...st.ranking, period: keepPeriod(st.ranking.period, latest) } }));
  latestPeriodStore.set((p) => keepPeriod(p, latest));
  bumpDataVersion();
}
