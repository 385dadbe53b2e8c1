// npm run bench: speed and memory figures of the store, the queries and the workbook reader
// (built code, real SQLite files). Prints medians of repeated runs; compare ratios within one run —
// these machines are noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/electron/', import.meta.url);
if (!fs.existsSync(new URL('core/store.js', dist))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createHandlers, dispatch } = await import(new URL('core/handlers.js', dist).href);

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
const report = (name, ms, extra = '') => rows.push([name, `${ms.toFixed(2)} ms`, extra]);

// First start: create, migrate and load the embedded dataset.
const firstStarts = [];
for (let i = 0; i < 5; i++) {
  const file = path.join(dir, `first-${i}.sqlite`);
  firstStarts.push(time(() => openStore(file).db.close()));
}
report('first start (create + embedded dataset)', median(firstStarts), 'median of 5');
const file = path.join(dir, 'first-0.sqlite');
report('later start (open existing store)', median(Array.from({ length: 10 }, () => time(() => openStore(file).db.close()))), 'median of 10');

const store = openStore(file);
const handlers = createHandlers(store.db, store.path);
const figureCount = store.db.prepare('SELECT COUNT(*) AS n FROM figures').get().n;
const calls = [
  ['catalog:list', {}],
  ['catalog:list', { search: 'phu tho' }],
  ['figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' }],
  ['figures:ranking', { period: '2025-01..2025-11', basis: 'yoy', group: 'division' }],
  ['latest:summary', {}],
];
const totalSeries = (await dispatch(handlers, 'catalog:list', {})).value.find((g) => g.key === 'total').series[0].id;
calls.push(['figures:series', { seriesId: totalSeries, basis: 'yoy' }]);
for (const [channel, input] of calls) {
  const runs = [];
  for (let i = 0; i < 30; i++) runs.push(await timeAsync(() => dispatch(handlers, channel, input)));
  report(`${channel} ${JSON.stringify(input)}`, median(runs), 'median of 30');
}
store.db.close();

// Reading a statistics-office workbook (exceljs loads it whole): the largest real release, when present.
const releases = new URL('../../shared/gso-releases', import.meta.url).pathname;
if (fs.existsSync(releases)) {
  const { readGsoWorkbookBytes } = await import(new URL('core/import/gso-workbook/index.js', dist).href);
  const sizes = fs.readdirSync(releases).filter((f) => f.endsWith('.xlsx')).map((f) => [f, fs.statSync(path.join(releases, f)).size]);
  const [name, size] = sizes.sort((a, b) => b[1] - a[1])[0];
  const bytes = fs.readFileSync(path.join(releases, name));
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timeAsync(() => readGsoWorkbookBytes(bytes, name)));
  report(`GSO workbook read (${name}, ${(size / 2 ** 10).toFixed(0)} KiB)`, median(runs), 'median of 3');
}

const mem = process.memoryUsage();
console.log(`IIP Explorer benchmark — ${figureCount} figures in the store, node ${process.version}, ${os.cpus().length} cores`);
const w = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, extra] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(10)}  ${extra}`);
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
fs.rmSync(dir, { recursive: true, force: true });
