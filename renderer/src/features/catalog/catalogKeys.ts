// Moving through the catalog list with the keyboard: which row a key leads to (series rows only,
// headings skipped), and how far to scroll so that row is in view. Pure.
import type { CatalogKey } from '@shared/contract/catalog.js';
import { ROW_PX } from './catalogRows.js';

interface Span {
  key: CatalogKey;
  count: number;
  firstRow: number;
}

/** Every series row's position, in order (headings left out). */
function seriesRows(spans: Span[]): (at: number) => number | undefined {
  return (at) => {
    let n = at;
    for (const span of spans) {
      if (n < span.count) return span.firstRow + 1 + n;
      n -= span.count;
    }
    return undefined;
  };
}

/** The place among all series of the series row at `position` (a heading counts as its group's first series). */
function seriesIndexOf(spans: Span[], position: number): number {
  let before = 0;
  for (const span of spans) {
    if (position <= span.firstRow + span.count) return before + Math.max(0, position - span.firstRow - 1);
    before += span.count;
  }
  return Math.max(0, before - 1);
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export const isListKey = (key: string): key is ListKey => ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);

/**
 * The series row a key leads to from the one at `position`; `page` series for PageUp/PageDown;
 * null for ArrowUp on the first series (the focus goes back to the search box) or an empty list.
 */
export function rowAfterKey(spans: Span[], position: number, key: ListKey, page: number): number | null {
  const total = spans.reduce((n, s) => n + s.count, 0);
  if (total === 0) return null;
  const at = seriesIndexOf(spans, position);
  const to = (index: number) => seriesRows(spans)(Math.min(total - 1, Math.max(0, index))) ?? null;
  switch (key) {
    case 'ArrowDown':
      return to(at + 1);
    case 'ArrowUp':
      return at === 0 ? null : to(at - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(total - 1);
    case 'PageDown':
      return to(at + page);
    case 'PageUp':
      return to(at - page);
  }
}

/** The first series row (1 when the first group has series), or null for an empty list. */
export const firstSeriesRow = (spans: Span[]): number | null => rowAfterKey(spans, 0, 'Home', 0);

/** The scroll position that brings the row into a viewport `height` pixels tall, moving as little as it can. */
export function scrollToShow(position: number, scrollTop: number, height: number): number {
  const top = position * ROW_PX;
  if (top < scrollTop) return top;
  if (top + ROW_PX > scrollTop + height) return top + ROW_PX - height;
  return scrollTop;
}
