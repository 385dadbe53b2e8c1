// Property: a colleague's `.iipnotes` file, changed anywhere (a field replaced by any JSON value, a
// huge text or a deep nest, deleted, an unknown field added; the text cut, characters flipped or
// inserted), is imported into a real store within the time bound, or refused with a NotesFileError
// naming the file in words for people (no library's words), and then the store is unchanged.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { storeState } from '../../electron/core/db/until-change.js';
import { NotesFileError, writeNotesFile } from '../../electron/core/notes/file.js';
import { importNotes } from '../../electron/core/notes/share.js';
import { revisionOf } from '../../electron/core/notes/revision.js';
import { openStore } from '../../electron/core/store.js';
import type { NoteRecord } from '../../electron/shared/contract/notes.js';
import { FUZZ_CASE_MS, fuzzRuns } from '../helpers/fuzz-runs.js';
import { tempStorePath } from '../helpers/temp.js';

const AT = '2026-03-01T09:30:00.000Z';

function note(id: string, anchor: NoteRecord['anchor'], text: string, extra: Partial<NoteRecord> = {}): NoteRecord {
  const content = {
    id,
    anchor,
    text,
    author: 'Lan',
    tags: ['ô tô', 'tháng 11'],
    status: 'draft' as const,
    showOnCharts: true,
    valueWhenWritten: null,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...extra,
  };
  const revision = revisionOf(content);
  return { ...content, revision, history: [revision] };
}

const SEED = JSON.parse(
  writeNotesFile(
    [
      note('n-figure', { scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-11' }, 'Tăng 8,9% nhờ điện tử', {
        valueWhenWritten: { value: 108.9, decimals: 1 },
      }),
      note('n-series', { scope: 'series', geo: 'P25', item: 'C29', measure: 'iip', basis: null }, 'Nhà máy mới từ tháng 3'),
      note('n-range', { scope: 'range', from: '2025-01', to: '2025-03', geo: null, item: null, measure: null }, 'Tết', { deletedAt: AT }),
    ],
    '0.0.0',
    AT,
  ),
) as Record<string, unknown>;

type Json = unknown;
type Path = (string | number)[];

/** Every path into the value, the root included. */
function pathsOf(value: Json, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...at, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...at, k])));
  return here;
}

function replaced(value: Json, path: Path, change: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as Json[])] : { ...(value as object) }) as Record<string | number, Json>;
  const next = replaced(copy[head!], rest, change);
  if (next === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = next;
  return copy;
}

/** Stands for a deep nest while the file is written (JSON.stringify itself would overflow on one). */
const NEST = '\u0000nest\u0000';

type FieldChange =
  | { kind: 'value'; value: Json }
  | { kind: 'delete' }
  | { kind: 'unknown-field'; name: string }
  | { kind: 'huge-text'; length: number }
  | { kind: 'nest'; depth: number };
type TextChange = { kind: 'cut'; at: number } | { kind: 'flip'; at: number; char: string } | { kind: 'insert'; at: number; text: string };

const fieldChange: fc.Arbitrary<FieldChange> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('value' as const), value: fc.jsonValue({ maxDepth: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown-field' as const), name: fc.string({ maxLength: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-text' as const), length: fc.integer({ min: 100, max: 3_000_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 100_000 }) }) },
);
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const textChange: fc.Arbitrary<TextChange> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('flip' as const), at: position, char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.string({ maxLength: 40, unit: 'binary' }) }),
);

function changeField(pathPick: number, change: FieldChange): string {
  const paths = pathsOf(SEED);
  const path = paths[pathPick % paths.length]!;
  const file = replaced(SEED, path, (old) => {
    switch (change.kind) {
      case 'value':
        return change.value;
      case 'delete':
        return path.length === 0 ? {} : undefined;
      case 'unknown-field':
        return old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [change.name]: 1 } : old;
      case 'huge-text':
        return 'Ghi chú '.repeat(Math.ceil(change.length / 8));
      case 'nest':
        return NEST;
    }
  });
  const text = JSON.stringify(file, null, 2);
  return change.kind === 'nest' ? text.replace(JSON.stringify(NEST), '['.repeat(change.depth) + ']'.repeat(change.depth)) : text;
}

function changeText(text: string, change: TextChange): string {
  const at = Math.floor(change.at * text.length);
  if (change.kind === 'cut') return text.slice(0, at);
  if (change.kind === 'flip') return text.slice(0, at) + change.char + text.slice(at + 1);
  return text.slice(0, at) + change.text + text.slice(at);
}

describe('.iipnotes files, mutated', () => {
  const store = openStore(tempStorePath());
  afterAll(() => store.db.close());

  /** Imports the file: taken whole, or refused naming the file and the store left as it was. */
  function importWithinBound(content: string): void {
    const before = storeState(store.db);
    const started = performance.now();
    let error: unknown = null;
    try {
      importNotes(store.db, 'ghi-chu-lan.iipnotes', content, { commit: true });
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(FUZZ_CASE_MS);
    if (error === null) return;
    expect(error).toBeInstanceOf(NotesFileError);
    const message = (error as NotesFileError).message;
    expect(message.startsWith('ghi-chu-lan.iipnotes')).toBe(true);
    expect(message.length, message.slice(0, 300)).toBeLessThanOrEqual(400);
    expect(message).not.toMatch(/Invalid input|Invalid option|Unrecognized key|Too (big|small)|received|Cannot read propert|undefined|TypeError|RangeError/);
    expect(storeState(store.db)).toBe(before);
  }

  it('a field changed: imported, or refused naming the file and the field', () => {
    fc.assert(
      fc.property(fc.nat(), fieldChange, (pick, change) => importWithinBound(changeField(pick, change))),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('the text changed: imported, or refused naming the file and the place', () => {
    const text = JSON.stringify(SEED, null, 2);
    fc.assert(
      fc.property(textChange, (change) => importWithinBound(changeText(text, change))),
      { numRuns: fuzzRuns(100) },
    );
  });
});
