// The notes list's filter as the view holds it, and as notes:list and notes:export take it (the
// store applies it, diacritics ignored, and answers a page at a time).
import type { NoteFilter, NoteView } from '@shared/contract/notes.js';

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

/** The same filter as notes:list and notes:export take it. */
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
