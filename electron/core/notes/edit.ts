// Writing notes: add, edit, delete (a tombstone, so deletions travel) and undo a delete. Each
// change is one transaction and a new revision descending from the last.
import { randomUUID } from 'node:crypto';
import type { NoteAnchor, NoteAnchorRequest, NoteRecord, NoteStatus } from '../../shared/contract/notes.js';
import { parsePeriod } from '../../shared/period.js';
import type { Db } from '../db/connection.js';
import { writeTransaction } from '../db/transactions.js';
import { getPreference, setPreferences } from '../preferences/repository.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { resolveGeo, resolveItem, usualMeasure } from '../reference/names.js';
import { findAnchor } from './attach.js';
import { getNote, saveNote } from './repository.js';
import { withRevision, type NoteContent } from './revision.js';

/** The author of notes written here unless a note names its own: the preference (authorName). */
export const getAuthor = (db: Db): string | null => getPreference(db, 'authorName');
export const setAuthor = (db: Db, author: string): void => void setPreferences(db, { authorName: author.trim() });

/** Names or codes to the reference codes; a geo is looked up as of the anchor's last period. */
export function resolveAnchor(db: Db, request: NoteAnchorRequest): NoteAnchor {
  const lastMonth = parsePeriod(request.scope === 'figure' ? request.period : request.scope === 'range' ? request.to : '')?.end;
  if (request.scope === 'range' && parsePeriod(request.from)!.start > parsePeriod(request.to)!.end) {
    throw new BadInputError(`the range ${request.from} – ${request.to} ends before it starts`);
  }
  if (request.geo === null || request.item === null) {
    if (request.scope !== 'range') throw new BadInputError('a note on a figure or a series needs its locality and industry');
    if (request.geo !== request.item) throw new BadInputError('a range note names both a locality and an industry, or neither (a band on every chart)');
    return { scope: 'range', from: request.from, to: request.to, geo: null, item: null, measure: null };
  }
  const geo = resolveGeo(db, request.geo, lastMonth);
  if (!geo) throw new NotFoundError(`no locality or country called '${request.geo}'`);
  const item = resolveItem(db, request.item);
  if (!item) throw new NotFoundError(`no industry or product called '${request.item}'`);
  const measure = request.measure ?? usualMeasure(item);
  return { ...request, geo: geo.code, item: item.code, measure };
}

export interface NewNote {
  anchor: NoteAnchorRequest;
  text: string;
  author?: string | undefined;
  tags: string[];
  status: NoteStatus;
  showOnCharts: boolean;
}

const now = (): string => new Date().toISOString();
const cleanTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
/** Line breaks kept; Windows and old Mac endings made plain. */
const cleanText = (text: string): string => text.replace(/\r\n?/g, '\n');

export function addNote(db: Db, request: NewNote): NoteRecord {
  const author = request.author?.trim() || getAuthor(db);
  if (!author) throw new BadInputError('who is writing? Set your name once in Preferences (or give --author)');
  const anchor = resolveAnchor(db, request.anchor);
  const at = now();
  const content: NoteContent = {
    id: randomUUID(),
    anchor,
    text: cleanText(request.text),
    author,
    tags: cleanTags(request.tags),
    status: request.status,
    showOnCharts: request.showOnCharts,
    valueWhenWritten: anchor.scope === 'figure' ? findAnchor(db, anchor).valueNow : null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  const note = withRevision(content, []);
  writeTransaction(db, () => saveNote(db, note));
  return note;
}

function existing(db: Db, id: string): NoteRecord {
  const note = getNote(db, id);
  if (!note) throw new NotFoundError(`no note with id ${id}`);
  return note;
}

/** A new version of the note: the change applied, stamped now, descending from the current one (call inside the write). */
function revise(db: Db, note: NoteRecord, change: Partial<NoteContent>): NoteRecord {
  const { revision: _revision, history, ...content } = note;
  const next = withRevision({ ...content, ...change, updatedAt: now() }, history);
  saveNote(db, next);
  return next;
}

export interface NoteChange {
  text?: string | undefined;
  tags?: string[] | undefined;
  status?: NoteStatus | undefined;
  showOnCharts?: boolean | undefined;
}

/** Each change reads the note and writes its revision under the store's write lock, so a change made by another process in between is never lost. */
export function updateNote(db: Db, id: string, change: NoteChange): NoteRecord {
  return writeTransaction(db, () => {
    const note = existing(db, id);
    if (note.deletedAt !== null) throw new NotFoundError(`note ${id} is deleted: restore it first`);
    const patch: Partial<NoteContent> = {};
    if (change.text !== undefined && cleanText(change.text) !== note.text) {
      patch.text = cleanText(change.text);
      // Rewritten against the figure as it is now.
      if (note.anchor.scope === 'figure') patch.valueWhenWritten = findAnchor(db, note.anchor).valueNow ?? note.valueWhenWritten;
    }
    if (change.tags !== undefined) patch.tags = cleanTags(change.tags);
    if (change.status !== undefined) patch.status = change.status;
    if (change.showOnCharts !== undefined) patch.showOnCharts = change.showOnCharts;
    const same = Object.entries(patch).every(([key, value]) => JSON.stringify(value) === JSON.stringify(note[key as keyof NoteRecord]));
    return same ? note : revise(db, note, patch);
  });
}

export function deleteNote(db: Db, id: string): NoteRecord {
  return writeTransaction(db, () => {
    const note = existing(db, id);
    return note.deletedAt !== null ? note : revise(db, note, { deletedAt: now() });
  });
}

export function restoreNote(db: Db, id: string): NoteRecord {
  return writeTransaction(db, () => {
    const note = existing(db, id);
    return note.deletedAt === null ? note : revise(db, note, { deletedAt: null });
  });
}
