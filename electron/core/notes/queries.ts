// Reading notes: the list a user filters (by series, author, tag, status and text, diacritics
// ignored) a page at a time, each with what its anchor finds in the store now; what the list
// filters by; and the file a filter exports.
import type { NoteFacets, NoteFilter, NoteRecord, NoteView } from '../../shared/contract/notes.js';
import { reference } from '../catalog/search.js';
import type { Db } from '../db/connection.js';
import { toGeoRef, toItemRef } from '../reference/repository.js';
import { packageVersion } from '../version.js';
import { anchorFinder, toView } from './attach.js';
import { writeNotesFile } from './file.js';
import { notesWhere, registerNoteSearch, type NotesScope } from './filter-sql.js';
import { conflictNoteIds, countNotes, noteFacets, selectNotes } from './repository.js';

export interface NotesPage {
  offset?: number;
  limit?: number;
}

/** The notes a filter selects, oldest first; a page of them when a limit is given. */
export function findNotes(db: Db, filter: NoteFilter, { offset, limit, ...scope }: NotesScope & NotesPage = {}): NoteRecord[] {
  registerNoteSearch(db);
  return selectNotes(db, notesWhere(db, filter, scope), { offset, limit });
}

/** How many notes a filter selects. */
export function countFound(db: Db, filter: NoteFilter, scope: NotesScope = {}): number {
  registerNoteSearch(db);
  return countNotes(db, notesWhere(db, filter, scope));
}

export function noteViews(db: Db, notes: NoteRecord[]): NoteView[] {
  const inConflict = conflictNoteIds(db);
  const find = anchorFinder(db);
  return notes.map((n) => toView(n, find(n.anchor), inConflict.has(n.id)));
}

/** The list's answer: every matching note, or a page of them with the count of all (and the matching notes' count then only). */
export function listNotes(db: Db, filter: NoteFilter, options: NotesScope & NotesPage): { notes: NoteView[]; total?: number } {
  const notes = noteViews(db, findNotes(db, filter, options));
  const paged = options.limit !== undefined || options.offset !== undefined;
  if (!paged) return { notes };
  const short = (options.offset ?? 0) === 0 && (options.limit === undefined || notes.length < options.limit);
  return { notes, total: short ? notes.length : countFound(db, filter, { includeDeleted: options.includeDeleted, onSeries: options.onSeries }) };
}

/** What the notes are on (with those places and items from the reference lists), by whom and tagged how. */
export function listFacets(db: Db): NoteFacets {
  const { series, authors, tags } = noteFacets(db);
  const ref = reference(db);
  const geos = [...new Set(series.map((s) => s.geo))].flatMap((code) => (ref.geos.has(code) ? [toGeoRef(ref.geos.get(code)!)] : []));
  const items = [...new Set(series.map((s) => s.item))].flatMap((code) => (ref.items.has(code) ? [toItemRef(ref.items.get(code)!)] : []));
  return { series: series.map((s) => `${s.geo}|${s.item}|${s.measure}`), geos, items, authors, tags };
}

/** The notes a filter selects, deletions included (they travel too), as an `.iipnotes` file. */
export function exportNotes(db: Db, filter: NoteFilter): { fileName: string; content: string; count: number } {
  const notes = findNotes(db, filter, { includeDeleted: true });
  const at = new Date().toISOString();
  return { fileName: `notes-${at.slice(0, 10)}.iipnotes`, content: writeNotesFile(notes, packageVersion(), at), count: notes.length };
}
