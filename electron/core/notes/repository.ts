// The notes table, its revisions and the colleagues' versions awaiting a decision: plain
// functions of (db, args), a row type with its converter, statements prepared once.
import type { NoteAnchor, NoteRecord } from '../../shared/contract/notes.js';
import type { Basis, Measure } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

interface NoteRow {
  id: string;
  scope: NoteAnchor['scope'];
  geoCode: string | null;
  itemCode: string | null;
  measure: Measure | null;
  basis: Basis | null;
  period: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  text: string;
  author: string;
  tags: string;
  status: NoteRecord['status'];
  showOnCharts: number;
  valueWhenWritten: number | null;
  decimalsWhenWritten: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  revision: string;
}

const COLUMNS = `id, scope, geoCode, itemCode, measure, basis, period, periodFrom, periodTo, text, author, tags, status,
  showOnCharts, valueWhenWritten, decimalsWhenWritten, createdAt, updatedAt, deletedAt, revision`;

function anchorOf(row: NoteRow): NoteAnchor {
  if (row.scope === 'figure') return { scope: 'figure', geo: row.geoCode!, item: row.itemCode!, measure: row.measure!, basis: row.basis!, period: row.period! };
  if (row.scope === 'series') return { scope: 'series', geo: row.geoCode!, item: row.itemCode!, measure: row.measure!, basis: row.basis };
  return { scope: 'range', from: row.periodFrom!, to: row.periodTo!, geo: row.geoCode, item: row.itemCode, measure: row.measure };
}

function toRecord(row: NoteRow, history: string[]): NoteRecord {
  return {
    id: row.id,
    anchor: anchorOf(row),
    text: row.text,
    author: row.author,
    tags: JSON.parse(row.tags) as string[],
    status: row.status,
    showOnCharts: row.showOnCharts === 1,
    valueWhenWritten: row.valueWhenWritten === null ? null : { value: row.valueWhenWritten, decimals: row.decimalsWhenWritten ?? 0 },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    revision: row.revision,
    history,
  };
}

function toParams(n: NoteRecord): Record<string, string | number | null> {
  const a = n.anchor;
  return {
    id: n.id,
    scope: a.scope,
    geoCode: a.geo,
    itemCode: a.item,
    measure: a.measure,
    basis: a.scope === 'range' ? null : a.basis,
    period: a.scope === 'figure' ? a.period : null,
    periodFrom: a.scope === 'range' ? a.from : null,
    periodTo: a.scope === 'range' ? a.to : null,
    text: n.text,
    author: n.author,
    tags: JSON.stringify(n.tags),
    status: n.status,
    showOnCharts: n.showOnCharts ? 1 : 0,
    valueWhenWritten: n.valueWhenWritten?.value ?? null,
    decimalsWhenWritten: n.valueWhenWritten?.decimals ?? null,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    deletedAt: n.deletedAt,
    revision: n.revision,
  };
}

const historyOf = (db: Db, id: string): string[] =>
  statement<{ revision: string }>(db, 'SELECT revision FROM noteRevisions WHERE noteId = ? ORDER BY rowid')
    .all(id)
    .map((r) => r.revision);

export function getNote(db: Db, id: string): NoteRecord | undefined {
  const row = statement<NoteRow>(db, `SELECT ${COLUMNS} FROM notes WHERE id = ?`).get(id);
  return row && toRecord(row, historyOf(db, id));
}

/** Every note, oldest first, deleted ones only when asked. */
export function allNotes(db: Db, { includeDeleted = false } = {}): NoteRecord[] {
  return selectNotes(db, { where: includeDeleted ? '' : 'WHERE deletedAt IS NULL', params: {} });
}

/** The histories of these notes (every note's when `ids` is null), by note. */
function historiesOf(db: Db, ids: string[] | null): Map<string, string[]> {
  const histories = new Map<string, string[]>();
  const rows =
    ids === null
      ? statement<{ noteId: string; revision: string }>(db, 'SELECT noteId, revision FROM noteRevisions').all()
      : statement<{ noteId: string; revision: string }>(
          db,
          'SELECT noteId, revision FROM noteRevisions WHERE noteId IN (SELECT value FROM json_each(?)) ORDER BY rowid',
        ).all(JSON.stringify(ids));
  for (const r of rows) {
    const list = histories.get(r.noteId);
    if (list) list.push(r.revision);
    else histories.set(r.noteId, [r.revision]);
  }
  return histories;
}

