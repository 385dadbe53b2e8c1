// Tidy CSV files on disk, read a figure at a time (issue 14) so the figures are not held in memory:
// the preview keeps counts and the first figures of each kind of change, and stages each figure once
// in a temporary table of the store's connection (on disk); the commit stores the staged figures
// with one INSERT … SELECT in series order inside its transaction.
import { locationParam } from '../../../shared/messages/said.js';
import { said } from '../../../shared/messages/import.js';
import { guarded } from '../formats/guard.js';
import type { Statement } from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { BASES, UNITS, type FigureInput, type ReleaseInput } from '../../../shared/domain.js';
import type { FilePreview, NamedRef, PreviewFigure } from '../../../shared/contract/import.js';
import { parsePeriod, type Period } from '../../../shared/period.js';
import { addToSeriesStats, type AddedFigures } from '../../catalog/series-stats.js';
import { keepReleasePeriods } from '../../figures/release-periods.js';
import { notePendingPoints } from '../../figures/pending-points.js';
import { keepReleaseFigureCount } from '../../releases/figure-counts.js';
import type { Db } from '../../db/connection.js';
import { tempTransaction } from '../../db/transactions.js';
import { FigureFingerprint, hasReleaseOfFileOrDate, releaseByChecksum, releaseWithFingerprint } from '../../releases/repository.js';
import { detectFormat } from '../formats/index.js';
import { TidyCsvChunks } from '../formats/tidy-csv/index.js';
import { ImportError, type ParseResult, type RawFigure } from '../types.js';
import { diffAgainstStore } from './diff.js';
import { figureMatcher, type FigureMatcher, type NameMappings } from './match.js';
import type { ImportSource } from './read-source.js';
import { warningFields } from './warnings.js';

/** A large file's preview lists this many figures of each kind of change; its counts cover them all. */
export const LISTED_PER_CHANGE = 1000;
/** Figures compared with the store together: a few megabytes held. */
const COMPARED_TOGETHER = 20_000;
/** About 10–50 ms of reading, matching and comparing between two turns of the event loop. */
const CHUNK_BYTES = 256 * 1024;

/** What the commit stores: the figures the preview staged. */
interface StreamedPlan {
  staged: StagedFigures;
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
  onChunk: () => Promise<void>,
  onBytes: (read: number, size: number) => void,
): Promise<{ result: ParseResult; checksum: string }> {
  const size = fs.statSync(file).size;
  const csv = new TidyCsvChunks(fileName, { onFigure });
  const hash = crypto.createHash('sha256');
  onBytes(0, size);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    hash.update(chunk as Buffer);
    csv.write(chunk as Buffer);
    await onChunk();
    onBytes(csv.bytes, size);
  }
  return { result: csv.end(), checksum: hash.digest('hex') };
}

type Matched = FigureInput & { location?: string | null };

let stagedTables = 0;

/**
 * The figures of a file being previewed, each once, staged in a temporary table of the store's
 * connection (SQLite's temporary database is on disk; only its page cache is in memory), from which
 * the commit stores them with one INSERT … SELECT. A figure stated again must give the same value,
 * or the file is refused naming both rows. A figure's identity is one integer made of small ids: its
 * period (14 bits), series (20), basis and unit (4) and base year (8), the period first so that the
 * keys of a file read period by period come in order and those of one read series by series touch
 * a page per period.
 */
class StagedFigures {
  readonly table = `temp.importStaged${++stagedTables}`;
  private readonly series = new Map<string, number>();
  private readonly periods = new Map<string, Period & { id: number }>();
  private readonly baseYears = new Map<number, number>();
  private readonly add: Statement;
  private readonly find: Statement<unknown[], { value: number; location: string | null }>;

