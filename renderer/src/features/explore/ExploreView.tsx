// Explore: the catalog on the left; on the right one series over time, or a ranking.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { STRINGS, type Lang } from '../../i18n.js';
import { Catalog } from '../catalog/Catalog.js';
import { RankingPanel, type RankingChoice } from './RankingPanel.js';
import { SeriesPanel } from './SeriesPanel.js';

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

interface Props {
  state: ExploreState;
  onChange: (update: (state: ExploreState) => ExploreState) => void;
  lang: Lang;
}

export function ExploreView({ state, onChange, lang }: Props) {
  const s = STRINGS[lang];
  const selectSeries = (series: SeriesSummary) => onChange((st) => ({ ...st, series, mode: 'series' }));
  return (
    <div className="explore" data-testid="view-explore">
      <Catalog
        lang={lang}
        search={state.search}
        onSearch={(search) => onChange((st) => ({ ...st, search }))}
        selectedId={state.series?.id ?? null}
        onSelect={selectSeries}
      />
      <div className="explore__main">
        <div className="segmented" role="radiogroup" aria-label={s.tabs.explore}>
          {(['series', 'ranking'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={state.mode === mode}
              data-testid={`mode-${mode}`}
              className="segmented__option"
              onClick={() => onChange((st) => ({ ...st, mode }))}
            >
              {mode === 'series' ? s.explore.modeSeries : s.explore.modeRanking}
            </button>
          ))}
        </div>
        {state.mode === 'ranking' ? (
          <RankingPanel choice={state.ranking} onChange={(ranking) => onChange((st) => ({ ...st, ranking }))} lang={lang} />
        ) : state.series ? (
          <SeriesPanel series={state.series} chosenView={state.view} onChooseView={(view) => onChange((st) => ({ ...st, view }))} lang={lang} />
        ) : (
          <p className="empty">{s.explore.pickSeries}</p>
        )}
      </div>
    </div>
  );
}
