// The compare picker's state: the catalog's answers to one search gathered page by page, the entries
// they offer (a series in each view it can join in, those already on the chart marked), and the
// keyboard's move through them. Pure.
import type { CatalogGroup, CatalogKey, CatalogPage, SeriesSummary } from '@shared/contract/catalog.js';
import { offeredViews } from './axes.js';
import { viewKey, type View } from './views.js';

/** Series asked of the catalog per page. */
export const PICKER_PAGE = 25;

/** What the catalog answered for one search so far. */
export interface PickerResults {
  search: string;
  groups: CatalogGroup[];
  /** Series received (the next page's offset). */
  loaded: number;
  /** Series matching the search in all. */
  total: number;
}

/**
 * The results once `page` (asked for `search`) is in: a first page starts afresh; a next page joins
 * the results of the same search it follows, else it is dropped.
 */
export function withPage(results: PickerResults | null, search: string, page: CatalogPage): PickerResults | null {
  const count = page.groups.reduce((n, g) => n + g.series.length, 0);
  if (page.offset === 0) return { search, groups: page.groups, loaded: count, total: page.total };
  if (!results || results.search !== search || results.loaded !== page.offset) return results;
  const groups = results.groups.map((g) => ({ ...g, series: [...g.series] }));
  for (const group of page.groups) {
    const same = groups.find((g) => g.key === group.key);
    if (same) same.series.push(...group.series);
    else groups.push({ key: group.key, series: [...group.series] });
  }
  return { search, groups, loaded: results.loaded + count, total: page.total };
}

export interface PickerEntry {
  key: string;
  group: CatalogKey;
  series: SeriesSummary;
  view: View;
  /** Already on the chart: shown, marked, not chosen again. */
  onChart: boolean;
}

/** Each series in every view it can join the chart in (those on the chart once, marked), by group. */
export function pickerEntries(groups: readonly CatalogGroup[], onChart: ReadonlySet<number>, shown: View): PickerEntry[] {
  return groups.flatMap((group) =>
    group.series.flatMap((series): PickerEntry[] => {
      if (series.views.length === 0) return [];
      if (onChart.has(series.id)) return [{ key: `${series.id}`, group: group.key, series, view: shown, onChart: true }];
      return offeredViews(series, shown).map((view) => ({ key: `${series.id}|${viewKey(view)}`, group: group.key, series, view, onChart: false }));
    }),
  );
}

export type PickerKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/** The entry active after a key among `count` (none active: -1); the arrows wrap round. */
export function moveActive(active: number, count: number, key: PickerKey): number {
  if (count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}
