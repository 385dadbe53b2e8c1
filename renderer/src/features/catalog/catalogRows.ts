// The catalog list's rows, all of one height, so which ones are on screen follows from the scroll
// position alone: each group's heading, then its series. The groups' counts come with any page, so
// the whole list's layout is known before most of it is loaded. Pure.
import type { CatalogKey, CatalogPage, SeriesSummary } from '@shared/contract/catalog.js';

export const PAGE_SIZE = 100;
export const ROW_PX = 30;
/** Rows drawn beyond each edge of the visible ones, so a short scroll shows no gap. */
const OVERSCAN = 10;

/** `position`: the row's place in the list (its height times that is its top). */
export type CatalogRow =
  | { kind: 'heading'; position: number; key: CatalogKey; count: number }
  /** `index`: the series' place among all series (what paging counts); `series` once its page is here. */
  | { kind: 'series'; position: number; key: CatalogKey; index: number; series: SeriesSummary | undefined };

interface GroupSpan {
  key: CatalogKey;
  count: number;
  /** Row of the heading. */
  firstRow: number;
  /** Position in the whole list of its first series. */
  firstSeries: number;
}

export function groupSpans(counts: CatalogPage['counts']): GroupSpan[] {
  const spans: GroupSpan[] = [];
  let row = 0;
  let series = 0;
  for (const { key, count } of counts) {
    spans.push({ key, count, firstRow: row, firstSeries: series });
    row += count + 1;
    series += count;
  }
  return spans;
}

export const rowCount = (spans: GroupSpan[]): number => spans.reduce((n, s) => n + s.count + 1, 0);

/** Rows [first, end) to draw for a viewport scrolled to `scrollTop` and `height` pixels tall. */
export function visibleRows(scrollTop: number, height: number, rows: number): { first: number; end: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const end = Math.min(rows, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  return { first, end: Math.max(first, end) };
}

/** The series of the page that holds the one at `index`, if that page is here. */
function seriesAt(pages: ReadonlyMap<number, CatalogPage>, index: number): SeriesSummary | undefined {
  const page = pages.get(Math.floor(index / PAGE_SIZE));
  if (!page) return undefined;
  let at = index - page.offset;
  for (const group of page.groups) {
    if (at < group.series.length) return group.series[at];
    at -= group.series.length;
  }
  return undefined;
}

/** Rows [first, end): headings and series, each series filled in if its page is here. */
export function rowsBetween(spans: GroupSpan[], pages: ReadonlyMap<number, CatalogPage>, first: number, end: number): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const span of spans) {
    for (let position = Math.max(first, span.firstRow); position < Math.min(end, span.firstRow + span.count + 1); position++) {
      if (position === span.firstRow) rows.push({ kind: 'heading', position, key: span.key, count: span.count });
      else {
        const index = span.firstSeries + position - span.firstRow - 1;
        rows.push({ kind: 'series', position, key: span.key, index, series: seriesAt(pages, index) });
      }
    }
  }
  return rows;
}

/** The pages holding the series among these rows, in order. */
export function pagesOf(rows: CatalogRow[]): number[] {
  const pages = new Set<number>();
  for (const row of rows) if (row.kind === 'series') pages.add(Math.floor(row.index / PAGE_SIZE));
  return [...pages];
}
