// What the Notes view and the products' small multiples ask of a store, through the handler table
// (validation included): answer sizes and wall medians / p95s, the whole lists they asked before
// beside the pages they ask now, and each page's SQL run directly (the ceiling). On the built core:
// `npm run build:node` first; on a COPY of the bench's archive (openStore may write to it).
//   node scripts/bench/notes-probe.js STORE_COPY [RUNS]
import { performance } from 'node:perf_hooks';

const dist = new URL('../../dist/electron/', import.meta.url);
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createCore } = await import(new URL('core/handlers.js', dist).href);
const { dispatch } = await import(new URL('core/dispatch.js', dist).href);

const [file, runsText = '7'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench/notes-probe.js STORE_COPY [RUNS]');
const store = openStore(file);
const core = createCore({ db: store.db, storePath: store.path });
const call = async (channel, input) => {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
};
const bytes = (value) => Buffer.byteLength(JSON.stringify(value));

const NOTES_PAGE = 50;
const PANELS = 48;
const notesPage = await call('notes:list', { limit: NOTES_PAGE });
const pageIds = [...new Set(notesPage.notes.flatMap((n) => (n.seriesId == null ? [] : [n.seriesId])))];
// the series the most notes are on: a chart's worst case
const chartSeries = store.db
  .prepare('SELECT geoCode AS geo, itemCode AS item, measure FROM notes WHERE geoCode IS NOT NULL GROUP BY 1, 2, 3 ORDER BY COUNT(*) DESC LIMIT 1')
  .get();
const products = (answer) => answer.groups.flatMap((g) => g.series);
const productsBefore = products(await call('catalog:list', { group: 'product' })).filter((s) => s.measure === 'output');
const productsPage = products(await call('catalog:list', { group: 'product', measure: 'output', limit: PANELS }));
const points = (members) => async () => {
  let total = 0;
  for (const s of members) total += bytes(await call('figures:points', { seriesId: s.id, basis: 'yoy' }));
  return total;
};
const pageSql = store.db.prepare('SELECT * FROM notes WHERE deletedAt IS NULL ORDER BY createdAt, id LIMIT 50');

/** [name, before (the whole list asked), after (the page asked now), the page's SQL alone]. */
const probes = [
  ['notes:list (all notes → a page of 50)', () => call('notes:list', {}), () => call('notes:list', { limit: NOTES_PAGE }), () => pageSql.all()],
  // every bench note is on Quảng Nam (the whole list matches), few on beer in 2009
  ...['quang nam', 'beer 2009'].map((search) => [
    `notes:list search "${search}"`,
    () => call('notes:list', { search }),
    () => call('notes:list', { search, limit: NOTES_PAGE }),
    null,
  ]),
  ["notes:list for one series' chart (all → its own)", () => call('notes:list', {}), () => call('notes:list', { onSeries: [chartSeries] }), null],
  ['notes:facets (filter choices; before: in the notes)', null, () => call('notes:facets', {}), null],
  ['catalog:list for the notes (whole → page ids)', () => call('catalog:list', {}), () => call('catalog:list', { ids: pageIds }), null],
  [
    'catalog:list products (group → 48 output)',
    () => call('catalog:list', { group: 'product' }),
    () => call('catalog:list', { group: 'product', measure: 'output', limit: PANELS }),
    null,
  ],
  [`figures:points products (${productsBefore.length} → ${productsPage.length})`, points(productsBefore), points(productsPage), null],
];

const runs = Number(runsText);
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const size = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);
async function measure(probe) {
  if (!probe) return '—';
  const answer = await probe(); // warm, and the answer's size
  const size_ = typeof answer === 'number' ? answer : bytes(answer);
  const wall = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await probe();
    wall.push(performance.now() - start);
  }
  return `${size(size_)}, ${ms(quantile(wall, 0.5))} / ${ms(quantile(wall, 0.95))} ms`;
}
console.log(`${runs} runs each; answer size, wall median / p95. Notes: ${notesPage.total}.`);
console.log(`${'probe'.padEnd(52)} ${'before (whole)'.padEnd(30)} ${'after (page)'.padEnd(30)} page's SQL alone`);
for (const [name, before, after, sql] of probes) {
  const [b, a] = [await measure(before), await measure(after)];
  const ceiling = sql ? await measure(sql) : '—';
  console.log(`${name.padEnd(52)} ${b.padEnd(30)} ${a.padEnd(30)} ${ceiling}`);
}
core.close();
store.db.close();
