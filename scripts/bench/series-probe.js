// figures:series against figures:points in one process, through the handler table (validation
// included) and their SQL run directly, every probe in turn for each run (so load falls on all
// alike): wall and CPU medians and p95s. On the built core: `npm run build:node` first.
//   node scripts/bench/series-probe.js STORE_FILE [RUNS]   (the bench's archive: /tmp/iip-bench-archive/…)
import { performance } from 'node:perf_hooks';

const dist = new URL('../../dist/electron/', import.meta.url);
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createCore } = await import(new URL('core/handlers.js', dist).href);
const { dispatch } = await import(new URL('core/dispatch.js', dist).href);
const { SERIES_FIGURES_SQL } = await import(new URL('core/figures/series-read.js', dist).href);
const { SERIES_POINTS_SQL } = await import(new URL('core/figures/points-read.js', dist).href);
const kept = await import(new URL('core/figures/shown-points.js', dist).href);

const [file, runsText = '30'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench/series-probe.js STORE_FILE [RUNS]');
const store = openStore(file);
const core = createCore({ db: store.db, storePath: store.path });
// The bench's series (scale.js): the country's first 20 IIP series in catalog order.
const twenty = store.db
  .prepare("SELECT s.id FROM series s JOIN items i ON i.code = s.itemCode WHERE s.geoCode = 'VN' AND s.measure = 'iip' ORDER BY i.sortOrder LIMIT 20")
  .pluck()
  .all();
const call = async (channel, input) => {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
};
const figuresSql = store.db.prepare(SERIES_FIGURES_SQL).raw();
const pointsSql = store.db.prepare(SERIES_POINTS_SQL).pluck();
const keptSql = (ofKind) => store.db.prepare(kept.keptPointsSql(ofKind, false)).pluck();
const [keptEvery, keptOfKind] = [keptSql(false), keptSql(true)];
const yoy = kept.basisPlace('yoy');

const probes = {};
for (const [n, ids] of [
  ['1', twenty.slice(0, 1)],
  ['20', twenty],
]) {
  const each = (fn) => async () => {
    for (const seriesId of ids) await fn(seriesId);
  };
  probes[`figures:series ${n} (every kind)`] = each((seriesId) => call('figures:series', { seriesId, basis: 'yoy' }));
  probes[`  its SQL (figures:series ${n})`] = each((seriesId) => figuresSql.all(seriesId, 'yoy'));
  probes[`figures:points ${n} (every kind)`] = each((seriesId) => call('figures:points', { seriesId, basis: 'yoy' }));
  probes[`  its SQL (figures:points ${n}, every kind: the kept points)`] = each((seriesId) => keptEvery.get({ seriesId, basis: yoy }));
  probes[`figures:points ${n} (months)`] = each((seriesId) => call('figures:points', { seriesId, basis: 'yoy', kind: 'month' }));
  probes[`  its SQL (figures:points ${n}, months: the kept points)`] = each((seriesId) =>
    keptOfKind.get({ seriesId, basis: yoy, kind: kept.kindPlace('month') }),
  );
  probes[`figures:points ${n} (months, as of 2020-06-30)`] = each((seriesId) =>
    call('figures:points', { seriesId, basis: 'yoy', kind: 'month', asOf: '2020-06-30' }),
  );
  probes[`  its SQL (figures:points ${n}, months, as of: the stored figures)`] = each((seriesId) => pointsSql.get({ seriesId, basis: 'yoy', kind: 'month' }));
}

const runs = Number(runsText);
const times = Object.fromEntries(Object.keys(probes).map((name) => [name, { wall: [], cpu: [] }]));
for (const probe of Object.values(probes)) for (let i = 0; i < 3; i++) await probe(); // warm
for (let run = 0; run < runs; run++)
  for (const [name, probe] of Object.entries(probes)) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await probe();
    times[name].wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    times[name].cpu.push((used.user + used.system) / 1000);
  }
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
console.log(`${runs} runs interleaved; ms: wall median / p95 · CPU median / p95`);
for (const [name, { wall, cpu }] of Object.entries(times))
  console.log(`${name.padEnd(48)} ${ms(quantile(wall, 0.5))} / ${ms(quantile(wall, 0.95))} · ${ms(quantile(cpu, 0.5))} / ${ms(quantile(cpu, 0.95))}`);
core.close();
store.db.close();
