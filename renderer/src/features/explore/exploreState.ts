// What Explore shows, kept while other tabs are open: the mode, the search, the selected series
// and its chosen view, the transformation, the series compared with it, and the ranking's choices.
import type { RankingShow } from '@shared/charts/ranking.js';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { RankingGroup } from '@shared/contract/figures.js';
import type { Basis } from '@shared/domain.js';
import type { ScaleMode } from '../../charts/SmallMultiples/state.js';
import { createStore } from '../../state/createStore.js';
import { initialTimeFrame, type TimeFrame } from './timeFrame.js';

export interface RankingChoice {
  group: RankingGroup;
  period: string | null;
  basis: Basis;
  /** All bars, or the highest/lowest/both ends, `size` of each. */
  show: RankingShow;
  size: number;
}

/** Small multiples: the group, its view ("yoy/pct"; null for the default) and the y scale. */
export interface MultiplesChoice {
  group: RankingGroup;
  view: string | null;
  scale: ScaleMode;
}

export interface ExploreState {
  mode: 'series' | 'ranking' | 'multiples' | 'contributions';
  search: string;
  series: SeriesSummary | null;
  /** Chosen basis/unit ("yoy/pct"); null until the user picks one. */
  view: string | null;
  /** Transformation spec ('none', 'mom', 'ma3', 'rebase:2020'), applied to every series shown. */
  transform: string;
  /** Further series drawn with the selected one, in the order added. */
  compare: SeriesSummary[];
  /** The view ("level/qty") a compared series was added in, by its id; absent: the view shown where it has it. */
  compareViews: Record<number, string>;
  /** Date range, or this year against last year. */
  timeFrame: TimeFrame;
  ranking: RankingChoice;
  multiples: MultiplesChoice;
}

/** Series on one chart, the selected one included. */
export const MAX_SERIES = 10;

export const initialExploreState: ExploreState = {
  mode: 'series',
  search: '',
  series: null,
  view: null,
  transform: 'none',
  compare: [],
  compareViews: {},
  timeFrame: initialTimeFrame,
  ranking: { group: 'section', period: null, basis: 'yoy', show: 'all', size: 10 },
  multiples: { group: 'section', view: null, scale: 'shared' },
};

export const exploreStore = createStore<ExploreState>(initialExploreState);

export const updateExplore = (update: (state: ExploreState) => ExploreState): void => exploreStore.set(update);

/** Selects a series; one already compared leaves the comparison, as it is now the first. */
export const selectSeries = (state: ExploreState, series: SeriesSummary): ExploreState => ({
  ...state,
  series,
  mode: 'series',
  compare: state.compare.filter((s) => s.id !== series.id),
});

/** Adds a series to the chart (in a view of its own, where given), unless it is there already or the chart is full. */
export function addCompared(state: ExploreState, series: SeriesSummary, view: string | null = null): ExploreState {
  const shown = [state.series, ...state.compare].filter((s): s is SeriesSummary => s !== null);
  if (shown.some((s) => s.id === series.id) || shown.length >= MAX_SERIES) return state;
  const { [series.id]: _previous, ...others } = state.compareViews;
  return { ...state, compare: [...state.compare, series], compareViews: view ? { ...others, [series.id]: view } : others };
}

export const removeCompared = (state: ExploreState, seriesId: number): ExploreState => ({ ...state, compare: state.compare.filter((s) => s.id !== seriesId) });

/** Opens one member of the small multiples as a time series, in the view the grid showed. */
export const openFromMultiples = (state: ExploreState, series: SeriesSummary, view: string | null): ExploreState => ({
  ...selectSeries(state, series),
  view,
});
