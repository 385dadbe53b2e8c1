// Explore: the catalog on the left; on the right one series over time (with others compared and a
// transformation), or a ranking.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { rovingKeyDown } from '../../components/rovingFocus.js';
import { useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { Catalog } from '../catalog/Catalog.js';
import { ContributionsPanel } from './ContributionsPanel.js';
import { CONTRIBUTIONS_STRINGS } from './contributionsStrings.js';
import { addCompared, exploreStore, openFromMultiples, removeCompared, selectSeries, updateExplore } from './exploreState.js';
import { MultiplesPanel } from './MultiplesPanel.js';
import { MULTIPLES_STRINGS } from './multiplesStrings.js';
import { RankingPanel } from './RankingPanel.js';
import { SeriesPanel } from './SeriesPanel.js';
import { EXPLORE_STRINGS } from './strings.js';

const MODES = ['series', 'ranking', 'multiples', 'contributions'] as const;

export function ExploreView() {
  const state = useStore(exploreStore);
  const s = useStrings(EXPLORE_STRINGS);
  const multiplesLabel = useStrings(MULTIPLES_STRINGS).mode;
  const contributionsLabel = useStrings(CONTRIBUTIONS_STRINGS).mode;
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
        <div
          className="segmented"
          role="radiogroup"
          aria-label={s.label}
          onKeyDown={rovingKeyDown('[role="radio"]', (i) => updateExplore((st) => ({ ...st, mode: MODES[i]! })))}
        >
          {MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={state.mode === mode}
              tabIndex={state.mode === mode ? 0 : -1}
              data-testid={`mode-${mode}`}
              className="segmented__option"
              onClick={() => updateExplore((st) => ({ ...st, mode }))}
            >
              {mode === 'series' ? s.modeSeries : mode === 'ranking' ? s.modeRanking : mode === 'multiples' ? multiplesLabel : contributionsLabel}
            </button>
          ))}
        </div>
        {state.mode === 'contributions' ? (
          <ContributionsPanel />
        ) : state.mode === 'multiples' ? (
          <MultiplesPanel
            choice={state.multiples}
            onChange={(multiples) => updateExplore((st) => ({ ...st, multiples }))}
            onOpen={(series, view) => updateExplore((st) => openFromMultiples(st, series, view))}
          />
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
            compareViews={state.compareViews}
            onAddSeries={(series, view) => updateExplore((st) => addCompared(st, series, view))}
            onRemoveSeries={(seriesId) => updateExplore((st) => removeCompared(st, seriesId))}
            frame={state.timeFrame}
            onFrame={(timeFrame) => updateExplore((st) => ({ ...st, timeFrame }))}
          />
        ) : (
          <p className="empty">{s.pickSeries}</p>
        )}
      </div>
    </div>
  );
}
