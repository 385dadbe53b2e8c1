// The work the kill tests interrupt, each on a fresh copy of a store prepared once: a large tidy CSV
// imported, that release undone, a colleague's notes file imported, an old-schema store migrated,
// and a first start seeding an empty store. Each says what the store holds of its work after a kill
// ('all', 'none' or 'partial') and whether everything stored before it is exactly as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../../electron/core/handlers.js';
import { openDatabase } from '../../../electron/core/db/connection.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/db/migrations/index.js';
import { listReleases, undoRelease } from '../../../electron/core/releases/repository.js';
import { openStore } from '../../../electron/core/store.js';
import { runIip } from '../cli.js';
import { call } from '../staging.js';
import { countOf, notesDigest, releasesDigest, schemaDigest } from './store-digest.js';

type Db = Database.Database;
export type Work = 'all' | 'none' | 'partial';

export interface Verdict {
  work: Work;
  /** What is not as it was before the work started (empty: everything earlier intact). */
  problems: string[];
}

export interface KillScenario {
  name: 'import' | 'undo' | 'notes import' | 'migration' | 'first start';
  /** The store the work starts from (a copy is made per run; null: no store yet). */
  base: string | null;
  args: (store: string) => string[];
  /** What the store holds of the work, read before the app opens it again. */
  inspect: (db: Db) => Verdict;
  /** Problems once the app has opened the store again (it may finish what a first start began). */
  restarted?: (db: Db) => string[];
}

export interface KillSizes {
  /** Figures in the large CSV (up to 120,960). */
  figures: number;
  /** Notes in the colleague's file. */
  notes: number;
}

const CSV_NAME = 'kill-import.csv';
/** The schema version the old store is built at: before series statistics, catalog order and the figures' rebuilt index. */
export const OLD_SCHEMA_VERSION = 50;

/** A tidy CSV of `figures` distinct figures: provinces × sections × months 2009–2024 × year-on-year and month-on-month. */
function writeCsv(file: string, figures: number): void {
  const localities = path.resolve(import.meta.dirname, '../../../data/reference/localities.json');
  const { geos } = JSON.parse(fs.readFileSync(localities, 'utf8')) as { geos: { code: string; kind: string }[] };
  const rows = ['geo,item,measure,period,basis,unit,value,status'];
  outer: for (const basis of ['yoy', 'mom']) {
    for (const geo of geos.filter((g) => g.kind === 'province').map((g) => g.code)) {
      for (const item of ['TOTAL', 'B', 'C', 'D', 'E']) {
        for (let month = 0; month < 16 * 12; month++) {
          if (rows.length > figures) break outer;
          const period = `${2009 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
          rows.push(`${geo},${item},iip,${period},${basis},index,${(100 + ((month * 7 + rows.length) % 97) / 10).toFixed(1)},official`);
        }
      }
    }
  }
  if (rows.length <= figures) throw new Error(`a kill CSV holds at most ${rows.length - 1} figures`);
  fs.writeFileSync(file, rows.join('\n') + '\n');
}

/** Notes through the handler table, as the app writes them (the store's durability relaxed: it is scratch). */
async function addNotes(file: string, author: string, count: number): Promise<void> {
  const store = openStore(file);
  store.db.pragma('synchronous = OFF');
  const core = createCore({ db: store.db, storePath: file });
  const items = ['TOTAL', 'B', 'C', 'D', 'E'];
  for (let i = 0; i < count; i++) {
    const anchor =
      i % 3 === 0
        ? { scope: 'figure' as const, geo: 'VN', item: items[i % 5]!, basis: 'yoy' as const, period: `2024-${String((i % 12) + 1).padStart(2, '0')}` }
        : i % 3 === 1
          ? { scope: 'series' as const, geo: 'VN', item: items[i % 5]!, basis: null }
          : { scope: 'range' as const, geo: 'VN', item: 'TOTAL', from: '2020-01', to: `2020-${String((i % 11) + 2).padStart(2, '0')}` };
    await call(core.handlers, 'notes:add', { anchor, text: `${author}: ghi chú số ${i} về chỉ số sản xuất`, author, tags: [`t${i % 7}`], status: 'draft' });
  }
  core.close();
  store.db.close();
}

function withDb<T>(file: string, read: (db: Db) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A store at an older schema version holding `from`'s data: the migrations up to `version`, then every table's rows copied. */
function oldSchemaCopy(from: string, to: string, version: number): void {
  const db = new Database(to);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((x) => x.version <= version)) db.exec(m.sql);
    db.pragma(`user_version = ${version}`);
  })();
  db.prepare('ATTACH ? AS src').run(from);
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  db.transaction(() => {
    for (const table of tables) {
      const columns = (db.pragma(`main.table_info(${table})`) as { name: string }[]).map((c) => c.name).join(', ');
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table}`);
    }
  })();
  db.exec('DETACH src');
  db.close();
}

