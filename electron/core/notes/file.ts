// `.iipnotes` files: JSON with a format name and version, the notes with their histories. Read
// strictly: a file too large, not JSON, truncated, malformed or from a newer app is refused with
// the file and the place named, before anything changes.
import { NOTES_FILE_FORMAT, NOTES_FILE_MAX_BYTES, NOTES_FILE_VERSION, notesFileSchema, type NoteRecord, type NotesFile } from '../../shared/contract/notes.js';
import { BadInputError } from '../errors.js';
import { said, sayImport, type ImportSaid } from '../../shared/messages/import.js';
import { sayPlace, type Place } from '../../shared/messages/place.js';
import { issueText } from './issue-text.js';
import { revisionOf } from './revision.js';

/** A notes file refused: the file, the place (English words; `where` as data) and the message as a catalogue code. */
export class NotesFileError extends BadInputError {
  readonly place: string | null;
  readonly detail: string;
  override readonly where: Place | null;
  constructor(
    override readonly file: string,
    where: Place | null,
    override readonly said: ImportSaid,
  ) {
    const place = where && where.length > 0 ? sayPlace(where, 'en') : null;
    const detail = sayImport(said, 'en');
    super(`${file}${place ? ` (${place})` : ''}: ${detail}`);
    this.place = place;
    this.detail = detail;
    this.where = where && where.length > 0 ? where : null;
  }
}

export function writeNotesFile(notes: NoteRecord[], appVersion: string, exportedAt: string): string {
  const file: NotesFile = { format: NOTES_FILE_FORMAT, version: NOTES_FILE_VERSION, exportedAt, app: `IIP Explorer ${appVersion}`, notes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [
    ['line', line],
    ['column', offset - before.lastIndexOf('\n')],
  ];
}

/** Where a JSON.parse error happened, where the engine says (V8 gives "position N"). */
function jsonErrorPlace(text: string, error: unknown): Place | null {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return position ? lineAndColumn(text, Number(position[1])) : null;
}

/** The value at a path of the parsed file (what an issue is about). */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A value of the file quoted in a message: 40 characters at most. */
const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`), '');

export function readNotesFile(fileName: string, content: string): NoteRecord[] {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > NOTES_FILE_MAX_BYTES) throw new NotesFileError(fileName, null, said('notes.too-large', { bytes, limit: NOTES_FILE_MAX_BYTES }));
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const truncated = content.trim().length === 0 || !/[}\]]\s*$/.test(content);
    const place = jsonErrorPlace(content, error) ?? (truncated ? lineAndColumn(content, content.length) : null);
    throw new NotesFileError(fileName, place, said(truncated ? 'notes.truncated' : 'notes.not-json'));
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== NOTES_FILE_FORMAT) {
    throw new NotesFileError(fileName, [['field', 'format']], said('notes.not-notes-file', { format: NOTES_FILE_FORMAT }));
  }
  if (typeof head.version === 'number' && head.version > NOTES_FILE_VERSION) {
    throw new NotesFileError(fileName, [['field', 'version']], said('notes.newer', { version: head.version, supported: NOTES_FILE_VERSION }));
  }
  const parsed = notesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const noteIndex = typeof issue.path[1] === 'number' ? issue.path[1] : null;
    const id = noteIndex !== null ? (json as { notes: { id?: unknown }[] }).notes[noteIndex]?.id : undefined;
    const field = pathText(issue.path);
    const place: Place = [...(field ? [['field', field] as const] : []), ...(typeof id === 'string' ? [['note', excerpt(id)] as const] : [])];
    throw new NotesFileError(fileName, place, issueText(issue, valueAt(json, issue.path)));
  }
  const seen = new Set<string>();
  return parsed.data.notes.map((note, index) => {
    if (seen.has(note.id)) throw new NotesFileError(fileName, [['field', `notes[${index}].id`]], said('notes.note-twice', { id: excerpt(note.id) }));
    seen.add(note.id);
    return recomputedRevision(note);
  });
}

/** A version edited by hand (content no longer matching its revision) is a new version of it. */
function recomputedRevision(note: NoteRecord): NoteRecord {
  const { revision: stated, history, ...content } = note;
  const revision = revisionOf(content);
  return { ...content, revision, history: [...new Set([...history, stated, revision])] };
}
