// A synthetic national archive in the app's own schema, seeded and deterministic: every geography
// of the reference lists × every item × 3 measures × 240 months (2005-01..2024-12), two releases per
// month (a preliminary one, then an official one a month later revising a fixed 10 % of the series),
// and 5,000 notes. Everything it writes is marked synthetic (release names "SYNTHETIC …", publisher
// and sourceKind "synthetic", notes by "synthetic", meta key "synthetic"); it never enters data/.
//
// It writes SQL straight into the app's tables instead of going through the importer: the importer
// stores a few thousand figures a second, which would take hours for 8 million; its own speed is
// measured separately by the bench. The store it makes is opened by openStore like any other.
//
// Per geography × item: iip (yoy index and mom index by month, yoy index by quarter), output
// (level, quantity by month) and contribution (yoy, percentage points by month) = 1,040 figures;
// 98 × 74 × 1,040 = 7.54 million, 8.3 million with the revisions.
//
// Usage: node scripts/bench/archive.js [--figures-scale F] [--seed N]   (prints the cached file)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when what the generator writes changes, so cached archives are made again. */
const GENERATOR_VERSION = 2;
const FIRST_YEAR = 2005;
const YEARS = 20;
const REVISED_SHARE = 0.1;
const NOTE_COUNT = 5000;
const CHUNK_SERIES = 400;

const dist = new URL('../../dist/electron/', import.meta.url);

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Where the archive of this schema, scale and seed is kept between runs. The schema is named by its
 * version and a digest of every migration's text, so branches that each added a migration of the
 * same number never share a cached archive.
 */
export async function archivePath(scale, seed) {
  const { MIGRATIONS, SCHEMA_VERSION } = await import(new URL('core/db/migrations/index.js', dist).href);
  const digest = createHash('sha256');
  for (const { version, sql } of MIGRATIONS) digest.update(`${version}\n${sql}\n`);
  const schema = `schema${SCHEMA_VERSION}-${digest.digest('hex').slice(0, 8)}`;
  return path.join(os.tmpdir(), 'iip-bench-archive', `${schema}-gen${GENERATOR_VERSION}-scale${scale}-seed${seed}.sqlite`);
}

/**
 * The archive's file, generated unless already cached; `scale` (0–1] keeps that share of the
 * geographies (each series keeps its 240 months). { file, figures, seconds (0 when cached), bytes }.
 */
export async function syntheticArchive({ scale = 1, seed = 1, log = () => {} } = {}) {
  const file = await archivePath(scale, seed);
  if (fs.existsSync(file)) return { file, cached: true, seconds: 0, bytes: fs.statSync(file).size, figures: await countFigures(file) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  const t = performance.now();
  let figures;
  try {
    figures = await generate(partial, scale, seed, log);
  } catch (error) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
    throw error;
  }
  fs.renameSync(partial, file);
  return { file, cached: false, seconds: (performance.now() - t) / 1000, bytes: fs.statSync(file).size, figures };
}

async function countFigures(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM figures').get().n;
  } finally {
    db.close();
  }
}

