// Explore: the catalog on the left; on the right one series over time (with others compared and a
// transformation), or a ranking.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { Catalog } from '../catalog/Catalog.js';
import { ContributionsPanel } from './ContributionsPanel.js';
import { CONTRIBUTIONS_STRINGS } from './contributionsStrings.js';
import { addCompared, exploreStore, removeCompared, selectSeries, updateExplore } from './exploreState.js';
import { RankingPanel } from './RankingPanel.js';
import { SeriesPanel } from './SeriesPanel.js';
import { EXPLORE_STRINGS } from './strings.js';

export function ExploreView() {
  const state = useStore(exploreStore);
  const s = useStrings(EXPLORE_STRINGS);
  const contributionWords = useStrings(CONTRIBUTIONS_STRINGS);
  const modeNames = { series: s.modeSeries, ranking: s.modeRanking, contributions: contributionWords.mode };
  const select = (series: SeriesSummary) => updateExplore((st) => selectSeries(st, series));
  return (
    <div className="explore" data-testid="view-explore">
      <Catalog
        search={state.search}
        onSearch={(search) => updateExplore((st) => ({ ...st, search }))}
        selectedId={state.series?.id ?? null}
        onSelect={select}
      />
      <div className="explore__main">
        <div className="segmented" role="radiogroup" aria-label={s.label}>
          {(['series', 'ranking', 'contributions'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={state.mode === mode}
              data-testid={`mode-${mode}`}
              className="segmented__option"
              onClick={() => updateExplore((st) => ({ ...st, mode }))}
            >
              {modeNames[mode]}
            </button>
          ))}
        </div>
        {state.mode === 'contributions' ? (
          <ContributionsPanel />
        ) : state.mode === 'ranking' ? (
          <RankingPanel choice={state.ranking} onChange={(ranking) => updateExplore((st) => ({ ...st, ranking }))} />
        ) : state.series ? (
          <SeriesPanel
            series={state.series}
            compared={state.compare}
            chosenView={state.view}
            onChooseView={(view) => updateExplore((st) => ({ ...st, view }))}
            transform={state.transform}
            onTransform={(transform) => updateExplore((st) => ({ ...st, transform }))}
            onAddSeries={(series) => updateExplore((st) => addCompared(st, series))}
            onRemoveSeries={(seriesId) => updateExplore((st) => removeCompared(st, seriesId))}
          />
        ) : (
          <p className="empty">{s.pickSeries}</p>
        )}
      </div>
    </div>
  );
}
