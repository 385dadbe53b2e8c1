// The catalog: every series, grouped, with a search box (main folds diacritics, so "phu tho"
// finds Phú Thọ). Virtualised: only the rows in view (and a few around) are in the page, and only
// their pages are asked for, so a national archive's tens of thousands of series cost what a screen
// of them does. Searches are debounced and an answer to an older one is dropped (useCatalogPages).
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useDebounced } from '../../state/useDebounced.js';
import { catalogEntry } from './catalogEntries.js';
import { groupSpans, pagesOf, ROW_PX, rowCount, rowsBetween, visibleRows, type CatalogRow } from './catalogRows.js';
import { CATALOG_STRINGS } from './strings.js';
import { useCatalogKeys } from './useCatalogKeys.js';
import { useCatalogPages } from './useCatalogPages.js';

const SEARCH_DELAY_MS = 150;

interface Props {
  search: string;
  onSearch: (text: string) => void;
  selectedId: number | null;
  onSelect: (series: SeriesSummary) => void;
}

/** The list's scroll position and height, followed as it scrolls and resizes. */
function useViewport(list: RefObject<HTMLDivElement | null>): { scrollTop: number; height: number; onScroll: () => void } {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 600 });
  const measure = () => {
    const el = list.current;
    if (el) setViewport({ scrollTop: el.scrollTop, height: el.clientHeight });
  };
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport({ scrollTop: el.scrollTop, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [list]);
  return { ...viewport, onScroll: measure };
}

export function Catalog({ search, onSearch, selectedId, onSelect }: Props) {
  const lang = useLang();
  const s = useStrings(CATALOG_STRINGS);
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const { pages, first, loading, want } = useCatalogPages(query);
  const list = useRef<HTMLDivElement>(null);
  const { scrollTop, height, onScroll } = useViewport(list);

  const spans = first ? groupSpans(first.counts) : [];
  const rows = rowCount(spans);
  const { first: firstRow, end } = visibleRows(scrollTop, height, rows);
  const shown = rowsBetween(spans, pages, firstRow, end);
  const wanted = pagesOf(shown).join(',');

  useEffect(() => want(wanted === '' ? [] : wanted.split(',').map(Number)), [want, wanted]);
  // A new search starts at the top of its list.
  useEffect(() => {
    if (list.current) list.current.scrollTop = 0;
  }, [query]);
  // Start on the whole industry, so the first screen already shows a chart.
  const firstSeries = pages.get(0)?.groups[0]?.series[0];
  useEffect(() => {
    if (selectedId === null && !query && !loading && firstSeries) onSelect(firstSeries);
  }, [firstSeries, loading, query, selectedId, onSelect]);
  const searchBox = useRef<HTMLInputElement>(null);
  const keys = useCatalogKeys({ list, searchBox, spans, shown, height, search, query, loading, firstSeries, onSelect });

  const rowOf = (row: CatalogRow) => {
    if (row.kind === 'heading')
      return (
        <h3 className="catalog__heading">
          {s.groups[row.key]} <span className="catalog__count">{row.count}</span>
        </h3>
      );
    if (!row.series) return <span className="catalog__placeholder" aria-hidden="true" />;
    const series = row.series;
    const entry = catalogEntry(series, row.key, lang);
    return (
      <button
        type="button"
        className="catalog__item"
        data-testid="catalog-item"
        data-series-id={series.id}
        data-geo={series.geo.code}
        data-item={series.item.code}
        data-code={entry.code ?? undefined}
        aria-pressed={series.id === selectedId}
        tabIndex={row.position === keys.tabStop ? 0 : -1}
        data-position={row.position}
        onFocus={() => keys.onItemFocus(row.position)}
        title={entry.subName ? `${entry.name} (${entry.subName})` : entry.name}
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
    );
  };

  return (
    <nav className="catalog" aria-label={s.search}>
      <input
        className="catalog__search"
        type="search"
        data-testid="catalog-search"
        aria-label={s.search}
        placeholder={s.searchPlaceholder}
        value={search}
        ref={searchBox}
        onKeyDown={keys.onSearchKeyDown}
        onChange={(e) => onSearch(e.target.value)}
      />
      <div
        ref={list}
        className="catalog__groups"
        data-testid="catalog-list"
        data-series-count={first?.total}
        aria-busy={loading}
        onScroll={onScroll}
        onKeyDown={keys.onListKeyDown}
      >
        <div className="catalog__rows" style={{ height: rows * ROW_PX }}>
          {shown.map((row) => (
            <div key={row.position} className="catalog__row" style={{ top: row.position * ROW_PX }}>
              {rowOf(row)}
            </div>
          ))}
        </div>
        {first && first.total === 0 && <p className="muted">{s.noMatch}</p>}
      </div>
    </nav>
  );
}