async function generate(file, scale, seed, log) {
  const { openStore } = await import(new URL('core/store.js', dist).href);
  const { parsePeriod } = await import(new URL('shared/period.js', dist).href);
  const { rebuildSeriesStats } = await import(new URL('core/catalog/series-stats.js', dist).href);
  const { rebuildReleasePeriods } = await import(new URL('core/figures/release-periods.js', dist).href);
  const { rebuildReleaseFigureCounts } = await import(new URL('core/releases/figure-counts.js', dist).href);
  const { rebuildShownPoints } = await import(new URL('core/figures/shown-points.js', dist).href);
  const { db } = openStore(file);
  try {
    const random = seededRandom(seed);
    const geos = chosenGeos(db, scale);
    const items = db.prepare('SELECT code FROM items ORDER BY sortOrder, code').all();
    // Bulk load: no journal, the figure indexes (the unique one too) built once at the end.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL").all();
    for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);

    const months = [];
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) for (let m = 1; m <= 12; m++) months.push(parsePeriod(`${y}-${String(m).padStart(2, '0')}`));
    const quarters = [];
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) for (let q = 1; q <= 4; q++) quarters.push(parsePeriod(`${y}-Q${q}`));
    const releases = insertReleases(db, months);

    // The embedded dataset's series are kept (and extended); the rest are new.
    const findSeries = db.prepare('SELECT id FROM series WHERE geoCode = ? AND itemCode = ? AND measure = ?');
    const putSeries = db.prepare('INSERT INTO series (geoCode, itemCode, measure) VALUES (?, ?, ?)');
    const putFigure =
      db.prepare(`INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals, status)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?)`);
    const put = (seriesId, release, p, basis, unit, value) =>
      putFigure.run(seriesId, release.id, p.code, p.kind, p.start, p.end, basis, unit, value, release.status);
    /** One measure's figures of a series, first releases and (when revised) the official ones. */
    const fill = (seriesId, measure, revised) => {
      for (const [which, shift] of revised ? [0, 1].map((w) => [w, w ? 0.1 + random() : 0]) : [[0, 0]]) {
        let level = 90 + random() * 20;
        months.forEach((p, i) => {
          const release = releases[i][which];
          level = Math.max(1, level * (1 + (random() - 0.48) * 0.04));
          const yoy = round1(100 + (random() - 0.4) * 20 + shift);
          if (measure === 'iip') {
            put(seriesId, release, p, 'yoy', 'index', yoy);
            put(seriesId, release, p, 'mom', 'index', round1(100 + (random() - 0.5) * 8 + shift));
            if (i % 3 === 2) put(seriesId, release, quarters[(i - 2) / 3], 'yoy', 'index', round1(yoy + (random() - 0.5) * 2));
          } else if (measure === 'output') put(seriesId, release, p, 'level', 'qty', round1(level * 10 + shift));
          else put(seriesId, release, p, 'yoy', 'pp', round1((random() - 0.4) * 2 + shift));
        });
      }
    };
    const combos = geos.flatMap((g) => items.map((i) => [g.code, i.code]));
    let done = 0;
    for (let start = 0; start < combos.length; start += CHUNK_SERIES) {
      db.transaction(() => {
        for (const [geo, item] of combos.slice(start, start + CHUNK_SERIES)) {
          for (const measure of ['iip', 'output', 'contribution']) {
            const seriesId = findSeries.get(geo, item, measure)?.id ?? Number(putSeries.run(geo, item, measure).lastInsertRowid);
            fill(seriesId, measure, random() < REVISED_SHARE);
          }
        }
      })();
      done = Math.min(combos.length, start + CHUNK_SERIES);
      log(`  ${done}/${combos.length} geography × item pairs`);
    }
    insertNotes(db, random, geos, items, months);
    db.prepare("INSERT INTO meta (key, value) VALUES ('synthetic', ?)").run(`bench archive: seed ${seed}, scale ${scale}, generator ${GENERATOR_VERSION}`);
    log('  building the figure indexes');
    for (const { sql } of indexes) db.exec(sql);
    // Written past insertFigures: the series' statistics the catalog reads, the periods each
    // release states (the latest-release view's), its counts and the points charts draw are built once here.
    log("  building the series statistics, the releases' periods and counts, and the shown points");
    rebuildSeriesStats(db);
    rebuildReleasePeriods(db);
    rebuildReleaseFigureCounts(db);
    db.transaction(() => rebuildShownPoints(db))();
    db.pragma('journal_mode = WAL');
    return db.prepare('SELECT COUNT(*) AS n FROM figures').get().n;
  } finally {
    db.close();
  }
}

const round1 = (x) => Math.round(x * 10) / 10;

