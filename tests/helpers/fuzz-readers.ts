// Property tests of the text readers: random and mutated files (real fixtures with bytes flipped, cut,
// repeated, given huge runs, deep nesting or another encoding) either read, or fail with an ImportError of
// the reader's own (code bad-input, naming the file and the place); none throws anything else, takes longer
// than FUZZ_CASE_MS, or (a share of cases run through the real pipeline into a store) changes the store.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/connection.js';
import { bytesReaders, type BytesFormat } from '../../electron/core/import/formats/index.js';
import { UnexpectedReadError } from '../../electron/core/import/formats/guard.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { MAX_FIGURES_PER_FILE } from '../../electron/core/import/pipeline/read-source.js';
import { ImportError, type ParseResult } from '../../electron/core/import/types.js';
import { sayImportOrNull } from '../../electron/shared/messages/import.js';
import { MAX_MESSAGE_CHARS } from '../../electron/shared/messages/said.js';
import { loadReference } from '../../electron/core/seed/embedded.js';
import { tempStorePath } from './temp.js';
import { FUZZ_CASE_MS, fuzzRuns } from './fuzz-runs.js';

export interface FuzzedReader {
  /** Its name in reports ("press-text"). */
  name: string;
  format: BytesFormat;
  /** The name the file goes by (its extension picks the format in the pipeline). */
  fileName: string;
  /** Real files of the format to mutate. */
  fixtures: Buffer[];
  /** Snippets the format is built of, spliced in at random ("<Obs>", "\"value\":", "DATA="). */
  tokens: string[];
}