const copy = (from: string, to: string): void => fs.copyFileSync(from, to);

/** Embedded releases kept in the stores the work starts from (the rest undone: a small store checks fast). */
const EARLIER_RELEASES = 12;

function keepLatestReleases(file: string, count: number): void {
  const store = openStore(file);
  for (const r of listReleases(store.db).slice(count)) undoRelease(store.db, r.id);
  store.db.exec('VACUUM');
  store.db.close();
}

/** Prepares the stores and files in `dir` once; the scenarios copy them per run. */
export async function prepareKillScenarios(dir: string, sizes: KillSizes): Promise<KillScenario[]> {
  // the embedded history and a consultant's notes: what every kill must leave as it was
  const seeded = path.join(dir, 'seeded.sqlite');
  openStore(seeded).db.close();
  const base = path.join(dir, 'base.sqlite');
  copy(seeded, base);
  keepLatestReleases(base, EARLIER_RELEASES);
  await addNotes(base, 'Lan', 20);
  const before = withDb(base, (db) => ({
    releases: releasesDigest(db),
    notes: notesDigest(db),
    schema: schemaDigest(db),
    figures: countOf(db, 'SELECT COUNT(*) FROM figures'),
    notesCount: countOf(db, 'SELECT COUNT(*) FROM notes'),
  }));
  const embedded = withDb(seeded, (db) => ({
    releases: releasesDigest(db),
    count: countOf(db, 'SELECT COUNT(*) FROM releases'),
    geos: countOf(db, 'SELECT COUNT(*) FROM geos'),
  }));

  const csv = path.join(dir, CSV_NAME);
  writeCsv(csv, sizes.figures);
  const withBig = path.join(dir, 'with-big.sqlite');
  copy(base, withBig);
  const imported = await runIip(['import', csv, '--name', 'Earlier large release', '--published', '2025-10-29', '--db', withBig]);
  if (imported.code !== 0) throw new Error(`preparing the undo store: ${imported.err}`);
  const bigId = withDb(withBig, (db) => countOf(db, 'SELECT MAX(id) FROM releases'));
  const withBigReleases = withDb(withBig, (db) => releasesDigest(db));

  const scratch = path.join(dir, 'colleague.sqlite');
  copy(base, scratch);
  await addNotes(scratch, 'Minh', sizes.notes);
  const notesFile = path.join(dir, 'minh.iipnotes');
  const exported = await runIip(['notes', 'export', notesFile, '--author', 'Minh', '--db', scratch]);
  if (exported.code !== 0) throw new Error(`preparing the notes file: ${exported.err}`);
  const theirIds = (JSON.parse(fs.readFileSync(notesFile, 'utf8')) as { notes: { id: string }[] }).notes.map((n) => n.id);

  const old = path.join(dir, `schema-${OLD_SCHEMA_VERSION}.sqlite`);
  oldSchemaCopy(withBig, old, OLD_SCHEMA_VERSION);
  const oldSchema = withDb(old, (db) => schemaDigest(db));
  // what the migration makes of the store uninterrupted (a migration may mend data as well)
  const migrated = path.join(dir, 'migrated.sqlite');
  copy(old, migrated);
  openDatabase(migrated).close();
  const migratedReleases = withDb(migrated, (db) => releasesDigest(db));

  const earlierIntact = (db: Db, releases: string, exceptReleases: number[] = [], exceptNotes: string[] = []): string[] => [
    ...(releasesDigest(db, exceptReleases) === releases ? [] : ['earlier releases or their figures changed']),
    ...(notesDigest(db, exceptNotes) === before.notes ? [] : ['earlier notes changed']),
  ];
  const figuresOf = (db: Db, id: number): number => countOf(db, 'SELECT COUNT(*) FROM figures WHERE releaseId = ?', id);

  return [
    {
      name: 'import',
      base,
      args: (store) => ['import', csv, '--name', 'Large release', '--published', '2025-11-29', '--db', store],
      inspect: (db) => {
        const ids = db.prepare('SELECT id FROM releases WHERE sourceFile = ?').pluck().all(CSV_NAME) as number[];
        const total = countOf(db, 'SELECT COUNT(*) FROM figures');
        const work: Work =
          ids.length === 0 && total === before.figures
            ? 'none'
            : ids.length === 1 && figuresOf(db, ids[0]!) === sizes.figures && total === before.figures + sizes.figures
              ? 'all'
              : 'partial';
        return { work, problems: earlierIntact(db, before.releases, ids) };
      },
    },
    {
      name: 'undo',
      base: withBig,
      args: (store) => ['undo', String(bigId), '--db', store],
      inspect: (db) => {
        const held = countOf(db, 'SELECT COUNT(*) FROM releases WHERE id = ?', bigId);
        const figures = figuresOf(db, bigId);
        const work: Work = held === 1 && figures === sizes.figures ? 'none' : held === 0 && figures === 0 ? 'all' : 'partial';
        return { work, problems: earlierIntact(db, before.releases, [bigId]) };
      },
    },
    {
      name: 'notes import',
      base,
      args: (store) => ['notes', 'import', notesFile, '--db', store],
      inspect: (db) => {
        const theirs = countOf(db, 'SELECT COUNT(*) FROM notes WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(theirIds));
        const total = countOf(db, 'SELECT COUNT(*) FROM notes');
        const work: Work =
          theirs === 0 && total === before.notesCount
            ? 'none'
            : theirs === theirIds.length && total === before.notesCount + theirIds.length
              ? 'all'
              : 'partial';
        return { work, problems: earlierIntact(db, before.releases, [], theirIds) };
      },
    },
    {
      name: 'migration',
      base: old,
      args: (store) => ['releases', '--db', store],
      inspect: (db) => {
        const version = db.pragma('user_version', { simple: true }) as number;
        const schema = schemaDigest(db);
        const work: Work =
          version === OLD_SCHEMA_VERSION && schema === oldSchema ? 'none' : version === SCHEMA_VERSION && schema === before.schema ? 'all' : 'partial';
        return { work, problems: earlierIntact(db, work === 'all' ? migratedReleases : withBigReleases) };
      },
    },
    {
      name: 'first start',
      base: null,
      args: (store) => ['releases', '--db', store],
      inspect: (db) => {
        const rows = (table: string): number =>
          countOf(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) === 0 ? 0 : countOf(db, `SELECT COUNT(*) FROM ${table}`);
        const [releases, figures, geos] = [rows('releases'), rows('figures'), rows('geos')];
        const work: Work =
          geos !== 0 && geos !== embedded.geos
            ? 'partial'
            : releases === 0 && figures === 0
              ? 'none'
              : releases === embedded.count && releasesDigest(db) === embedded.releases
                ? 'all'
                : 'partial';
        return { work, problems: [] };
      },
      restarted: (db) => (releasesDigest(db) === embedded.releases ? [] : ['the first start, done again, did not leave the whole embedded history']),
    },
  ];
}