/** The country always, then an evenly spread share of the provinces and localities. */
function chosenGeos(db, scale) {
  const all = db.prepare('SELECT code, kind FROM geos ORDER BY sortOrder, code').all();
  const country = all.filter((g) => g.kind === 'country');
  const others = all.filter((g) => g.kind !== 'country');
  const wanted = Math.max(0, Math.round(all.length * scale) - country.length);
  const step = others.length / Math.max(1, wanted);
  return [...country, ...Array.from({ length: Math.min(wanted, others.length) }, (_, i) => others[Math.floor(i * step)])];
}

/** Two releases per month: [preliminary (early next month), official (a month later)], with their ids. */
function insertReleases(db, months) {
  const put = db.prepare(`INSERT INTO releases (name, publisher, publishedOn, status, sourceKind, sourceFile, checksum, importedAt)
    VALUES (?, 'synthetic', ?, ?, 'synthetic', ?, ?, '2026-01-01T00:00:00.000Z')`);
  const after = (p, n) => {
    const [y, m] = p.code.split('-').map(Number);
    const k = y * 12 + (m - 1) + n;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-06`;
  };
  return db.transaction(() =>
    months.map((p) =>
      ['preliminary', 'official'].map((status, n) => {
        const name = `SYNTHETIC ${status} release ${p.code}`;
        const id = Number(put.run(name, after(p, n + 1), status, `synthetic-${p.code}-${status}.csv`, `synthetic:${p.code}:${status}`).lastInsertRowid);
        return { id, status };
      }),
    ),
  )();
}

/** Notes on figures, series and ranges of the archive, each with its one revision. */
function insertNotes(db, random, geos, items, months) {
  const put = db.prepare(`INSERT INTO notes (id, scope, geoCode, itemCode, measure, basis, period, periodFrom, periodTo, text, author, tags, status,
      showOnCharts, createdAt, updatedAt, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'synthetic', '["synthetic"]', ?, ?, ?, ?, ?)`);
  const remember = db.prepare('INSERT INTO noteRevisions (noteId, revision) VALUES (?, ?)');
  const pick = (list) => list[Math.floor(random() * list.length)];
  db.transaction(() => {
    for (let i = 0; i < NOTE_COUNT; i++) {
      const geo = pick(geos).code;
      const item = pick(items).code;
      const month = pick(months).code;
      const scope = ['figure', 'figure', 'series', 'range'][i % 4];
      const text = `SYNTHETIC note ${i}: nhà máy mới ở Quảng Nam (${geo} ${item} ${month})`;
      const revision = createHash('sha256').update(`${i}|${text}`).digest('hex').slice(0, 32);
      const at = `2025-${String((i % 12) + 1).padStart(2, '0')}-15T08:00:00.000Z`;
      const id = `synthetic-${String(i).padStart(5, '0')}`;
      put.run(
        id,
        scope,
        scope === 'range' && i % 8 === 3 ? null : geo,
        scope === 'range' && i % 8 === 3 ? null : item,
        scope === 'range' && i % 8 === 3 ? null : 'iip',
        scope === 'figure' ? 'yoy' : null,
        scope === 'figure' ? month : null,
        scope === 'range' ? month : null,
        scope === 'range' ? month : null,
        text,
        i % 3 ? 'approved' : 'draft',
        i % 5 ? 0 : 1,
        at,
        at,
        revision,
      );
      remember.run(id, revision);
    }
  })();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'figures-scale': { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } } });
  const made = await syntheticArchive({ scale: Number(values['figures-scale']), seed: Number(values.seed), log: console.log });
  const { figures } = made;
  console.log(
    `${made.file}\n${figures} figures, ${(made.bytes / 2 ** 20).toFixed(0)} MiB (${(made.bytes / 2 ** 20 / (figures / 1e6)).toFixed(0)} MiB per million figures)` +
      (made.cached ? ', cached' : `, generated in ${made.seconds.toFixed(1)} s`),
  );
}
