// The national-scale bench (issue 14): the synthetic archive (archive.js) served by a child store
// process (serve.js), each target of the issue measured against its ceiling in the same run. Calls
// that take long on the archive today run fewer times and within a timeout ("over budget").
import Database from 'better-sqlite3';
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { syntheticArchive } from './archive.js';
import { benchCatalog } from './catalog.js';
import { chartRows } from './chart.js';
import { checksRows } from './checks.js';
import { importRows } from './import.js';
import { benchRelease } from './release.js';
import { startRow } from './start.js';

const here = new URL('.', import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (x === undefined ? '-' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

/** A child store process on `file`; ask() resolves with its answer, or with { overBudget } after timeoutMs (the child is then replaced). */
export function storeProcess(file) {
  let child;
  let waiting = new Map();
  let next = 0;
  let peakKiB = 0;
  const start = () =>
    new Promise((resolve, reject) => {
      child = fork(new URL('serve.js', here).pathname, [file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (m) => (m.ready ? resolve() : (waiting.get(m.id)?.(m), waiting.delete(m.id))));
      child.on('error', reject);
    });
  /** VmHWM of the child: its peak resident memory so far. */
  const peak = () => {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    return peakKiB;
  };
  return {
    start,
    peakMiB: () => peak() / 1024,
    async ask(message, timeoutMs) {
      const id = next++;
      let timer;
      child.send({ id, ...message });
      const answer = await Promise.race([
        new Promise((resolve) => waiting.set(id, resolve)),
        new Promise((resolve) => (timer = setTimeout(() => resolve({ overBudget: timeoutMs }), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (answer.overBudget) {
        peak();
        child.kill('SIGKILL');
        waiting = new Map();
        await start();
      }
      if (answer.error) throw new Error(answer.error);
      return answer;
    },
    stop: () => child.kill(),
  };
}

// The hot SQL as the repositories run it (figures/repository.ts candidatesFor…, figures/series-read.ts), for the ceilings.
// A series is read from figures alone (its releases are kept until the store changes), rows as arrays:
// SERIES_FIGURES_SQL, imported from the built core with the archive.
const CANDIDATES = `SELECT f.id, f.seriesId, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit, f.baseYear, f.value,
       f.decimals, f.status, f.quantityUnit, f.quote, f.location, f.statedPeriod, f.flags, f.note,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.publishedOnNote, r.sourceFile
  FROM figures f JOIN releases r ON r.id = f.releaseId`;
const PERIOD_SQL = `${CANDIDATES} WHERE f.period = ? AND f.basis = ? AND (? IS NULL OR r.publishedOn <= ?)`;
/** One period's figures of the series a ranking compares (candidatesForPeriodSeries). */
const RANKED_SQL = `${CANDIDATES} WHERE f.period = ? AND f.basis = ? AND f.seriesId IN (SELECT value FROM json_each(?)) AND (? IS NULL OR r.publishedOn <= ?)`;
const LATEST_PERIOD = "SELECT period FROM figures WHERE basis = 'yoy' ORDER BY period DESC LIMIT 1";

/**
 * Runs the scale bench; returns { header, rows } where rows are [what, measured, ceiling, ratio, target].
 * quick: a tenth of the archive and a 100,000-row CSV; checks: the whole-store consistency checks
 * too (minutes on the full archive, so only when asked); readsOnly: the reads alone (catalog, series,
 * ranking, summary, peak memory), without the CLI, imports, release, start and charts.
 */
export async function benchScale({ quick = false, seed = 1, checks = false, readsOnly = false, log = console.log } = {}) {
  const scale = quick ? 0.1 : 1;
  log(`scale bench: archive at scale ${scale}, seed ${seed} (generating it the first time takes minutes)`);
  const archive = await syntheticArchive({ scale, seed, log });
  const mib = archive.bytes / 2 ** 20;
  const header = [
    `synthetic archive: ${archive.figures} figures, ${mib.toFixed(0)} MiB on disk, ${(mib / (archive.figures / 1e6)).toFixed(0)} MiB per million figures, ` +
      (archive.cached ? `cached (${archive.file})` : `generated in ${archive.seconds.toFixed(0)} s`),
  ];
  const rows = [];
  const row = (what, measured, ceiling, target) =>
    rows.push([
      what,
      measured.text,
      ceiling?.text ?? '-',
      ceiling && measured.value !== undefined ? `${(measured.value / ceiling.value).toFixed(1)}×` : '-',
      target,
    ]);

  const db = new Database(archive.file, { readonly: true });
  const seriesOf = (geo, item) => db.prepare("SELECT id FROM series WHERE geoCode = ? AND itemCode = ? AND measure = 'iip'").get(geo, item).id;
  const total = seriesOf('VN', 'TOTAL');
  const twenty = db
    .prepare("SELECT s.id FROM series s JOIN items i ON i.code = s.itemCode WHERE s.geoCode = 'VN' AND s.measure = 'iip' ORDER BY i.sortOrder LIMIT 20")
    .all()
    .map((r) => r.id);
  const divisions = db
    .prepare("SELECT s.id FROM series s JOIN items i ON i.code = s.itemCode WHERE s.geoCode = 'VN' AND s.measure = 'iip' AND i.kind = 'division'")
    .pluck()
    .all();
  const listed = db.prepare('SELECT COUNT(*) FROM seriesStats').pluck().get();
  const codes = {
    geos: db.prepare('SELECT code FROM geos ORDER BY sortOrder').pluck().all(),
    items: db.prepare('SELECT code FROM items ORDER BY sortOrder').pluck().all(),
  };
  db.close();

  const { SERIES_FIGURES_SQL } = await import(new URL('dist/electron/core/figures/series-read.js', `file://${root}`).href);
  // The handlers are served by one store process, the ceilings' SQL run in a second one on the same
  // file: a ceiling that reads a whole period as objects (150 MiB of garbage) would otherwise set the
  // store process's peak memory, which is the handlers' to answer for.
  const server = storeProcess(archive.file);
  const ceilings = storeProcess(archive.file);
  await Promise.all([server.start(), ceilings.start()]);
  /** Times a message (SQL in the ceilings' process); { text, value } with the median (and p95), or "over budget". */
  const measure = async (message, { runs = 20, budgetMs = 4000, timeoutMs = 60_000, p95 = false, withCpu = false } = {}) => {
    const answer = await (message.sqls ? ceilings : server).ask({ runs, budgetMs, ...message }, timeoutMs);
    if (answer.overBudget) return { text: `over budget (> ${ms(timeoutMs)}, stopped)` };
    const { times, cpuTimes } = answer;
    const value = p95 ? quantile(times, 0.95) : median(times);
    const label = times.length === 1 ? '1 run' : p95 ? `p95 of ${times.length}` : `median of ${times.length}`;
    // The CPU time beside it where asked: what a loaded machine inflates least (the wall time waits for the cores too).
    const cpu = withCpu && cpuTimes ? `; CPU ${ms(p95 ? quantile(cpuTimes, 0.95) : median(cpuTimes))}` : '';
    return { text: `${ms(value)} (${label}${cpu})`, value, first: times[0], bytes: answer.bytes, period: answer.period };
  };

  await benchCatalog({ measure, row, listed });

  const one = await measure({ calls: [['figures:series', { seriesId: total, basis: 'yoy' }]] }, { runs: 30, p95: true, withCpu: true });
  const oneSql = await measure({ sqls: [[SERIES_FIGURES_SQL, [total, 'yoy'], true]] }, { runs: 30, p95: true, withCpu: true });
  const answer = (m) => (m.bytes ? `, ${(m.bytes / 2 ** 20).toFixed(1)} MB answer` : '');
  row(`figures:series 1 series × 240 months (VN TOTAL yoy${answer(one)})`, one, oneSql, 'p95 < 5 ms, < 2× SQL');
  const many = await measure(
    { calls: twenty.map((seriesId) => ['figures:series', { seriesId, basis: 'yoy' }]) },
    { runs: 20, budgetMs: 10_000, p95: true, withCpu: true },
  );
  const manySql = await measure({ sqls: twenty.map((id) => [SERIES_FIGURES_SQL, [id, 'yoy'], true]) }, { runs: 20, p95: true, withCpu: true });
  row(`figures:series 20 series × 240 months (yoy${answer(many)})`, many, manySql, 'p95 < 5 ms, < 2× SQL');
  // figures:points: what a chart draws (the shown value, its status, whether revised), every kind and
  // months alone: today's from the points kept at write time, its SQL the one JSON text a series of
  // them; as of a date chosen from the stored figures, its SQL their JSON text a series.
  const points = await import(new URL('dist/electron/core/figures/shown-points.js', `file://${root}`).href);
  const { SERIES_POINTS_SQL } = await import(new URL('dist/electron/core/figures/points-read.js', `file://${root}`).href);
  const yoy = points.basisPlace('yoy');
  for (const [kind, asOf] of [
    [null, null],
    ['month', null],
    ['month', '2020-06-30'],
  ]) {
    const input = (seriesId) => ({ seriesId, basis: 'yoy', ...(kind ? { kind } : {}), ...(asOf ? { asOf } : {}) });
    const sql = (seriesId) =>
      asOf
        ? [SERIES_POINTS_SQL, [{ seriesId, basis: 'yoy', kind }]]
        : [points.keptPointsSql(kind !== null, false), [{ seriesId, basis: yoy, kind: kind === null ? null : points.kindPlace(kind) }]];
    const label = `${kind ? `, ${kind}s` : ', every kind'}${asOf ? `, as of ${asOf}` : ''}`;
    const onePoints = await measure({ calls: [['figures:points', input(total)]] }, { runs: 30, p95: true, withCpu: true });
    const onePointsSql = await measure({ sqls: [sql(total)] }, { runs: 30, p95: true, withCpu: true });
    row(`figures:points 1 series × 240 months (VN TOTAL yoy${label}${answer(onePoints)})`, onePoints, onePointsSql, 'p95 < 5 ms, < 2× SQL');
    const manyPoints = await measure({ calls: twenty.map((seriesId) => ['figures:points', input(seriesId)]) }, { runs: 20, p95: true, withCpu: true });
    const manyPointsSql = await measure({ sqls: twenty.map(sql) }, { runs: 20, p95: true, withCpu: true });
    row(`figures:points 20 series × 240 months (yoy${label}${answer(manyPoints)})`, manyPoints, manyPointsSql, 'p95 < 5 ms, < 2× SQL');
  }

  // The ranking reads the figures of its group's series only: its ceiling is that SQL; a whole period's figures bound the summary.
  const rankingSql = await measure({ sqls: [[RANKED_SQL, ['2024-12', 'yoy', JSON.stringify(divisions), null, null]]] }, { runs: 10 });
  const periodSql = await measure({ sqls: [[PERIOD_SQL, ['2024-12', 'yoy', null, null]]] }, { runs: 10 });
  const ranking = await measure({ calls: [['figures:ranking', { period: '2024-12', basis: 'yoy', group: 'division' }]] }, { runs: 5, budgetMs: 5000 });
  row('figures:ranking 2024-12 yoy division', ranking, rankingSql, '< 20 ms');
  // latest:summary reads every period once, then keeps that until the store changes: the first call
  // apart. Its ceiling: the newest period found by the period index, and that period's figures read.
  const first = await measure({ calls: [['latest:summary', {}]] }, { runs: 1, timeoutMs: 90_000 });
  const latestSql = await measure(
    {
      sqls: [
        [LATEST_PERIOD, []],
        [PERIOD_SQL, [first.period ?? '2024-12', 'yoy', null, null]],
      ],
    },
    { runs: 10 },
  );
  row(`latest:summary {} (first call after opening; shows ${first.period ?? '?'})`, first, latestSql, '< 20 ms');
  const latest = await measure({ calls: [['latest:summary', {}]] }, { runs: 5, budgetMs: 5000, timeoutMs: 90_000 });
  row('latest:summary {} (again)', latest, latestSql, '< 20 ms');
  const synthetic = await measure({ calls: [['latest:summary', { period: '2024-12' }]] }, { runs: 5, budgetMs: 5000, timeoutMs: 90_000 });
  row("latest:summary { period: '2024-12' } (every synthetic series)", synthetic, periodSql, '< 20 ms');
  // The releases list (the Releases and Checks views): each release with its figure count, kept at write time; its ceiling the releases' rows alone.
  const releases = await measure({ calls: [['releases:list', {}]] }, { runs: 10, p95: true, withCpu: true });
  const releasesSql = await measure({ sqls: [['SELECT * FROM releases ORDER BY publishedOn DESC, id DESC', []]] }, { runs: 10, p95: true, withCpu: true });
  row(`releases:list {} (${answer(releases).slice(2) || 'every release'})`, releases, releasesSql, '-');
  const peak = server.peakMiB();
  const ceilingsPeak = ceilings.peakMiB();
  server.stop();
  ceilings.stop();
  rows.push([
    `peak RSS of the store process serving the rows above (VmHWM; the ceilings' SQL ran in a second process, its peak ${ceilingsPeak.toFixed(0)} MiB)`,
    `${peak.toFixed(0)} MiB`,
    '-',
    '-',
    '< 300 MB',
  ]);

  if (readsOnly) return { header, rows };
  rows.push(cliRow(archive.file));
  rows.push(...(await importRows({ quick, codes, log, storeProcess })));
  rows.push(...(await benchRelease({ archiveFile: archive.file, quick, log })));
  rows.push(await startRow(archive.file, quick ? 3 : 5));
  rows.push(...(await chartRows({ runs: quick ? 5 : 7, log })));
  if (checks) rows.push(...checksRows(archive.file));
  return { header, rows };
}

/** `iip get` on the archive against node + better-sqlite3 + the same query, run in turn (a busy machine slows both alike). */
function cliRow(file) {
  const run = (argv) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
    return performance.now() - t;
  };
  const script = `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}, { readonly: true });
    const s = db.prepare("SELECT id FROM series WHERE geoCode = 'VN' AND itemCode = 'TOTAL' AND measure = 'iip'").get();
    db.prepare(${JSON.stringify(`${CANDIDATES} WHERE f.seriesId = ? AND f.basis = ? AND f.period = ?`)}).all(s.id, 'yoy', '2024-12');`;
  const cliTimes = [];
  const bareTimes = [];
  for (let i = 0; i < 9; i++) {
    cliTimes.push(run(['bin/iip.js', 'get', '--db', file, '--geo', 'VN', '--item', 'TOTAL', '--period', '2024-12', '--basis', 'yoy']));
    bareTimes.push(run(['-e', script]));
  }
  const [cli, bare] = [median(cliTimes), median(bareTimes)];
  return [
    'iip get (VN TOTAL 2024-12 yoy) on the archive',
    `${ms(cli)} (median of 9)`,
    `${ms(bare)} (node + better-sqlite3 + query, median of 9)`,
    `${(cli / bare).toFixed(1)}×`,
    '< 1.5×',
  ];
}
