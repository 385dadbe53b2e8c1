// Migrations from every schema version (issue 13): each store under tests/fixtures/stores, made by the
// code of that version (README there), opened by today's code. It comes out at the current schema
// version, whole (integrity_check) and consistent (foreign_key_check), with every release, figure,
// removed embedded release, note, basket, weight and template it held unchanged, series statistics
// equal to a computation from scratch, and the app's main reads answering. Fixtures are found by
// name (v<NNNN>.sqlite.gz): a new migration needs only its fixture (npm run fixtures:stores).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rebuildSeriesStats } from '../../electron/core/catalog/series-stats.js';
import { drainAllPendingPoints } from '../../electron/core/figures/pending-points.js';
import { rebuildShownPoints } from '../../electron/core/figures/shown-points.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import type { Channel, In, Out } from '../../electron/shared/contract/index.js';
import { packageRoot, dataDir } from '../../electron/core/paths.js';
import { releaseFileSchema, type ReleaseFile } from '../../electron/core/seed/embedded.js';
import { embeddedReleaseFiles, sha256 } from '../../electron/core/seed/embedded-files.js';
import { earlierChecksums } from '../../electron/core/seed/embedded-revisions.js';
import { openStore } from '../../electron/core/store.js';
import { runIip } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = path.join(packageRoot, 'tests', 'fixtures', 'stores');
const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^v\d{4}\.sqlite(\.gz)?$/.test(f))
  .sort();

type Row = Record<string, unknown>;

/** The fixture copied into a fresh temp folder (unzipped); its path. */
function unpack(name: string): string {
  const file = path.join(tempDir('iip-fixture-'), 'iip.sqlite');
  const bytes = fs.readFileSync(path.join(FIXTURES, name));
  fs.writeFileSync(file, name.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes);
  return file;
}

/** Kept from the reference lists or computed from figures: checked otherwise, not row for row. */
const NOT_COMPARED = new Set(['meta', 'geos', 'items', 'aliases', 'series', 'seriesStats', 'catalogSearchText', 'releases', 'figures']);

const FIGURES = `SELECT f.id, f.releaseId, s.geoCode, s.itemCode, s.measure, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit,
  f.baseYear, f.value, f.decimals, f.status, f.quantityUnit, f.quote, f.location, f.statedPeriod, f.flags, f.note
  FROM figures f JOIN series s ON s.id = f.seriesId ORDER BY f.id`;
const RELEASE_COLUMNS = 'id, name, publisher, publishedOn, publishedOnNote, status, sourceKind, sourceFile, sourceUrl, checksum, importedAt';

interface Facts {
  version: number;
  releases: Row[];
  figures: Row[];
  userAliases: Row[];
  /** Every other table of the fixture: its rows, by the fixture's columns. */
  tables: Map<string, { columns: string[]; rows: Row[] }>;
}

const tableNames = (db: Database.Database): string[] =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

function rowsOf(db: Database.Database, table: string, columns: string[]): Row[] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all() as Row[];
}

