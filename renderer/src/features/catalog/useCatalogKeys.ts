// The catalog by keyboard: the list is one tab stop (roving tabindex: the series last reached, or the
// first in view); arrows, Home/End and PageUp/PageDown move through the series, scrolling the
// virtualised list so the row is drawn, then focused; ↓ in the search box enters the list and ↑ on its
// first series goes back; Enter in the search box picks the first result (of the text typed, once its
// answer is here); "Find series" (menu, palette, Ctrl+F) focuses the search box.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useAction } from '../commands/useAction.js';
import { firstSeriesRow, isListKey, rowAfterKey, scrollToShow } from './catalogKeys.js';
import { ROW_PX, type CatalogRow, type groupSpans } from './catalogRows.js';

interface Options {
  list: RefObject<HTMLDivElement | null>;
  searchBox: RefObject<HTMLInputElement | null>;
  spans: ReturnType<typeof groupSpans>;
  /** The rows drawn now. */
  shown: CatalogRow[];
  height: number;
  /** The text in the box, and the search whose results are shown (or coming). */
  search: string;
  query: string;
  loading: boolean;
  firstSeries: SeriesSummary | undefined;
  onSelect: (series: SeriesSummary) => void;
}

export function useCatalogKeys({ list, searchBox, spans, shown, height, search, query, loading, firstSeries, onSelect }: Options) {
  // The row reached last, for the search it was reached in (a new search starts again at the top).
  const [reached, setReached] = useState<{ query: string; position: number } | null>(null);
  const active = reached?.query === query ? reached.position : null;
  const focusWanted = useRef(false);
  /** The text whose first result Enter asked for, until its answer is here. */
  const pickFor = useRef<string | null>(null);

  useEffect(() => {
    if (!focusWanted.current || active === null) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-position="${active}"]`);
    if (!row) return; // its page is on its way: focused once drawn
    focusWanted.current = false;
    row.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (pickFor.current === null || query !== pickFor.current || loading) return;
    pickFor.current = null;
    if (firstSeries) onSelect(firstSeries);
  }, [query, loading, firstSeries, onSelect]);
  useAction('find-series', () => {
    searchBox.current?.focus();
    searchBox.current?.select();
  });

  const drawn = shown.filter((row) => row.kind === 'series' && row.series).map((row) => row.position);
  const tabStop = active !== null && drawn.includes(active) ? active : (drawn[0] ?? null);

  const moveTo = (position: number) => {
    const el = list.current;
    el?.scrollTo({ top: scrollToShow(position, el.scrollTop, el.clientHeight), behavior: 'instant' });
    focusWanted.current = true;
    setReached({ query, position });
  };

  const onListKeyDown = (e: KeyboardEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-position]');
    if (!item || !isListKey(e.key)) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor(height / ROW_PX) - 1);
    const to = rowAfterKey(spans, Number(item.dataset.position), e.key, page);
    if (to !== null) moveTo(to);
    else if (e.key === 'ArrowUp') searchBox.current?.focus();
  };

  const onSearchKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      const first = firstSeriesRow(spans);
      if (first === null) return;
      e.preventDefault();
      moveTo(first);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const wanted = search.trim();
      if (wanted === query && !loading) {
        if (firstSeries) onSelect(firstSeries);
      } else pickFor.current = wanted;
    }
  };

  return { tabStop, onListKeyDown, onSearchKeyDown, onItemFocus: (position: number) => setReached({ query, position }) };
}
