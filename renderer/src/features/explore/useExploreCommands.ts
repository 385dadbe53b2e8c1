// Explore's views, offered by the command palette from any tab: choosing one opens Explore on it.
import type { Lang } from '@shared/lang.js';
import { openTab } from '../../state/navigation.js';
import { useCommands } from '../commands/useAction.js';
import { CONTRIBUTIONS_STRINGS } from './contributionsStrings.js';
import { updateExplore, type ExploreState } from './exploreState.js';
import { MULTIPLES_STRINGS } from './multiplesStrings.js';
import { EXPLORE_STRINGS } from './strings.js';

const MODES: readonly ExploreState['mode'][] = ['series', 'ranking', 'multiples', 'contributions'];

/** Registers the views while the window is up (called by the shell, outside the language context: hence `lang`). */
export function useExploreCommands(lang: Lang): void {
  const s = EXPLORE_STRINGS[lang];
  const label = { series: s.modeSeries, ranking: s.modeRanking, multiples: MULTIPLES_STRINGS[lang].mode, contributions: CONTRIBUTIONS_STRINGS[lang].mode };
  useCommands(
    MODES.map((mode) => ({
      id: `view:${mode}`,
      kind: 'view',
      label: label[mode],
      run: () => {
        updateExplore((st) => ({ ...st, mode }));
        openTab('explore');
      },
    })),
  );
}