function readFacts(file: string): Facts {
  const db = new Database(file, { readonly: true });
  try {
    const tables = new Map<string, { columns: string[]; rows: Row[] }>();
    for (const name of tableNames(db).filter((t) => !NOT_COMPARED.has(t))) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('${name}')`).pluck().all() as string[]).sort();
      tables.set(name, { columns, rows: rowsOf(db, name, columns) });
    }
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      releases: db.prepare(`SELECT ${RELEASE_COLUMNS} FROM releases ORDER BY id`).all() as Row[],
      figures: db.prepare(FIGURES).all() as Row[],
      userAliases: db.prepare("SELECT kind, folded, code FROM aliases WHERE origin = 'user' ORDER BY kind, folded, code").all() as Row[],
      tables,
    };
  } finally {
    db.close();
  }
}

/** Each earlier checksum of an embedded release file, and the file (path under data/) it became. */
const becameFile = new Map([...earlierChecksums()].flatMap(([file, sums]) => sums.map((sum) => [sum, file] as const)));

function embeddedFile(file: string): { checksum: string; content: ReleaseFile } {
  const bytes = fs.readFileSync(path.join(dataDir, file));
  return { checksum: sha256(bytes), content: releaseFileSchema.parse(JSON.parse(bytes.toString('utf8'))) };
}

/** A release as today's store should hold it: one of an embedded file changed since takes the file's details (embedded-revisions.ts). */
function revised(release: Row): Row {
  const file = becameFile.get(String(release.checksum));
  if (!file) return release;
  const { checksum, content } = embeddedFile(file);
  return { ...release, ...content.release, publishedOnNote: content.release.publishedOnNote ?? null, sourceUrl: content.release.sourceUrl ?? null, checksum };
}
const revisedChecksum = (checksum: unknown): unknown => {
  const file = becameFile.get(String(checksum));
  return file ? embeddedFile(file).checksum : checksum;
};

/** A figure by what it says, without its row ids: as a store holds it, and as a release file states it. */
const said = (f: Row): string => [f.geoCode ?? f.geo, f.itemCode ?? f.item, f.measure, f.period, f.basis, f.unit, f.value, f.decimals, f.status].join(' ');

/** Embedded release files the fixture never had, in any version, as a release or a removal: loaded on opening it. */
function newSince(facts: Facts): number {
  const known = new Set([...facts.releases.map((r) => r.checksum), ...(facts.tables.get('dismissedEmbedded')?.rows ?? []).map((r) => r.checksum)]);
  return embeddedReleaseFiles().filter((file) => {
    const name = path.relative(dataDir, file).split(path.sep).join('/');
    return ![embeddedFile(name).checksum, ...(earlierChecksums().get(name) ?? [])].some((sum) => known.has(sum));
  }).length;
}

async function call<C extends Channel>(db: Database.Database, file: string, channel: C, input: In<C>): Promise<Out<C>> {
  const core = createCore({ db, storePath: file });
  try {
    const result = await dispatch(core.handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Out<C>;
  } finally {
    core.close();
  }
}

describe('migrations from every schema version', () => {
  it('has a fixture for every schema version from the first to the newest fixture', () => {
    // Migrations newer than the newest fixture are run by every fixture; their own fixture comes
    // once they are on main (npm run fixtures:stores).
    const versions = fixtures.map((f) => Number(/^v(\d{4})/.exec(f)![1]));
    const newest = Math.max(...versions);
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version).filter((v) => v <= newest));
    expect(versions[0]).toBe(10);
  });

  describe.each(fixtures)('%s', (name) => {
    it('opens at the current version with everything it held', async () => {
      const file = unpack(name);
      const before = readFacts(file);
      expect(before.version).toBe(Number(/^v(\d{4})/.exec(name)![1]));
      expect(before.releases.length).toBeGreaterThan(5);

      const { db } = openStore(file);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);

        // Every release and figure as it was; a release of an embedded file changed since holds the
        // file's details and figures now, under its own id.
        const ids = new Set(before.releases.map((r) => r.id));
        const releases = db.prepare(`SELECT ${RELEASE_COLUMNS} FROM releases ORDER BY id`).all() as Row[];
        expect(releases.filter((r) => ids.has(r.id))).toEqual(before.releases.map(revised));
        const figures = db.prepare(FIGURES).all() as Row[];
        const changedFiles = new Map(before.releases.filter((r) => becameFile.has(String(r.checksum))).map((r) => [r.id, becameFile.get(String(r.checksum))!]));
        expect(figures.filter((f) => ids.has(f.releaseId) && !changedFiles.has(f.releaseId))).toEqual(
          before.figures.filter((f) => !changedFiles.has(f.releaseId)),
        );
        for (const [id, file] of changedFiles) {
          expect(
            figures
              .filter((f) => f.releaseId === id)
              .map(said)
              .sort(),
            file,
          ).toEqual(
            embeddedFile(file)
              .content.figures.map((f) => said(f))
              .sort(),
          );
        }
        // Only embedded files new since are loaded: none beside an earlier version of itself, none the user removed.
        expect(releases.length).toBe(before.releases.length + newSince(before));
        const embedded = db.prepare('SELECT sourceFile FROM releases WHERE checksum IS NOT NULL').pluck().all() as string[];
        expect(embedded.length).toBe(new Set(embedded).size);

        expect(db.prepare("SELECT kind, folded, code FROM aliases WHERE origin = 'user' ORDER BY kind, folded, code").all()).toEqual(before.userAliases);
        for (const [table, { columns, rows }] of before.tables) {
          const expected =
            table === 'dismissedEmbedded'
              ? rows.map((r) => ({ checksum: String(revisedChecksum(r.checksum)) })).sort((a, b) => a.checksum.localeCompare(b.checksum))
              : rows;
          expect(rowsOf(db, table, columns), table).toEqual(expected);
        }

        // Series statistics as a computation from the figures gives them: by hand, and by the app's rebuild.
        const kept = db.prepare('SELECT * FROM seriesStats ORDER BY seriesId').all() as Row[];
        const counted = db
          .prepare(
            'SELECT seriesId, COUNT(*) AS figureCount, MIN(periodEnd) AS firstPeriodEnd, MAX(periodEnd) AS lastPeriodEnd FROM figures GROUP BY seriesId ORDER BY seriesId',
          )
          .all();
        expect(kept.map(({ seriesId, figureCount, firstPeriodEnd, lastPeriodEnd }) => ({ seriesId, figureCount, firstPeriodEnd, lastPeriodEnd }))).toEqual(
          counted,
        );
        const views = db
          .prepare("SELECT seriesId, GROUP_CONCAT(DISTINCT basis || ':' || unit) AS views FROM figures GROUP BY seriesId ORDER BY seriesId")
          .all() as Row[];
        expect(kept.map((k) => String(k.views).split(',').sort())).toEqual(views.map((v) => String(v.views).split(',').sort()));
        const rebuilt = db.transaction(() => {
          rebuildSeriesStats(db);
          const rows = db.prepare('SELECT * FROM seriesStats ORDER BY seriesId').all();
          throw Object.assign(new Error('roll back'), { rows });
        });
        let fromScratch: unknown;
        try {
          rebuilt();
        } catch (error) {
          fromScratch = (error as { rows?: unknown }).rows;
        }
        expect(kept).toEqual(fromScratch);

        // The shown points (migration 160) as choosing again from every stored figure gives them, once
        // the points a write left pending (migration 180; v0180 was closed before its drain) are restated.
        drainAllPendingPoints(db);
        expect(db.prepare('SELECT COUNT(*) FROM pendingPoints').pluck().get()).toBe(0);
        const pointsSql = 'SELECT * FROM shownPoints ORDER BY seriesId, basis, endMonth, span, periodKind, figure';
        const keptPoints = db.prepare(pointsSql).raw().all();
        expect(keptPoints.length).toBeGreaterThan(0);
        let chosenAgain: unknown;
        try {
          db.transaction(() => {
            rebuildShownPoints(db);
            chosenAgain = db.prepare(pointsSql).raw().all();
            throw new Error('roll back');
          })();
        } catch (error) {
          if ((error as Error).message !== 'roll back') throw error;
        }
        expect(keptPoints).toEqual(chosenAgain);
      } finally {
        db.close();
      }
    });

    it('answers the app’s main reads with the fixture’s release (tests/fixtures/stores/release.csv)', async () => {
      const file = unpack(name);
      const had = readFacts(file);
      const { db } = openStore(file);
      try {
        const page = await call(db, file, 'catalog:list', {});
        expect(page.total).toBe(db.prepare('SELECT COUNT(*) FROM seriesStats').pluck().get());
        const total = page.groups.flatMap((g) => g.series).find((s) => s.geo.code === 'VN' && s.item.code === 'TOTAL' && s.measure === 'iip')!;
        expect(total.lastPeriod).toBe('2026-01');

        const series = await call(db, file, 'figures:series', { seriesId: total.id, basis: 'yoy' });
        const point = (period: string) => series.points.find((p) => p.period === period);
        expect(point('2026-01')).toMatchObject({ value: 7.4, status: 'preliminary' });
        // The fixture's release (published 2026-02-05) restates November 2025: its 10.9 is shown.
        expect(point('2025-11')).toMatchObject({ value: 10.9 });

        const latest = await call(db, file, 'latest:summary', {});
        expect(latest.period).toBe('2026-01');
        expect(latest.headline).toMatchObject({ value: 7.4 });
        expect(latest.headlineMom).toMatchObject({ value: -1.2 });

        if (had.tables.has('notes')) {
          const { notes } = await call(db, file, 'notes:list', {});
          expect(notes.map((n) => n.text).sort()).toEqual(['Half-year note on every chart.', 'Tháng 1/2026: số ước tính, chờ số chính thức.']);
          expect(notes.find((n) => n.text === 'Half-year note on every chart.')).toMatchObject({ attached: true });
          expect(notes.find((n) => n.text.startsWith('Tháng'))).toMatchObject({ attached: true, valueNow: { value: 7.4, decimals: 1 } });
        }
        if (had.tables.has('baskets')) {
          const baskets = await call(db, file, 'baskets:list', {});
          expect(baskets.map((b) => b.name)).toEqual(['Fixture deck']);
        }
      } finally {
        db.close();
      }
    });
  });

  it('does not migrate a store from a newer version: refused by openStore, read-only in the CLI, left as it was', async () => {
    // A newer version's store holds at least today's schema: the newest fixture migrated, then numbered past it.
    const file = unpack(fixtures.at(-1)!);
    openStore(file).db.close();
    const raw = new Database(file);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    raw.close();
    const bytes = fs.readFileSync(file);
    const message = `written by a newer version of IIP Explorer (schema ${SCHEMA_VERSION + 10}, this app knows ${SCHEMA_VERSION})`;
    expect(() => openStore(file)).toThrow(message);
    expect(await runIip(['releases', '--db', file])).toMatchObject({ code: 0 });
    const write = await runIip(['undo', '1', '--db', file]);
    expect(write.code).toBe(77);
    expect(write.err).toContain(message);
    expect(write.err).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  });
});
