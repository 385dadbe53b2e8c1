// npm run bench: speed and memory figures of the store, the queries and imports (workbooks, a
// 100 MB CSV through the handler table) on built code and real SQLite files. Prints medians of
// repeated runs; compare ratios within one run — these machines are noisy. `npm run bench --
// --against ../old-checkout --queries-only` times the queries of an earlier build alongside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { benchScale } from './bench/scale.js';

const dist = new URL('../dist/electron/', import.meta.url);
if (!fs.existsSync(new URL('core/store.js', dist))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
// --against DIR: also time the queries on another build (DIR/dist/electron, e.g. a worktree of an
// earlier commit), interleaved with this one's on stores made the same way, and print the ratios.
// --queries-only: skip the import benchmarks (minutes). After them, the national-scale section
// (scripts/bench/scale.js) on a synthetic archive of 8.3 million figures; --quick runs only that
// section on a tenth of the archive (under 2 minutes once cached), --scale-only only that section,
// --seed N picks another archive, --reads-only keeps that section's reads (no CLI, imports, release,
// start or charts), --checks adds the whole-store consistency checks (minutes on the
// full archive: scripts/bench/checks.js).
const { values: options } = parseArgs({
  options: {
    against: { type: 'string' },
    'queries-only': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'scale-only': { type: 'boolean', default: false },
    checks: { type: 'boolean', default: false },
    'reads-only': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createCore } = await import(new URL('core/handlers.js', dist).href);
const { dispatch } = await import(new URL('core/dispatch.js', dist).href);

if (options.quick || options['scale-only']) {
  printScale(await benchScale({ quick: options.quick, seed: Number(options.seed), checks: options.checks, readsOnly: options['reads-only'] }));
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const timeAsync = async (fn) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const rows = [];
const report = (name, ms, extra = '') => rows.push([name, Number.isNaN(ms) ? '-' : `${ms.toFixed(2)} ms`, extra]);

// First start: create, migrate and load the embedded dataset.
const firstStarts = [];
for (let i = 0; i < 5; i++) {
  const file = path.join(dir, `first-${i}.sqlite`);
  firstStarts.push(time(() => openStore(file).db.close()));
}
report('first start (create + embedded dataset)', median(firstStarts), 'median of 5');
const file = path.join(dir, 'first-0.sqlite');
report('later start (open existing store)', median(Array.from({ length: 10 }, () => time(() => openStore(file).db.close()))), 'median of 10');

/** This build's handler table on a store, with the same call shape as an earlier build's. */
const thisBuild = {
  name: 'this build',
  open: (storeFile) => {
    const store = openStore(storeFile);
    const core = createCore({ db: store.db, storePath: store.path });
    return { db: store.db, call: (channel, input) => dispatch(core.handlers, channel, input), close: () => (core.close(), store.db.close()) };
  },
};
const builds = [thisBuild];
if (options.against) builds.push(await earlierBuild(path.resolve(options.against)));

const opened = builds.map((b, i) => ({ build: b, ...b.open(path.join(dir, `queries-${i}.sqlite`)) }));
const figureCount = opened[0].db.prepare('SELECT COUNT(*) AS n FROM figures').get().n;
const totalSeries = (await opened[0].call('catalog:list', {})).value.groups.find((g) => g.key === 'total').series[0].id;
const calls = [
  ['catalog:list', {}],
  ['catalog:list', { search: 'phu tho' }],
  ['figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' }],
  ['figures:ranking', { period: '2025-01..2025-11', basis: 'yoy', group: 'division' }],
  ['latest:summary', {}],
  ['figures:series', { seriesId: totalSeries, basis: 'yoy' }],
];
for (const [channel, input] of calls) {
  // Both builds alternate call by call, so a noisy moment costs both alike.
  const runs = opened.map(() => []);
  for (let i = 0; i < 30; i++) for (const [b, o] of opened.entries()) runs[b].push(await timeAsync(() => o.call(channel, input)));
  const medians = runs.map(median);
  const against = medians.length > 1 ? `; ${opened[1].build.name} ${medians[1].toFixed(2)} ms, ratio ${(medians[0] / medians[1]).toFixed(2)}` : '';
  report(`${channel} ${JSON.stringify(input)}`, medians[0], `median of 30${against}`);
}
for (const o of opened) o.close();
await benchNotes();
await benchExports();
await benchAnalysis();
if (options['queries-only']) await finish();

/** Analysis on the embedded history: the consistency checks (first and kept until the store changes) and a transformed series. */
async function benchAnalysis() {
  const o = thisBuild.open(path.join(dir, 'analysis.sqlite'));
  const call = async (channel, input) => {
    const result = await o.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  let found = 0;
  report(
    'analysis:checks {} (whole store, first)',
    await timeAsync(async () => (found = (await call('analysis:checks', {})).inconsistencies.length)),
    `once; ${found} found`,
  );
  report('analysis:checks {} (again, kept)', median(await timesInTurn(5, () => call('analysis:checks', {}))), 'median of 5');
  const { seriesId } = await call('figures:get', { geo: 'VN', item: 'TOTAL', period: '2024-12', basis: 'yoy' });
  report(
    'figures:transformed ma3 (whole industry)',
    median(await timesInTurn(10, () => call('figures:transformed', { seriesId, spec: 'ma3' }))),
    'median of 10',
  );
  o.close();
}

/** Exports of the whole-industry series (every period, as on screen) in each format, and a 10-slide deck refreshed and exported. */
async function benchExports() {
  const o = thisBuild.open(path.join(dir, 'exports.sqlite'));
  const call = async (channel, input) => {
    const result = await o.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const request = { geos: ['VN'], items: ['TOTAL'], basis: 'yoy', chart: 'line', lang: 'vi' };
  for (const format of ['pptx', 'xlsx', 'csv', 'png', 'svg', 'pdf']) {
    let size = 0;
    const runs = await timesInTurn(5, async () => (size = (await call('export:chart', { request, format })).dataBase64.length * 0.75));
    report(`export:chart ${format} (whole industry, every period)`, median(runs), `median of 5; ${(size / 1024).toFixed(0)} KiB`);
  }
  const deck = await call('baskets:create', { name: 'bench' });
  const sections = { geos: ['VN'], items: ['B', 'C', 'D', 'E'], period: '2025-01..2025-11', basis: 'yoy', chart: 'bar', lang: 'vi' };
  for (let i = 0; i < 10; i++) await call('baskets:add-slide', { basketId: deck.id, title: `slide ${i + 1}`, request: i % 2 ? sections : request });
  report('baskets:refresh (10 slides)', median(await timesInTurn(5, () => call('baskets:refresh', { basketId: deck.id }))), 'median of 5');
  report('baskets:export (10 slides, pptx)', median(await timesInTurn(3, () => call('baskets:export', { basketId: deck.id }))), 'median of 3');
  o.close();
}

/** Runs `fn` `n` times one after the other; the durations. */
async function timesInTurn(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await timeAsync(fn));
  return out;
}

/** Notes: a consultant's 2,000 notes listed (each checked against the store), exported, and merged into a colleague's store. */
async function benchNotes() {
  const checked = (o) => ({
    ...o,
    call: async (channel, input) => {
      const result = await o.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result;
    },
  });
  const mine = checked(thisBuild.open(path.join(dir, 'notes-mine.sqlite')));
  const theirs = checked(thisBuild.open(path.join(dir, 'notes-theirs.sqlite')));
  const periods = mine.db
    .prepare("SELECT DISTINCT period FROM figures f JOIN series s ON s.id = f.seriesId WHERE s.geoCode = 'VN' AND s.itemCode = 'TOTAL' AND f.basis = 'yoy'")
    .all()
    .map((r) => r.period);
  const count = 2000;
  const adding = [];
  for (let i = 0; i < count; i++) {
    const anchor =
      i % 4 === 3
        ? { scope: 'series', geo: 'VN', item: 'C' }
        : { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'yoy', period: periods[i % periods.length] };
    adding.push(await timeAsync(() => mine.call('notes:add', { anchor, text: `Ghi chú ${i}: nhà máy mới ở Quảng Nam`, author: 'Lan', tags: ['bench'] })));
  }
  report('notes:add (one note)', median(adding), `median of ${count}`);
  report(`notes:list {} (${count} notes)`, median(await timesInTurn(10, () => mine.call('notes:list', {}))), 'median of 10');
  let file;
  report(
    `notes:export {} (${count} notes)`,
    await timeAsync(async () => (file = (await mine.call('notes:export', {})).value)),
    `once; ${(file.content.length / 2 ** 20).toFixed(1)} MiB`,
  );
  const input = { fileName: file.fileName, content: file.content };
  report(`notes:import-preview (${count} new)`, await timeAsync(() => theirs.call('notes:import-preview', input)), 'once');
  report(`notes:import (${count} new)`, await timeAsync(() => theirs.call('notes:import', input)), 'once');
  report(`notes:import again (${count} identical)`, await timeAsync(() => theirs.call('notes:import', input)), 'once');
  mine.close();
  theirs.close();
}

/** An earlier build's handler table (before the domains: createHandlers and dispatch in core/handlers.js). */
async function earlierBuild(root) {
  const at = (p) => pathToFileURL(path.join(root, 'dist', 'electron', p)).href;
  const { openStore: open } = await import(at('core/store.js'));
  const handlersModule = await import(at('core/handlers.js'));
  return {
    name: path.basename(root),
    open: (storeFile) => {
      const store = open(storeFile);
      if (handlersModule.createCore) {
        const core = handlersModule.createCore({ db: store.db, storePath: store.path });
        return {
          db: store.db,
          call: async (c, i) => (await import(at('core/dispatch.js'))).dispatch(core.handlers, c, i),
          close: () => (core.close(), store.db.close()),
        };
      }
      const table = handlersModule.createHandlers(store.db, store.path);
      return { db: store.db, call: (c, i) => handlersModule.dispatch(table, c, i), close: () => (table.close(), store.db.close()) };
    },
  };
}

// ---- imports -------------------------------------------------------------------------------------
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
/** The peak since the last call; starts a new window. */
const peakSince = () => {
  const peak = peakRss;
  peakRss = process.memoryUsage().rss;
  return peak;
};

// Reading a statistics-office workbook (exceljs loads it whole): the largest real release, then all of them.
const releases = new URL('../../shared/gso-releases', import.meta.url).pathname;
if (fs.existsSync(releases)) {
  const { readGsoWorkbookBytes } = await import(new URL('core/import/formats/gso-workbook/index.js', dist).href);
  const sizes = fs
    .readdirSync(releases)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => [f, fs.statSync(path.join(releases, f)).size]);
  const [name, size] = sizes.sort((a, b) => b[1] - a[1])[0];
  const bytes = fs.readFileSync(path.join(releases, name));
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timeAsync(() => readGsoWorkbookBytes(bytes, name)));
  report(`GSO workbook read (${name}, ${(size / 2 ** 10).toFixed(0)} KiB)`, median(runs), 'median of 3');
  peakSince();
  const each = [];
  let figures = 0;
  for (const [book] of sizes) {
    const t = performance.now();
    figures += (await readGsoWorkbookBytes(fs.readFileSync(path.join(releases, book)), book)).figures.length;
    each.push(performance.now() - t);
  }
  report(
    `read all ${sizes.length} GSO workbooks`,
    each.reduce((x, y) => x + y, 0),
    `${figures} figures; median ${median(each).toFixed(0)} ms a workbook; peak rss ${(peakSince() / 2 ** 20).toFixed(0)} MiB`,
  );
} else report('GSO workbooks', NaN, `skipped: ${releases} not present`);

// A ~10 MiB generated workbook (1.97 million cells, under the readers' limit of 2 million: zip-bounds.ts): loaded in a worker thread, the main thread's event loop watched.
{
  const { loadWorkbook } = await import(new URL('core/import/read/xlsx/workbook.js', dist).href);
  const book = await generatedWorkbook(48_000, 40);
  peakSince();
  const watch = watchEventLoop();
  const t = performance.now();
  const { sheets } = await loadWorkbook(book, 'generated.xlsx');
  const ms = performance.now() - t;
  report(
    `load a ${(book.length / 2 ** 20).toFixed(1)} MiB generated workbook (${sheets[0].maxRow * sheets[0].maxCol} cells)`,
    ms,
    `event loop blocked at most ${watch.stop().toFixed(0)} ms, peak rss ${(peakSince() / 2 ** 20).toFixed(0)} MiB`,
  );
}

// A ~100 MB tidy CSV through the handler table as the window sends it: staged in 4 MiB chunks, previewed, committed.
const csvStore = openStore(path.join(dir, 'import.sqlite'));
const importCore = createCore({ db: csvStore.db, storePath: csvStore.path });
const call = async (channel, input, ctx) => {
  const r = await dispatch(importCore.handlers, channel, input, ctx);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
};
const csv = bigTidyCsv(100 * 2 ** 20);
peakSince();
let t0 = performance.now();
const { stagedId } = await call('import:stage-begin', { fileName: 'big.csv', size: csv.length });
for (let offset = 0; offset < csv.length; offset += 4 * 2 ** 20) {
  await call('import:stage-chunk', { stagedId, offset, dataBase64: csv.subarray(offset, offset + 4 * 2 ** 20).toString('base64') });
}
await call('import:stage-end', { stagedId });
report(
  `stage a ${(csv.length / 2 ** 20).toFixed(0)} MiB tidy CSV (4 MiB chunks)`,
  performance.now() - t0,
  `peak rss ${(peakSince() / 2 ** 20).toFixed(0)} MiB`,
);
let events = 0;
const previewWatch = watchEventLoop();
t0 = performance.now();
const preview = await call('import:preview', { stagedIds: [stagedId] }, { emit: () => void events++ });
const previewMs = performance.now() - t0;
const longestBlock = previewWatch.stop();
const previewFigures = preview.files.reduce((n, f) => n + f.figures.length + (f.unlisted ?? 0), 0);
report(
  '  preview it',
  previewMs,
  `${previewFigures} figures, ${events} progress events, event loop blocked at most ${longestBlock.toFixed(0)} ms, peak rss ${(peakSince() / 2 ** 20).toFixed(0)} MiB`,
);
t0 = performance.now();
await call('import:commit', { previewId: preview.previewId });
const commitMs = performance.now() - t0;
report(
  '  commit it (reads it again, one transaction)',
  commitMs,
  `${(previewFigures / (commitMs / 1000)).toFixed(0)} figures/s, peak rss ${(peakSince() / 2 ** 20).toFixed(0)} MiB`,
);
importCore.close();
csvStore.db.close();
clearInterval(sampler);
await finish();

/** Watches the event loop with a 5 ms timer; stop() gives the longest gap between its turns (ms). */
function watchEventLoop() {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(ticker);
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** A name column and `numbers` columns of figures, written by exceljs's streaming writer (50,000 × 40: 10.5 MiB). */
async function generatedWorkbook(rowCount, numbers) {
  const chunks = [];
  const stream = new PassThrough();
  stream.on('data', (chunk) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('IIP');
  for (let r = 1; r <= rowCount; r++) {
    ws.addRow([`Ngành ${r}`, ...Array.from({ length: numbers }, (_, c) => 90 + ((r * 7 + c * 13) % 997) / 10)]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Provinces × sections × months (60,480 figures), padded with an ignored column to about `bytes`. */
function bigTidyCsv(bytes) {
  const { geos } = JSON.parse(fs.readFileSync(new URL('../data/reference/localities.json', import.meta.url), 'utf8'));
  const lines = [];
  for (const geo of geos.filter((g) => g.kind === 'province')) {
    for (const item of ['TOTAL', 'B', 'C', 'D', 'E']) {
      for (let m = 0; m < 16 * 12; m++)
        lines.push(
          `${geo.code},${item},iip,${2009 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},yoy,index,${(100 + (m % 23) / 10).toFixed(1)},official`,
        );
    }
  }
  const filler = 'x'.repeat(Math.max(0, Math.ceil(bytes / lines.length) - lines[0].length - 2));
  return Buffer.from(['geo,item,measure,period,basis,unit,value,status,filler', ...lines.map((l) => `${l},${filler}`)].join('\n') + '\n');
}

/** Prints the national-scale table: what, measured, its ceiling, the ratio and the target. */
function printScale({ header, rows: table }) {
  console.log(`\nNational scale — node ${process.version}, ${os.cpus().length} cores`);
  for (const line of header) console.log(line);
  const titles = ['what', 'measured', 'ceiling (same run)', 'ratio', 'target'];
  const widths = titles.map((t, c) => Math.max(t.length, ...table.map((r) => r[c].length)));
  for (const r of [titles, ...table]) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`);
}

/** Prints the figures and ends the run. */
async function finish() {
  const mem = process.memoryUsage();
  console.log(`IIP Explorer benchmark — ${figureCount} figures in the store, node ${process.version}, ${os.cpus().length} cores`);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, extra] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(10)}  ${extra}`);
  console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  fs.rmSync(dir, { recursive: true, force: true });
  printScale(await benchScale({ seed: Number(options.seed), checks: options.checks }));
  process.exit(0);
}
