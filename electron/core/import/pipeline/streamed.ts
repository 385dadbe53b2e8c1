// Tidy CSV files on disk, read a figure at a time (issue 14) so memory does not grow with the file:
// the preview keeps counts, the first figures of each kind of change and what duplicates need, not
// the figures; the commit reads the file again inside its transaction (synchronously, nothing
// awaited) and stores its figures as they are read, a batch at a time in series order.
import Database, { type Statement } from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { BASES, UNITS, type FigureInput, type ReleaseInput } from '../../../shared/domain.js';
import type { FilePreview, NamedRef, PreviewFigure } from '../../../shared/contract/import.js';
import { parsePeriod } from '../../../shared/period.js';
import type { Db } from '../../db/connection.js';
import { figureWriter } from '../../figures/repository.js';
import { FigureFingerprint, hasReleaseOfFileOrDate, releaseByChecksum, releaseWithFingerprint } from '../../releases/repository.js';
import { detectFormat } from '../formats/index.js';
import { TidyCsvChunks } from '../formats/tidy-csv/index.js';
import { ImportError, type ParseResult, type RawFigure } from '../types.js';
import { changeFinder } from './diff.js';
import { figureMatcher, type FigureMatcher, type NameMappings } from './match.js';
import type { ImportSource } from './read-source.js';

/** A large file's preview lists this many figures of each kind of change; its counts cover them all. */
export const LISTED_PER_CHANGE = 1000;
/** About 10–50 ms of reading, matching and comparing between two turns of the event loop. */
const CHUNK_BYTES = 256 * 1024;

/** What the commit needs to read a streamed file again: the preview keeps no figures. */
interface StreamedPlan {
  path: string;
  mappings: NameMappings;
  skipUnknown: boolean;
}
const plans = new WeakMap<FilePreview, StreamedPlan>();

/** The plan of a file previewed a figure at a time, if it was. */
export const streamedPlan = (file: FilePreview): StreamedPlan | undefined => plans.get(file);