/** Conditions on the notes table (`WHERE …` or ''), their values bound by name. */
export interface NotesCondition {
  where: string;
  params: Record<string, string>;
}

/** The notes meeting a condition, oldest first; `limit` of them from `offset` (all without a limit). */
export function selectNotes(db: Db, { where, params }: NotesCondition, { offset = 0, limit }: { offset?: number; limit?: number } = {}): NoteRecord[] {
  const rows = statement<NoteRow>(db, `SELECT ${COLUMNS} FROM notes ${where} ORDER BY createdAt, id LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: limit ?? -1,
    offset,
  });
  // a page reads its own notes' histories; the whole list every history at once
  const histories = historiesOf(db, limit === undefined ? null : rows.map((r) => r.id));
  return rows.map((r) => toRecord(r, histories.get(r.id) ?? [r.revision]));
}

export function countNotes(db: Db, { where, params }: NotesCondition): number {
  return statement<{ n: number }>(db, `SELECT COUNT(*) AS n FROM notes ${where}`).get(params)!.n;
}

/** What the notes (not deleted) are on, by whom and tagged how: the choices the notes list filters by. */
export function noteFacets(db: Db): { series: { geo: string; item: string; measure: Measure }[]; authors: string[]; tags: string[] } {
  const live = 'FROM notes WHERE deletedAt IS NULL';
  return {
    series: statement<{ geo: string; item: string; measure: Measure }>(
      db,
      `SELECT DISTINCT geoCode AS geo, itemCode AS item, measure ${live} AND geoCode IS NOT NULL AND itemCode IS NOT NULL AND measure IS NOT NULL`,
    ).all(),
    authors: statement<{ author: string }>(db, `SELECT DISTINCT author ${live}`)
      .all()
      .map((r) => r.author),
    tags: statement<{ tag: string }>(db, `SELECT DISTINCT t.value AS tag FROM notes, json_each(notes.tags) t WHERE notes.deletedAt IS NULL`)
      .all()
      .map((r) => r.tag),
  };
}

/** Inserts or replaces the note's current version, and remembers every revision of its history. */
export function saveNote(db: Db, note: NoteRecord): void {
  const columns = COLUMNS.split(',').map((c) => c.trim());
  statement(
    db,
    `INSERT INTO notes (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${columns
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  ).run(toParams(note));
  const remember = statement(db, 'INSERT OR IGNORE INTO noteRevisions (noteId, revision) VALUES (?, ?)');
  for (const revision of note.history) remember.run(note.id, revision);
  remember.run(note.id, note.revision);
}

export interface StoredConflict {
  noteId: string;
  revision: string;
  theirs: NoteRecord;
  fileName: string;
  importedAt: string;
}

export function addConflict(db: Db, theirs: NoteRecord, fileName: string, importedAt: string): void {
  statement(db, 'INSERT OR IGNORE INTO noteConflicts (noteId, revision, theirs, fileName, importedAt) VALUES (?, ?, ?, ?, ?)').run(
    theirs.id,
    theirs.revision,
    JSON.stringify(theirs),
    fileName,
    importedAt,
  );
}

export function listConflicts(db: Db): StoredConflict[] {
  return statement<{ noteId: string; revision: string; theirs: string; fileName: string; importedAt: string }>(
    db,
    'SELECT noteId, revision, theirs, fileName, importedAt FROM noteConflicts ORDER BY importedAt, noteId',
  )
    .all()
    .map((r) => ({ ...r, theirs: JSON.parse(r.theirs) as NoteRecord }));
}

export function conflictNoteIds(db: Db): Set<string> {
  return new Set(
    statement<{ noteId: string }>(db, 'SELECT DISTINCT noteId FROM noteConflicts')
      .all()
      .map((r) => r.noteId),
  );
}

export function removeConflict(db: Db, noteId: string, revision: string): void {
  statement(db, 'DELETE FROM noteConflicts WHERE noteId = ? AND revision = ?').run(noteId, revision);
}