  constructor(
    private readonly db: Db,
    private readonly fileName: string,
  ) {
    db.exec(`CREATE TABLE ${this.table} (key INTEGER PRIMARY KEY, geo TEXT NOT NULL, item TEXT NOT NULL, measure TEXT NOT NULL,
      period TEXT NOT NULL, periodKind TEXT NOT NULL, periodStart TEXT NOT NULL, periodEnd TEXT NOT NULL, basis TEXT NOT NULL, unit TEXT NOT NULL,
      baseYear INTEGER NOT NULL, value REAL NOT NULL, decimals INTEGER NOT NULL, status TEXT NOT NULL, quantityUnit TEXT, quote TEXT, location TEXT) STRICT`);
    this.add = db.prepare(`INSERT INTO ${this.table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`);
    this.find = db.prepare(`SELECT value, location FROM ${this.table} WHERE key = ?`);
  }

  private static id<K>(ids: Map<K, number>, key: K): number {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  }

  private period(f: Matched): Period & { id: number } {
    let period = this.periods.get(f.period);
    if (!period) this.periods.set(f.period, (period = { ...parsePeriod(f.period)!, id: this.periods.size }));
    return period;
  }

  /** The batch's figures stated for the first time, staged, in order; a figure stated before with the same value is left out. */
  firsts<T extends Matched>(batch: T[]): T[] {
    return tempTransaction(this.db, () => this.stage(batch));
  }

  private stage<T extends Matched>(batch: T[]): T[] {
    const firsts: T[] = [];
    for (const f of batch) {
      const p = this.period(f);
      const series = StagedFigures.id(this.series, `${f.geo}|${f.item}|${f.measure}`);
      const baseYear = f.baseYear ?? 0;
      const baseYearId = StagedFigures.id(this.baseYears, baseYear);
      const view = BASES.indexOf(f.basis) * UNITS.length + UNITS.indexOf(f.unit);
      if (series >= 2 ** 20 || p.id >= 2 ** 14 || baseYearId >= 2 ** 8)
        throw new ImportError(this.fileName, f.location ?? null, said('import.too-many-series'));
      const key = ((p.id * 2 ** 20 + series) * 2 ** 4 + view) * 2 ** 8 + baseYearId;
      const { changes } = this.add.run(
        key,
        f.geo,
        f.item,
        f.measure,
        p.code,
        p.kind,
        p.start,
        p.end,
        f.basis,
        f.unit,
        baseYear,
        f.value,
        f.decimals,
        f.status,
        f.quantityUnit ?? null,
        f.quote ?? null,
        f.location ?? null,
      );
      if (changes === 1) {
        firsts.push(f);
        continue;
      }
      const earlier = this.find.get(key)!;
      if (earlier.value !== f.value) {
        throw new ImportError(
          this.fileName,
          f.location ?? null,
          said('import.figure-twice', {
            value: f.value,
            figure: `${f.geo}/${f.item} ${f.period} ${f.basis}`,
            earlier: earlier.location ? locationParam(earlier.location) : said('import.an-earlier-place'),
            earlierValue: earlier.value,
          }),
        );
      }
    }
    return firsts;
  }

