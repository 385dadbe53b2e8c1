// Changing the app-wide as-of date. Dated queries ask again by themselves (their inputs change);
// what is chosen by period — Latest's period, the ranking's — stays chosen when the store had it on
// the new date, and otherwise goes back to the latest period known then.
import { invoke } from '../bridge/bridge.js';
import { updateExplore } from '../features/explore/exploreState.js';
import { latestPeriodStore } from '../features/latest/latestState.js';
import { asOfStore, withAsOf } from '../state/asOf.js';
import { reportError } from '../state/errors.js';
import { keepPeriod } from './refreshAfterStoreChange.js';

export async function chooseAsOf(asOf: string | null): Promise<void> {
  asOfStore.set(asOf);
  try {
    const summary = await invoke('latest:summary', withAsOf('latest:summary', {}, asOf));
    if (asOfStore.get() !== asOf) return; // changed again meanwhile: that change decides
    updateExplore((st) => ({ ...st, ranking: { ...st.ranking, period: keepPeriod(st.ranking.period, summary) } }));
    latestPeriodStore.set((p) => keepPeriod(p, summary));
  } catch (err) {
    reportError(err);
  }
}
