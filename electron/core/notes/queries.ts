// Reading notes: the list a user filters (by series, author, tag, status and text, diacritics
// ignored), each with what its anchor finds in the store now; and the file a filter exports.
import type { NoteFilter, NoteRecord, NoteView } from '../../shared/contract/notes.js';
import { foldForSearch, matchesSearch } from '../../shared/text.js';
import type { Db } from '../db/connection.js';
import { resolveGeo, resolveItem } from '../reference/names.js';
import { packageVersion } from '../version.js';
import { anchorFinder, toView } from './attach.js';
import { writeNotesFile } from './file.js';
import { allNotes, conflictNoteIds } from './repository.js';

/** A code or name to the code it means; an unknown one (a colleague's) compared as written. */
const codeOf = (resolved: { code: string } | undefined, label: string): string => resolved?.code ?? label.trim();

function matcher(db: Db, filter: NoteFilter): (note: NoteRecord) => boolean {
  const geo = filter.geo ? codeOf(resolveGeo(db, filter.geo), filter.geo) : undefined;
  const item = filter.item ? codeOf(resolveItem(db, filter.item), filter.item) : undefined;
  const tag = filter.tag ? foldForSearch(filter.tag) : undefined;
  return (note) =>
    (geo === undefined || note.anchor.geo === geo) &&
    (item === undefined || note.anchor.item === item) &&
    (filter.measure === undefined || note.anchor.measure === filter.measure) &&
    (filter.status === undefined || note.status === filter.status) &&
    (filter.author === undefined || matchesSearch(filter.author, note.author)) &&
    (tag === undefined || note.tags.some((t) => foldForSearch(t) === tag)) &&
    (filter.search === undefined || matchesSearch(filter.search, note.text, note.author, ...note.tags));
}

export function findNotes(db: Db, filter: NoteFilter, { includeDeleted = false } = {}): NoteRecord[] {
  return allNotes(db, { includeDeleted }).filter(matcher(db, filter));
}

export function noteViews(db: Db, notes: NoteRecord[]): NoteView[] {
  const inConflict = conflictNoteIds(db);
  const find = anchorFinder(db);
  return notes.map((n) => toView(n, find(n.anchor), inConflict.has(n.id)));
}

/** The notes a filter selects, deletions included (they travel too), as an `.iipnotes` file. */
export function exportNotes(db: Db, filter: NoteFilter): { fileName: string; content: string; count: number } {
  const notes = findNotes(db, filter, { includeDeleted: true });
  const at = new Date().toISOString();
  return { fileName: `notes-${at.slice(0, 10)}.iipnotes`, content: writeNotesFile(notes, packageVersion(), at), count: notes.length };
}
