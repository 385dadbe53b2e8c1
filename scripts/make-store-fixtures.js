#!/usr/bin/env node
// Remakes tests/fixtures/stores/v<NNNN>.sqlite.gz: for each schema version, a small store made by the
// code of the commit on main that first had that migration as its last one (tests/fixtures/stores/README.md).
//   node scripts/make-store-fixtures.js [--ref main] [--force] [--keep-worktrees] [VERSION ...]
// Each version: a detached worktree of its commit in the temp folder, node_modules linked from here,
// its core compiled (npm run build:node), then this script run again there (--seed) with that code:
// the embedded dataset loaded, all but two statistics-office releases removed (keeps the file small,
// and the removals are part of what a store must keep), one release imported from release.csv,
// and a note, a basket and weights where the version has them. Versions with a fixture are skipped
// unless --force or named.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'tests', 'fixtures', 'stores');
const MIGRATIONS_INDEX = 'electron/core/db/migrations/index.ts';
/** How many statistics-office releases a fixture keeps (the newest). */
const GSO_KEPT = 2;

const git = (args, cwd = root) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

/** The last migration a commit's migrations index lists, e.g. 100 for [m0010, …, m0100]. */
function lastMigration(commit) {
  const source = git(['show', `${commit}:${MIGRATIONS_INDEX}`]);
  const list = /MIGRATIONS[^=]*=\s*\[([^\]]*)\]/.exec(source);
  const numbers = list ? [...list[1].matchAll(/m(\d{4})/g)].map((m) => Number(m[1])) : [];
  if (numbers.length === 0) throw new Error(`${commit}: no MIGRATIONS list in ${MIGRATIONS_INDEX}`);
  return numbers[numbers.length - 1];
}

/** Each schema version and the first commit on `ref`'s first-parent line whose last migration it is. */
function versionCommits(ref = 'main') {
  const commits = git(['log', '--first-parent', '--reverse', '--format=%H', ref, '--', MIGRATIONS_INDEX]).split('\n').filter(Boolean);
  const found = new Map();
  for (const commit of commits) {
    const version = lastMigration(commit);
    if (!found.has(version)) found.set(version, commit);
  }
  return [...found].map(([version, commit]) => ({ version, commit }));
}

const fixtureName = (version) => `v${String(version).padStart(4, '0')}.sqlite.gz`;

function makeFixture({ version, commit }, keepWorktree) {
  const worktree = path.join(os.tmpdir(), `iip-store-fixture-${version}`);
  if (!fs.existsSync(worktree)) {
    git(['worktree', 'add', '--detach', worktree, commit]);
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(worktree, 'node_modules'));
  }
  try {
    // Older commits do not all compile cleanly against today's node_modules; tsc writes the files all the same.
    try {
      execFileSync('npm', ['run', 'build:node'], { cwd: worktree, stdio: 'ignore' });
    } catch {
      console.warn(`v${version}: build:node reported errors (files written all the same)`);
    }
    const store = path.join(worktree, 'fixture.sqlite');
    fs.rmSync(store, { force: true });
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--seed', worktree, store, String(version)], { stdio: 'inherit' });
    const gz = zlib.gzipSync(fs.readFileSync(store), { level: 9 });
    fs.writeFileSync(path.join(fixturesDir, fixtureName(version)), gz);
    console.log(`${fixtureName(version)}: commit ${commit.slice(0, 7)}, ${fs.statSync(store).size} bytes, ${gz.length} gzipped`);
  } finally {
    if (!keepWorktree) git(['worktree', 'remove', '--force', worktree]);
  }
}

// ---- seeding, run inside the old worktree with its compiled code ------------------------------

/** Sends a file in one chunk through import:stage-begin/-chunk/-end (versions that stage files); returns its id. */
async function stage(call, fileName, bytes) {
  const { stagedId } = await call('import:stage-begin', { fileName, size: bytes.length });
  await call('import:stage-chunk', { stagedId, offset: 0, dataBase64: bytes.toString('base64') });
  await call('import:stage-end', { stagedId });
  return stagedId;
}

const FIXTURE_RELEASE = { name: 'Fixture release (tidy CSV)', publishedOn: '2026-02-05', status: 'preliminary' };