/** The fixtures in a folder under tests/fixtures with one of the extensions. */
export function fixturesIn(folder: string, extensions: string[]): Buffer[] {
  const dir = path.join('tests/fixtures', folder);
  const out: Buffer[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (extensions.includes(path.extname(p).toLowerCase())) out.push(fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Runs that make a pattern backtrack, or a parser nest: kept below 64 KiB so a case stays quick. */
const RUNS = [' ', '\t', '9', '9,3% ', '1.', ', ', '-', '|', '"', '\n', 'a', 'tháng ', '<a>', '[', '{"a":', '(', '\\', '\u00a0', '%'];

type Mutation = (bytes: Buffer) => Buffer;

function mutation(tokens: string[]): fc.Arbitrary<Mutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  const where = (b: Buffer, f: number): number => Math.min(b.length, Math.floor(f * (b.length + 1)));
  return fc.oneof(
    // byte flips
    fc.array(fc.tuple(at, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Buffer) => {
      const c = Buffer.from(b);
      for (const [f, v] of flips) if (c.length > 0) c[Math.min(c.length - 1, Math.floor(f * c.length))] = v;
      return c;
    }),
    // truncation
    at.map((f) => (b: Buffer) => b.subarray(0, where(b, f))),
    // a slice repeated
    fc.tuple(at, at, fc.integer({ min: 2, max: 50 })).map(([f, g, times]) => (b: Buffer) => {
      const s = where(b, Math.min(f, g));
      const e = where(b, Math.max(f, g));
      return Buffer.concat([b.subarray(0, e), ...Array<Buffer>(times).fill(b.subarray(s, e)), b.subarray(e)]);
    }),
    // a huge run
    fc.tuple(at, fc.constantFrom(...RUNS), fc.integer({ min: 100, max: 60_000 })).map(([f, unit, size]) => (b: Buffer) => {
      const run = Buffer.from(unit.repeat(Math.max(1, Math.floor(size / unit.length))), 'utf8');
      return Buffer.concat([b.subarray(0, where(b, f)), run, b.subarray(where(b, f))]);
    }),
    // deep nesting
    fc
      .tuple(at, fc.constantFrom(['[', ']'], ['{"a":', '}'], ['<a>', '</a>'], ['(', ')']), fc.integer({ min: 10, max: 20_000 }))
      .map(([f, [open, close], depth]) => (b: Buffer) => {
        const i = where(b, f);
        return Buffer.concat([b.subarray(0, i), Buffer.from(open!.repeat(depth) + close!.repeat(depth)), b.subarray(i)]);
      }),
    // a token of the format spliced in
    fc.tuple(at, fc.constantFrom(...tokens)).map(
      ([f, token]) =>
        (b: Buffer) =>
          Buffer.concat([b.subarray(0, where(b, f)), Buffer.from(token), b.subarray(where(b, f))]),
    ),
    // odd encodings: UTF-16, Latin-1, a stray BOM, a broken UTF-8 sequence
    fc.constantFrom<Mutation>(
      (b) => Buffer.from(b.toString('utf8'), 'utf16le'),
      (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
      (b) => Buffer.from(b.toString('utf8'), 'latin1'),
      (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
      (b) => Buffer.concat([b.subarray(0, b.length >> 1), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), b.subarray(b.length >> 1)]),
    ),
  );
}

/** Inputs are cut to this size: larger ones only cost time here (the readers' 1 MB cases: tests/unit/text-readers-bounds.test.ts). */
const MAX_INPUT_BYTES = 256 * 1024;

/** Random bytes or text, or a fixture with one to three mutations. */
export function fuzzedInput(reader: FuzzedReader): fc.Arbitrary<Buffer> {
  const fixture = fc.constantFrom(...reader.fixtures);
  const text = fc.string({ unit: fc.constantFrom(...'0123456789 ,.;:%-"\n\tabcxyzăđươ<>/=[]{}()|'.split('')), maxLength: 400 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((s) => Buffer.from(s, 'utf8')) },
    { weight: 1, arbitrary: fc.tuple(fixture, text).map(([f, t]) => Buffer.concat([f, Buffer.from(t)])) },
    {
      weight: 7,
      arbitrary: fc
        .tuple(fixture, fc.array(mutation(reader.tokens), { minLength: 1, maxLength: 3 }))
        .map(([f, ms]) => ms.reduce((b, m) => m(b).subarray(0, MAX_INPUT_BYTES), f)),
    },
  );
}

/** Why a failure is not one a reader may give, or null when it is. */
export function badFailure(error: unknown, fileName: string): string | null {
  if (error instanceof UnexpectedReadError) return `an unexpected error inside the reader: ${String(error.cause)}`;
  if (!(error instanceof ImportError)) return `an untyped error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  if (error.code !== 'bad-input') return `code ${error.code}`;
  if (error.file !== fileName || !error.message.startsWith(fileName)) return `the message does not name the file: ${error.message}`;
  if (error.message.length > MAX_MESSAGE_CHARS) return `a message of ${error.message.length} characters`;
  if (error.place === null && !WHOLE_FILE.test(error.detail)) return `no place: ${error.detail}`;
  if (sayImportOrNull(error.said, 'vi') === null) return `no message of the catalogue to say in Vietnamese: ${error.said.code}`;
  return null;
}

/** What may be said of a whole file, with no place in it. */
const WHOLE_FILE =
  /^(?:the file is empty|the file contains \d+ (?:NUL|control)|the bytes look like UTF-16|the text contains \d+ C1|unknown encoding|the file is not valid|cannot tell|no (?:IIP )?figures|no .* found|the JSON is not an object|the (?:bundle|collection) holds|the file ends|the text is not|the file (?:is|looks|seems)|not (?:an? )?(?:SDMX|PC-Axis|JSON-stat))/i;

/** Why a result is not one a reader may give, or null when it is. */
function badResult(result: ParseResult): string | null {
  if (!Array.isArray(result.figures) || !Array.isArray(result.warnings)) return 'no figures or warnings list';
  for (const w of result.warnings) {
    const en = sayImportOrNull(w, 'en');
    if (en === null || sayImportOrNull(w, 'vi') === null) return `a warning the catalogue cannot say: ${JSON.stringify(w).slice(0, 200)}`;
    if (en.length > MAX_MESSAGE_CHARS) return `a warning of ${en.length} characters: ${en.slice(0, 200)}…`;
  }
  for (const f of result.figures) {
    if (!Number.isFinite(f.value)) return `a figure with value ${f.value} at ${f.location}`;
    if (typeof f.geoLabel !== 'string' || typeof f.itemLabel !== 'string' || typeof f.location !== 'string') return `a figure without labels at ${f.location}`;
  }
  return null;
}

/** One case: the reader's outcome on the bytes, checked; a message saying what is wrong, or null. */
export async function readOnce(reader: FuzzedReader, bytes: Buffer): Promise<string | null> {
  // the process's CPU time, not the clock's: the readers run synchronously, and on a shared machine the clock
  // also counts other processes' turns
  const started = process.cpuUsage();
  let problem: string | null;
  try {
    problem = badResult(await bytesReaders[reader.format].read(bytes, { fileName: reader.fileName, maxFigures: MAX_FIGURES_PER_FILE }));
  } catch (error) {
    problem = badFailure(error, reader.fileName);
  }
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms > FUZZ_CASE_MS) return `took ${Math.round(ms)} ms of CPU (bound ${FUZZ_CASE_MS} ms) on ${bytes.length} bytes`;
  return problem;
}

/** A store of the app's schema and reference lists (what names match), without the embedded history: cheap to make. */
export function referenceStore(): Db {
  const db = openDatabase(tempStorePath());
  loadReference(db);
  return db;
}

/** The store's releases and figures, hashed: equal digests mean nothing was stored or removed. */
export function storeDigest(db: Db): string {
  const hash = crypto.createHash('sha256');
  for (const table of ['releases', 'figures'])
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

/** One case through the pipeline: a refused file leaves the store as it was; a read one is stored whole. */
export async function importOnce(db: Db, reader: FuzzedReader, bytes: Buffer): Promise<string | null> {
  const before = storeDigest(db);
  const preview = await previewImport(db, [{ fileName: reader.fileName, bytes }], { skipUnknown: true, today: '2026-01-01' });
  for (const e of preview.errors) {
    if (e.message.length > MAX_MESSAGE_CHARS) return `a preview error of ${e.message.length} characters`;
    if (e.message.startsWith('could not be read')) return `an unexpected error in the pipeline: ${e.message}`;
  }
  if (preview.ready) {
    commitImport(db, preview);
    return null;
  }
  try {
    commitImport(db, preview);
    return 'a preview that was not ready was committed';
  } catch (error) {
    if (!(error instanceof ImportError)) return `commit refused with an untyped error: ${String(error)}`;
  }
  return storeDigest(db) === before ? null : 'a refused import changed the store';
}

/** Case counts for `npm run fuzz`: one line per property in the folder it names. */
function report(name: string, cases: number, failed: boolean): void {
  const dir = process.env.IIP_FUZZ_REPORT_DIR;
  if (dir) fs.appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify({ name, cases, failed })}\n`);
}

/** What failed, on which input (its start), and the seed and path that replay it. */
function failureReport(details: fc.RunDetails<[Buffer]>): string {
  if (!details.failed) return '';
  const bytes = details.counterexample?.[0];
  const problem = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const start = bytes ? JSON.stringify(bytes.subarray(0, 300).toString('utf8')) : '';
  return `${problem}\non ${bytes?.length ?? 0} bytes starting ${start}\nreplay with seed ${details.seed}, path ${JSON.stringify(details.counterexamplePath)}`;
}

/** Runs the reader's property: fuzzRuns() cases, one in `pipelineEvery` also imported into a temp store. */
export async function fuzzReader(reader: FuzzedReader, opts: { runs?: number; pipelineEvery?: number; seed?: number } = {}): Promise<void> {
  const runs = opts.runs ?? fuzzRuns();
  const every = opts.pipelineEvery ?? 25;
  const db = referenceStore();
  let n = 0;
  try {
    const details = await fc.check(
      fc.asyncProperty(fuzzedInput(reader), async (bytes) => {
        const problem = (await readOnce(reader, bytes)) ?? (n++ % every === 0 ? await importOnce(db, reader, bytes) : null);
        if (problem) throw new Error(problem);
      }),
      { numRuns: runs, endOnFailure: true, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) },
    );
    report(reader.name, details.numRuns, details.failed);
    expect(details.failed, failureReport(details)).toBe(false);
  } finally {
    db.close();
  }
}
