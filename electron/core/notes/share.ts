// Notes from a colleague's file: each note decided against ours by identity and history
// (decideMerge), previewed, then applied all or nothing; conflicts wait for the user.
import type { NoteImportReport, NoteRecord, NoteView } from '../../shared/contract/notes.js';
import type { Db } from '../db/connection.js';
import { writeTransaction } from '../db/transactions.js';
import { NotFoundError } from '../errors.js';
import { anchorFinder } from './attach.js';
import { readNotesFile } from './file.js';
import { decideMerge, unionHistory } from './merge.js';
import { noteViews } from './queries.js';
import { addConflict, getNote, listConflicts, removeConflict, saveNote } from './repository.js';
import { withRevision } from './revision.js';
import { randomUUID } from 'node:crypto';

const excerpt = (text: string): string => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export function importNotes(db: Db, fileName: string, content: string, { commit }: { commit: boolean }): NoteImportReport {
  const theirs = readNotesFile(fileName, content);
  const counts = { new: 0, changed: 0, identical: 0, older: 0, conflict: 0, unattached: 0 };
  const importedAt = new Date().toISOString();
  const find = anchorFinder(db);
  const apply = (): NoteImportReport['items'] =>
    theirs.map((note) => {
      const mine = getNote(db, note.id);
      const { outcome } = decideMerge(mine, note);
      const attached = find(note.anchor).attached;
      counts[outcome] += 1;
      if (!attached && note.deletedAt === null) counts.unattached += 1;
      if (commit) applyDecision(db, mine, note, outcome, fileName, importedAt);
      return { id: note.id, outcome, attached, deleted: note.deletedAt !== null, text: excerpt(note.text), author: note.author };
    });
  const items = commit ? writeTransaction(db, apply) : apply();
  return { fileName, committed: commit, counts, items };
}

function applyDecision(
  db: Db,
  mine: NoteRecord | undefined,
  theirs: NoteRecord,
  outcome: ReturnType<typeof decideMerge>['outcome'],
  fileName: string,
  at: string,
): void {
  if (outcome === 'new') saveNote(db, theirs);
  else if (outcome === 'changed') saveNote(db, { ...theirs, history: unionHistory(mine!.history, theirs.history) });
  else if (outcome === 'identical' || outcome === 'older') saveNote(db, { ...mine!, history: unionHistory(mine!.history, theirs.history) });
  else addConflict(db, theirs, fileName, at);
}

export function conflicts(db: Db): { id: string; mine: NoteView; theirs: NoteRecord; fileName: string; importedAt: string }[] {
  return listConflicts(db).flatMap((c) => {
    const mine = getNote(db, c.noteId);
    return mine ? [{ id: c.noteId, mine: noteViews(db, [mine])[0]!, theirs: c.theirs, fileName: c.fileName, importedAt: c.importedAt }] : [];
  });
}

/**
 * The user's decision on a conflict. Mine: a new version of mine that has seen theirs (so their
 * store takes it). Theirs: their version, which has seen mine. Both: mine kept that way, theirs
 * copied into a new note.
 */
export function resolveConflict(db: Db, id: string, revision: string, keep: 'mine' | 'theirs' | 'both'): NoteRecord[] {
  return writeTransaction(db, () => {
    const waiting = listConflicts(db).find((c) => c.noteId === id && c.revision === revision);
    const mine = getNote(db, id);
    if (!waiting || !mine) throw new NotFoundError(`no conflict on note ${id} with revision ${revision}`);
    const theirs = waiting.theirs;
    const history = unionHistory(mine.history, theirs.history);
    const at = new Date().toISOString();
    removeConflict(db, id, revision);
    const { revision: _r, history: _h, ...mineContent } = mine;
    const kept = keep === 'theirs' ? { ...theirs, history } : withRevision({ ...mineContent, updatedAt: at }, history);
    saveNote(db, kept);
    if (keep !== 'both') return [kept];
    const { revision: _tr, history: _th, ...theirContent } = theirs;
    const copy = withRevision({ ...theirContent, id: randomUUID(), createdAt: at, updatedAt: at }, []);
    saveNote(db, copy);
    return [kept, copy];
  });
}