async function seed(worktree, file, version) {
  const load = (rel) => import(pathToFileURL(path.join(worktree, 'dist', 'electron', rel)).href);
  const { openStore } = await load('core/store.js');
  const store = openStore(file);
  const { db } = store;
  const handlersModule = await load('core/handlers.js');
  const core = handlersModule.createCore
    ? handlersModule.createCore({ db, storePath: file })
    : { handlers: handlersModule.createHandlers(db, file), close() {} };
  const dispatch = handlersModule.dispatch ?? (await load('core/dispatch.js')).dispatch;
  const has = (channel) => channel in core.handlers;
  const call = async (channel, input) => {
    const result = await dispatch(core.handlers, channel, input);
    if (!result.ok) throw new Error(`v${version} ${channel}: ${result.error.message}`);
    return result.value;
  };

  if (has('releases:undo')) {
    const gso = db.prepare("SELECT id FROM releases WHERE sourceKind = 'workbook' AND checksum IS NOT NULL ORDER BY publishedOn DESC, id DESC").all();
    for (const { id } of gso.slice(GSO_KEPT)) await call('releases:undo', { releaseId: id });
  }

  const csv = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'stores', 'release.csv'));
  if (has('import:preview')) {
    const choices = { release: FIXTURE_RELEASE };
    const files = has('import:stage-begin')
      ? { stagedIds: [await stage(call, 'release.csv', csv)] }
      : { files: [{ fileName: 'release.csv', dataBase64: csv.toString('base64') }] };
    const preview = await call('import:preview', { ...files, ...choices });
    if (preview.errors?.length) throw new Error(`v${version} import:preview: ${JSON.stringify(preview.errors)}`);
    await call('import:commit', { previewId: preview.previewId, ...choices });
  } else {
    // Schema 10 had no import: the release goes in through that version's repositories.
    const { insertRelease } = await load('core/db/repos/releases.js');
    const { insertFigures } = await load('core/db/repos/figures.js');
    const [header, ...rows] = csv
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const figures = rows
      .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))
      .map((r) => ({
        geo: r.geo || 'VN',
        item: r.item,
        measure: r.measure,
        period: r.period,
        basis: r.basis,
        unit: r.unit,
        value: Number(r.value),
        decimals: (r.value.split('.')[1] ?? '').length,
        status: r.status,
      }));
    db.transaction(() => {
      const id = insertRelease(db, {
        ...FIXTURE_RELEASE,
        publisher: 'not stated',
        sourceKind: 'file',
        sourceFile: 'release.csv',
        checksum: 'fixture-release-csv',
      });
      insertFigures(db, id, figures);
    })();
  }

  if (has('notes:add')) {
    const anchor = { scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2026-01' };
    await call('notes:add', {
      anchor,
      text: 'Tháng 1/2026: số ước tính, chờ số chính thức.',
      author: 'Fixture author',
      tags: ['fixture'],
      status: 'approved',
      showOnCharts: true,
    });
    await call('notes:add', { anchor: { scope: 'range', from: '2025-01', to: '2025-06' }, text: 'Half-year note on every chart.', author: 'Fixture author' });
  }
  const deck = { name: 'Fixture deck', title: 'Chỉ số IIP so với cùng kỳ' };
  const request = { geos: ['VN'], items: ['TOTAL', 'C'], from: '2024-01', to: '2026-01', basis: 'yoy', chart: 'line', lang: 'vi' };
  if (has('baskets:create')) {
    const basket = await call('baskets:create', { name: deck.name });
    await call('baskets:add-slide', { basketId: basket.id, title: deck.title, request });
    await call('baskets:refresh', { basketId: basket.id });
  } else if (fs.existsSync(path.join(worktree, 'dist', 'electron', 'core', 'export', 'baskets-repository.js'))) {
    // Schema 40 kept baskets before the channels to reach them: made through its repository.
    const { addSlide, createBasket } = await load('core/export/baskets-repository.js');
    const basket = createBasket(db, deck.name);
    addSlide(db, basket.id, deck.title, request, [{ subject: 'VN TOTAL', period: '2026-01', periodLabel: '1/2026', value: 7.4 }]);
  }
  if (has('analysis:weights-import')) {
    const content = fs.readFileSync(path.join(worktree, 'tests', 'fixtures', 'contributions', 'weights-fixture.csv'), 'utf8');
    await call('analysis:weights-import', { fileName: 'weights-fixture.csv', content });
  }

  core.close();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
}

// ---- command line ------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (args[0] === '--seed') {
  await seed(args[1], args[2], Number(args[3]));
} else {
  const flag = (name) => args.includes(name);
  const refAt = args.indexOf('--ref');
  const ref = refAt >= 0 ? args[refAt + 1] : 'main';
  const named = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--ref').map(Number);
  fs.mkdirSync(fixturesDir, { recursive: true });
  // a version numbered on a branch and renumbered on its way in (0110, now 0130) made no store of its own
  const shipped = new Set([...git(['show', `${ref}:${MIGRATIONS_INDEX}`]).matchAll(/m(\d{4})\b/g)].map((m) => Number(m[1])));
  for (const entry of versionCommits(ref)) {
    if (!shipped.has(entry.version)) continue;
    const exists = fs.existsSync(path.join(fixturesDir, fixtureName(entry.version)));
    if (named.length > 0 ? !named.includes(entry.version) : exists && !flag('--force')) continue;
    makeFixture(entry, flag('--keep-worktrees'));
  }
}
