// What the palette can offer for a query: the catalog's series (searched by main, which folds
// diacritics; only the answer to the latest query is kept), the commands the mounted views registered,
// and the app's actions with their shortcuts and whether they can run now.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { APP_ACTIONS, isAppAction } from '@shared/app-actions.js';
import { APP_SHORTCUTS, shortcutLabel } from '@shared/app-shortcuts.js';
import type { CatalogPage, SeriesSummary } from '@shared/contract/catalog.js';
import type { Lang } from '@shared/lang.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { reportError } from '../../state/errors.js';
import { catalogEntry } from '../catalog/catalogEntries.js';
import { CATALOG_STRINGS } from '../catalog/strings.js';
import { latestAnswer } from './latestAnswer.js';
import type { PaletteEntry } from './paletteRanking.js';
import { actions } from './registry.js';
import { COMMAND_STRINGS } from './strings.js';
import { isMac } from './useShellActions.js';

/** Series asked of the catalog per query (the palette shows the best of them). */
const SERIES_ASKED = 40;
const SEARCH_DELAY_MS = 80;

export interface ShownEntry extends PaletteEntry {
  /** The kind's words, or the series' group. */
  hint: string;
  shortcut: string | null;
  series: SeriesSummary | null;
}

function seriesEntries(page: CatalogPage, lang: Lang): ShownEntry[] {
  const groups = CATALOG_STRINGS[lang].groups;
  return page.groups.flatMap((group) =>
    group.series.map((series) => {
      const entry = catalogEntry(series, group.key, lang);
      return {
        key: `series:${series.id}`,
        kind: 'series' as const,
        label: entry.measure ? `${entry.name} · ${entry.measure}` : entry.name,
        aliases: entry.subName ? [entry.subName] : [],
        hint: groups[group.key],
        shortcut: null,
        series,
      };
    }),
  );
}

/** The catalog's matches for the latest query (debounced); an empty query asks nothing. */
function useSeriesMatches(query: string, lang: Lang): ShownEntry[] {
  const asOf = useAsOf();
  const [answer, setAnswer] = useState<{ query: string; page: CatalogPage } | null>(null);
  const ask = useMemo(
    () =>
      latestAnswer(
        (search: string) => invoke('catalog:list', withAsOf('catalog:list', { search, limit: SERIES_ASKED }, asOf)),
        (search, page) => setAnswer({ query: search, page }),
        reportError,
      ),
    [asOf],
  );
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === '') return;
    const timer = window.setTimeout(() => ask(trimmed), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [ask, trimmed]);
  return useMemo(() => (answer && trimmed !== '' ? seriesEntries(answer.page, lang) : []), [answer, trimmed, lang]);
}

export function usePaletteEntries(query: string, lang: Lang): ShownEntry[] {
  const series = useSeriesMatches(query, lang);
  const version = useSyncExternalStore(actions.subscribe, actions.version);
  const commands = useMemo(() => {
    const s = COMMAND_STRINGS[lang];
    const mac = isMac();
    const registered = actions
      .ids()
      .filter((id) => !isAppAction(id))
      .flatMap((id): ShownEntry[] => {
        const handler = actions.handlerOf(id);
        if (!handler?.label || !handler.kind) return [];
        const hint = handler.hint ? `${s.kinds[handler.kind]} · ${handler.hint}` : s.kinds[handler.kind];
        return [
          {
            key: id,
            kind: handler.kind,
            label: handler.label,
            aliases: handler.hint ? [handler.hint] : [],
            hint,
            shortcut: null,
            series: null,
            unavailable: handler.unavailable ?? null,
          },
        ];
      });
    const appActions = APP_ACTIONS.filter((id) => id !== 'palette').map((id): ShownEntry => ({
      key: id,
      kind: 'action',
      label: s.actions[id],
      hint: s.kinds.action,
      shortcut: APP_SHORTCUTS[id] ? shortcutLabel(APP_SHORTCUTS[id], mac) : null,
      series: null,
      unavailable: actions.handlerOf(id)?.unavailable ?? null,
    }));
    return [...registered, ...appActions];
    // version: the registry changed (a view mounted or went away)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, version]);
  return useMemo(() => [...series, ...commands], [series, commands]);
}
