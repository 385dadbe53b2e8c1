// What Explore shows, kept while other tabs are open: the mode, the search, the selected series
// and its chosen view, and the ranking's choices.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { RankingGroup } from '@shared/contract/figures.js';
import type { Basis } from '@shared/domain.js';
import { createStore } from '../../state/createStore.js';

export interface RankingChoice {
  group: RankingGroup;
  period: string | null;
  basis: Basis;
}

export interface ExploreState {
  mode: 'series' | 'ranking';
  search: string;
  series: SeriesSummary | null;
  /** Chosen basis/unit ("yoy/pct"); null until the user picks one. */
  view: string | null;
  ranking: RankingChoice;
}

export const initialExploreState: ExploreState = {
  mode: 'series',
  search: '',
  series: null,
  view: null,
  ranking: { group: 'section', period: null, basis: 'yoy' },
};

export const exploreStore = createStore<ExploreState>(initialExploreState);

export const updateExplore = (update: (state: ExploreState) => ExploreState): void => exploreStore.set(update);