/** A tidy CSV file on disk: read a figure at a time. An empty or unreadable file is left to the usual reading, which says why. */
export function isTidyCsvOnDisk(source: ImportSource): source is { fileName: string; path: string } {
  if (!('path' in source)) return false;
  try {
    const fd = fs.openSync(source.path, 'r');
    try {
      const head = Buffer.alloc(4096);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return n > 0 && detectFormat(source.fileName, head.subarray(0, n)) === 'csv';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Reads a tidy CSV file from disk a chunk at a time, handing over each figure; the event loop turns between chunks. */
async function readFigures(
  file: string,
  fileName: string,
  onFigure: (raw: RawFigure) => void,
  onChunk: () => void,
  onBytes: (read: number, size: number) => void,
): Promise<{ result: ParseResult; checksum: string }> {
  const size = fs.statSync(file).size;
  const csv = new TidyCsvChunks(fileName, { onFigure });
  const hash = crypto.createHash('sha256');
  onBytes(0, size);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    hash.update(chunk as Buffer);
    csv.write(chunk as Buffer);
    onChunk();
    onBytes(csv.bytes, size);
  }
  return { result: csv.end(), checksum: hash.digest('hex') };
}

/** The same, synchronously: for reading inside a transaction. */
function readFiguresSync(file: string, fileName: string, onFigure: (raw: RawFigure) => void): { result: ParseResult; checksum: string } {
  const csv = new TidyCsvChunks(fileName, { onFigure });
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      // the decoder may keep a partial character: give it a copy, the buffer is reused
      const chunk = Buffer.from(buffer.subarray(0, n));
      hash.update(chunk);
      csv.write(chunk);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { result: csv.end(), checksum: hash.digest('hex') };
}

type Matched = FigureInput & { location?: string | null };

/**
 * Each figure once: a figure stated again must give the same value, or the file is refused naming
 * both rows. Figures are checked against those seen before, which are kept in a
 * private temporary database on disk (SQLite's own page cache in memory), so memory does not grow
 * with the file. A figure's identity is one integer made of small ids: its period (14 bits), series
 * (20), basis and unit (4) and base year (8), the period first so that the keys of a file read period
 * by period come in order and those of one read series by series touch a page per period.
 */
class SeenFigures {
  private readonly series = new Map<string, number>();
  private readonly periods = new Map<string, number>();
  private readonly baseYears = new Map<number, number>();
  private readonly store = SeenFigures.open();
  private readonly add: Statement<unknown[], unknown> = this.store.prepare(
    'INSERT INTO seen (key, value, place) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );
  private readonly find = this.store.prepare('SELECT value, place FROM seen WHERE key = ?') as Statement<unknown[], { value: string; place: string }>;

  constructor(private readonly fileName: string) {}

  /** A private temporary database on disk (SQLite removes it on close); nothing in it needs to survive a crash. */
  private static open(): Database.Database {
    const store = new Database('');
    store.pragma('journal_mode = OFF');
    store.pragma('synchronous = OFF');
    store.exec('CREATE TABLE seen (key INTEGER PRIMARY KEY, value TEXT NOT NULL, place TEXT NOT NULL) STRICT');
    return store;
  }

  private static id<K>(ids: Map<K, number>, key: K): number {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  }

  private key(f: Matched): number {
    const series = SeenFigures.id(this.series, `${f.geo}|${f.item}|${f.measure}`);
    const period = SeenFigures.id(this.periods, f.period);
    const baseYear = SeenFigures.id(this.baseYears, f.baseYear ?? 0);
    const view = BASES.indexOf(f.basis) * UNITS.length + UNITS.indexOf(f.unit);
    if (series >= 2 ** 20 || period >= 2 ** 14 || baseYear >= 2 ** 8)
      throw new ImportError(this.fileName, f.location ?? null, 'more than a million series, 16,384 periods or 256 base years in one file: split it');
    return ((period * 2 ** 20 + series) * 2 ** 4 + view) * 2 ** 8 + baseYear;
  }

  /** The batch's figures stated for the first time, in order; a figure stated before with the same value is left out. */
  firsts<T extends Matched>(batch: T[]): T[] {
    return this.store.transaction(() => this.check(batch))();
  }

  private check<T extends Matched>(batch: T[]): T[] {
    const firsts: T[] = [];
    for (const f of batch) {
      const key = this.key(f);
      const value = String(f.value);
      if (this.add.run(key, value, f.location ?? '').changes === 1) {
        firsts.push(f);
        continue;
      }
      const earlier = this.find.get(key)!;
      if (earlier.value !== value) {
        throw new ImportError(
          this.fileName,
          f.location ?? null,
          `gives ${value} for ${f.geo}/${f.item} ${f.period} ${f.basis}, but ${earlier.place || 'an earlier place'} gives ${earlier.value} for the same figure`,
        );
      }
    }
    return firsts;
  }

  close(): void {
    this.store.close();
  }
}

export interface StreamedPreviewContext {
  mappings: NameMappings;
  skipUnknown: boolean;
  /** The release the file's figures would form, from what the file states and the choices made. */
  releaseOf: (parsed: ParseResult, checksum: string) => ReleaseInput;
  /** Whether the user gave the release's date (a tidy CSV states none). */
  publishedOnGiven: boolean;
  named: (kind: 'geo' | 'item', code: string) => NamedRef;
  onBytes: (read: number, size: number) => void;
}

/**
 * Previews a tidy CSV file on disk a figure at a time: names matched, each figure once, compared
 * with the store. Lists the first LISTED_PER_CHANGE figures of each kind of change (`unlisted`
 * counts the rest).
 */
export async function previewStreamedCsv(db: Db, source: { fileName: string; path: string }, ctx: StreamedPreviewContext): Promise<FilePreview> {
  const matcher = figureMatcher(db, ctx.mappings);
  const seen = new SeenFigures(source.fileName);
  try {
    return await previewWith(db, source, ctx, matcher, seen);
  } finally {
    seen.close();
  }
}

async function previewWith(
  db: Db,
  source: { fileName: string; path: string },
  ctx: StreamedPreviewContext,
  matcher: FigureMatcher,
  seen: SeenFigures,
): Promise<FilePreview> {
  const { fileName } = source;
  const planned = ctx.releaseOf({ figures: [], release: {}, warnings: [] }, '');
  // only a release of the same file name or date can hold the same figures: without one, none is compared
  const fingerprint = hasReleaseOfFileOrDate(db, planned) ? new FigureFingerprint() : null;
  const counts = { new: 0, revised: 0, unchanged: 0, history: 0, shown: 0, skipped: 0 };
  const listed: PreviewFigure[] = [];
  let unlisted = 0;
  let rawCount = 0;
  let matched = 0;
  // what is history depends on the release's date: a tidy CSV states none, so it is known before reading
  const changeOf = changeFinder(db, planned.publishedOn);
  let batch: NonNullable<ReturnType<FigureMatcher['match']>>[] = [];
  const take = (): void => {
    for (const f of seen.firsts(batch)) {
      fingerprint?.add(f);
      const change = changeOf(f);
      if (++counts[change.change] > LISTED_PER_CHANGE) {
        unlisted++;
        continue;
      }
      const { rawIndex: _r, ...figure } = f;
      listed.push({ ...figure, period: parsePeriod(f.period)!.code, geo: ctx.named('geo', f.geo), item: ctx.named('item', f.item), ...change });
    }
    batch = [];
  };
  const { result, checksum } = await readFigures(
    source.path,
    fileName,
    (raw) => {
      const f = matcher.match(raw, rawCount++);
      if (!f) return;
      matched++;
      batch.push(f);
    },
    take,
    ctx.onBytes,
  );
  take();
  if (rawCount === 0) throw new ImportError(fileName, null, 'no IIP figures found in this file');
  const release = ctx.releaseOf(result, checksum);
  counts.shown = counts.new + counts.revised;
  counts.skipped = rawCount - matched;
  const stored = counts.new + counts.revised + counts.unchanged + counts.history;
  const byFile = releaseByChecksum(db, checksum);
  const byContent = byFile || !fingerprint ? undefined : releaseWithFingerprint(db, release, stored, fingerprint.digest());
  const previous = byFile ?? byContent;
  const preview: FilePreview = {
    fileName,
    format: 'csv',
    checksum,
    release,
    publishedOnFrom: ctx.publishedOnGiven ? 'given' : 'today',
    alreadyImported: previous ? { releaseId: previous.id, name: previous.name, ...(byContent ? { sameFigures: true } : {}) } : null,
    figures: listed,
    ...(unlisted > 0 ? { unlisted } : {}),
    unknown: matcher.unknown(),
    warnings: result.warnings,
    clashes: [],
    counts,
  };
  plans.set(preview, { path: source.path, mappings: ctx.mappings, skipUnknown: ctx.skipUnknown });
  return preview;
}

/**
 * Stores a file previewed a figure at a time as release `releaseId`: read again, synchronously
 * (call inside the commit's transaction), each figure stored as it is read; returns how many. The
 * preview found each figure stated once (or again with the same value); a file that changed since
 * is refused, and the transaction with it.
 */
export function storeStreamedCsv(db: Db, file: FilePreview, releaseId: number): number {
  const plan = plans.get(file);
  if (!plan) throw new Error(`${file.fileName}: not previewed a figure at a time`);
  const matcher = figureMatcher(db, plan.mappings);
  const writer = figureWriter(db, releaseId);
  // Stored a batch at a time in series order: the figure indexes lead with the series, and rows
  // that land next to each other in them cost far less than rows scattered period by period.
  let batch: (FigureInput & { order: number })[] = [];
  const seriesOrder = new Map<string, number>();
  const store = (): void => {
    batch.sort((a, b) => a.order - b.order || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (const f of batch) writer.add(f);
    batch = [];
  };
  let rawCount = 0;
  return withPageCache(db, STORING_CACHE_KIB, () => {
    const { checksum } = readFiguresSync(plan.path, file.fileName, (raw) => {
      const f = matcher.match(raw, rawCount++);
      if (!f) {
        if (plan.skipUnknown) return;
        throw new ImportError(file.fileName, raw.location, `a name matches nothing (${raw.geoLabel} / ${raw.itemLabel})`);
      }
      const series = `${f.geo}|${f.item}|${f.measure}`;
      let order = seriesOrder.get(series);
      if (order === undefined) seriesOrder.set(series, (order = seriesOrder.size));
      batch.push(Object.assign(f, { order }));
      if (batch.length === STORING_BATCH) store();
    });
    store();
    if (checksum !== file.checksum) throw new ImportError(file.fileName, null, 'the file changed after it was previewed; preview it again');
    return writer.finish();
  });
}

/** Figures held, sorted and stored together: a few megabytes. */
const STORING_BATCH = 50_000;
/** SQLite's page cache while a large file is stored (its default is 2 MiB): the figure indexes' pages touched by a batch stay in memory. */
const STORING_CACHE_KIB = 64 * 1024;

/** Runs `work` with SQLite's page cache at `kib` KiB at least, then sets it back. */
function withPageCache<T>(db: Db, kib: number, work: () => T): T {
  const before = db.pragma('cache_size', { simple: true }) as number;
  const bytes = before < 0 ? -before * 1024 : before * (db.pragma('page_size', { simple: true }) as number);
  if (bytes >= kib * 1024) return work();
  db.pragma(`cache_size = -${kib}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}
