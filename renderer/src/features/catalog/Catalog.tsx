// The catalog: every series, grouped, with a search box (main folds diacritics, so "phu tho"
// finds Phú Thọ).
import { useEffect, useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { catalogEntry, orderGroups } from './catalogEntries.js';
import { CATALOG_STRINGS } from './strings.js';

const SEARCH_DELAY_MS = 150;

interface Props {
  search: string;
  onSearch: (text: string) => void;
  selectedId: number | null;
  onSelect: (series: SeriesSummary) => void;
}

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function Catalog({ search, onSearch, selectedId, onSelect }: Props) {
  const lang = useLang();
  const s = useStrings(CATALOG_STRINGS);
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const { data, loading } = useBridgeQuery('catalog:list', query ? { search: query } : {});
  const groups = data ? orderGroups(data.groups) : [];

  // Start on the whole industry, so the first screen already shows a chart.
  useEffect(() => {
    if (selectedId !== null || query || !data) return;
    const first = orderGroups(data.groups)[0]?.series[0];
    if (first) onSelect(first);
  }, [data, query, selectedId, onSelect]);

  return (
    <nav className="catalog" aria-label={s.search}>
      <input
        className="catalog__search"
        type="search"
        data-testid="catalog-search"
        aria-label={s.search}
        placeholder={s.searchPlaceholder}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      <div className="catalog__groups" aria-busy={loading}>
        {groups.map((group) => (
          <section key={group.key} className="catalog__group">
            <h3 className="catalog__heading">
              {s.groups[group.key]} <span className="catalog__count">{group.series.length}</span>
            </h3>
            <ul>
              {group.series.map((series) => {
                const entry = catalogEntry(series, group.key, lang);
                return (
                  <li key={series.id}>
                    <button
                      type="button"
                      className="catalog__item"
                      data-testid="catalog-item"
                      data-series-id={series.id}
                      data-geo={series.geo.code}
                      data-item={series.item.code}
                      data-code={entry.code ?? undefined}
                      aria-pressed={series.id === selectedId}
                      onClick={() => onSelect(series)}
                    >
                      <span className="catalog__text">
                        <span className="catalog__name">{entry.name}</span>
                        {entry.measure && <span className="catalog__measure"> · {entry.measure}</span>}
                        {entry.subName && ' '}
                        {entry.subName && (
                          <span className="catalog__subname" lang="vi">
                            {entry.subName}
                          </span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {data && groups.length === 0 && <p className="muted">{s.noMatch}</p>}
      </div>
    </nav>
  );
}