  drop(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${this.table}`);
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
  const staged = new StagedFigures(db, source.fileName);
  try {
    const preview = await previewWith(db, source, ctx, matcher, staged);
    plans.set(preview, { staged });
    return preview;
  } catch (error) {
    staged.drop();
    throw error;
  }
}

async function previewWith(
  db: Db,
  source: { fileName: string; path: string },
  ctx: StreamedPreviewContext,
  matcher: FigureMatcher,
  staged: StagedFigures,
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
  // each chunk's figures staged once, then compared with the store: what is history depends on the
  // release's date, and a tidy CSV states none, so it is known before reading
  type Figure = NonNullable<ReturnType<FigureMatcher['match']>>;
  let batch: Figure[] = [];
  let firsts: Figure[] = [];
  /** Compares the figures staged so far with the store, counts and lists them. */
  const compare = async (): Promise<void> => {
    const compared = firsts;
    firsts = [];
    const changes = await diffAgainstStore(db, compared, planned.publishedOn);
    for (const [i, f] of compared.entries()) {
      fingerprint?.add(f);
      const change = changes[i]!;
      if (++counts[change.change] > LISTED_PER_CHANGE) {
        unlisted++;
        continue;
      }
      const { rawIndex: _r, ...figure } = f;
      listed.push({ ...figure, period: parsePeriod(f.period)!.code, geo: ctx.named('geo', f.geo), item: ctx.named('item', f.item), ...change });
    }
  };
  /** Stages a chunk's figures; compares them once enough are waiting (each comparison looks up its series once). */
  const take = async (): Promise<void> => {
    firsts.push(...staged.firsts(batch));
    batch = [];
    if (firsts.length >= COMPARED_TOGETHER) await compare();
  };
  // behind the readers' boundary (formats/guard.ts): the reader's unexpected errors in words, the store's as they are
  const { result, checksum } = await guarded(fileName, 'csv', () =>
    readFigures(
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
    ),
  );
  await take(); // figures whose decimal mark only the whole file decided
  await compare();
  if (rawCount === 0) throw new ImportError(fileName, null, said('import.no-figures'));
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
    ...warningFields(result.warnings),
    clashes: [],
    counts,
  };
  return preview;
}

/**
 * Stores a file previewed a figure at a time as release `releaseId` (call inside the commit's
 * transaction): its staged figures put into the store's tables by SQL, in series order (the figure
 * indexes lead with the series: rows that land next to each other cost far less than rows
 * scattered period by period); returns how many.
 */
export function storeStreamedCsv(db: Db, file: FilePreview, releaseId: number): number {
  const plan = plans.get(file);
  if (!plan) throw new Error(`${file.fileName}: not previewed a figure at a time`);
  const t = plan.staged.table;
  const bySeries = 'JOIN series s ON s.geoCode = t.geo AND s.itemCode = t.item AND s.measure = t.measure';
  return withPageCache(db, STORING_CACHE_KIB, () => {
    db.prepare(`INSERT OR IGNORE INTO series (geoCode, itemCode, measure) SELECT DISTINCT geo, item, measure FROM ${t}`).run();
    const { changes } = db
      .prepare(
        `INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals, status, quantityUnit, quote, location)
         SELECT s.id, ?, t.period, t.periodKind, t.periodStart, t.periodEnd, t.basis, t.unit, t.baseYear, t.value, t.decimals, t.status, t.quantityUnit, t.quote, t.location
           FROM ${t} t ${bySeries} ORDER BY s.id, t.period`,
      )
      .run(releaseId);
    const added = new Map<number, AddedFigures>();
    const perSeries = db.prepare(
      `SELECT s.id, COUNT(*) AS n, MIN(t.periodEnd) AS first, MAX(t.periodEnd) AS last, GROUP_CONCAT(DISTINCT t.basis || ':' || t.unit) AS views
         FROM ${t} t ${bySeries} GROUP BY s.id`,
    ) as Statement<unknown[], { id: number; n: number; first: string; last: string; views: string }>;
    for (const r of perSeries.iterate()) added.set(r.id, { count: r.n, firstPeriodEnd: r.first, lastPeriodEnd: r.last, views: new Set(r.views.split(',')) });
    addToSeriesStats(db, added);
    keepReleasePeriods(db, releaseId);
    keepReleaseFigureCount(db, releaseId);
    notePendingPoints(db, releaseId);
    plan.staged.drop();
    return changes;
  });
}

/** Lets go of what a preview staged (a preview not committed, or committed from a fresh preview). */
export function discardStaged(preview: { files: FilePreview[] }): void {
  for (const file of preview.files) plans.get(file)?.staged.drop();
}

/** SQLite's page cache while a large file is stored (better-sqlite3's default is about 16 MB): more of the figure indexes' pages stay in memory. */
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
