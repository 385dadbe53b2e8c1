// The notes list's filter, applied in the window to the notes already fetched (the same rules as
// notes:list: diacritics ignored), and the labels of what a note is on.
import type { NoteFilter, NoteView } from '@shared/contract/notes.js';
import { foldForSearch, matchesSearch } from '@shared/text.js';

export interface NotesFilter {
  /** "geo|item|measure" of a series, or '' for all. */
  series: string;
  author: string;
  tag: string;
  status: '' | 'draft' | 'approved';
  search: string;
}

export const NO_FILTER: NotesFilter = { series: '', author: '', tag: '', status: '', search: '' };

export const seriesKeyOf = (note: NoteView): string | null =>
  note.anchor.geo === null ? null : `${note.anchor.geo}|${note.anchor.item}|${note.anchor.measure}`;

export function filterNotes(notes: readonly NoteView[], f: NotesFilter): NoteView[] {
  const tag = foldForSearch(f.tag);
  return notes.filter(
    (n) =>
      (f.series === '' || seriesKeyOf(n) === f.series) &&
      (f.author === '' || n.author === f.author) &&
      (tag === '' || n.tags.some((t) => foldForSearch(t) === tag)) &&
      (f.status === '' || n.status === f.status) &&
      matchesSearch(f.search, n.text, n.author, ...n.tags),
  );
}

/** The same filter as notes:export takes it. */
export function exportFilter(f: NotesFilter): NoteFilter {
  const [geo, item, measure] = f.series ? (f.series.split('|') as [string, string, NoteFilter['measure']]) : [];
  return {
    ...(geo ? { geo, item, measure } : {}),
    ...(f.author ? { author: f.author } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.search ? { search: f.search } : {}),
  };
}

/** Distinct values, sorted the way the language sorts them. */
export const distinct = (values: Iterable<string>, lang: string): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, lang));
