// The palette's results in order: what starts with the query first, then what has a word starting
// with it, then what holds it anywhere, then what holds each of its words; ties keep their order
// (series in the catalog's order, then views, transformations, actions). Diacritics, case and
// Vietnamese spelling variants are ignored, by the catalog's own fold. Pure.
import { foldForSearch } from '@shared/text.js';

export type EntryKind = 'series' | 'view' | 'transform' | 'action';

export interface PaletteEntry {
  /** Unique among the entries: "series:12", "transform:yoy", "action:backup". */
  key: string;
  kind: EntryKind;
  label: string;
  /** Further names it is found by (the Vietnamese name of a place shown in English, a full name). */
  aliases?: string[];
  /** Why it cannot run now; shown, and said if chosen. */
  unavailable?: string | null;
}

/** Lower is better. FoundElsewhere: a series the catalog's search found by a name not shown (a code, the other language). */
export const Rank = { Prefix: 0, WordPrefix: 1, Substring: 2, AllWords: 3, FoundElsewhere: 4 } as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

/** How well one text matches an already-folded query; null when it does not. */
export function rankText(foldedQuery: string, text: string): Rank | null {
  const t = foldForSearch(text);
  if (t.startsWith(foldedQuery)) return Rank.Prefix;
  if (` ${t}`.includes(` ${foldedQuery}`)) return Rank.WordPrefix;
  if (t.includes(foldedQuery)) return Rank.Substring;
  const words = foldedQuery.split(' ').filter(Boolean);
  return words.length > 1 && words.every((w) => t.includes(w)) ? Rank.AllWords : null;
}

/** The best rank of an entry's label and aliases; null when none matches. */
export function rankEntry(foldedQuery: string, entry: PaletteEntry): Rank | null {
  let best: Rank | null = null;
  for (const text of [entry.label, ...(entry.aliases ?? [])]) {
    const rank = rankText(foldedQuery, text);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

const KIND_ORDER: EntryKind[] = ['series', 'view', 'transform', 'action'];

/**
 * The entries matching the query, best first, at most `limit`. An empty query lists every entry but
 * the series. Series are already the catalog search's matches: one matching by no name shown still
 * comes, after the others.
 */
export function rankEntries(query: string, entries: PaletteEntry[], limit = 50): PaletteEntry[] {
  const folded = foldForSearch(query).trim();
  const ranked: { entry: PaletteEntry; rank: Rank; at: number }[] = [];
  entries.forEach((entry, at) => {
    if (folded === '') {
      if (entry.kind !== 'series') ranked.push({ entry, rank: Rank.Prefix, at });
      return;
    }
    const rank = rankEntry(folded, entry) ?? (entry.kind === 'series' ? Rank.FoundElsewhere : null);
    if (rank !== null) ranked.push({ entry, rank, at });
  });
  ranked.sort((a, b) => a.rank - b.rank || KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind) || a.at - b.at);
  return ranked.slice(0, limit).map((r) => r.entry);
}
