// The whole-store consistency checks on the archive (issue 14), each in a child process with the
// checks worker's heap cap so its peak resident memory is its own:
//  - runChecks as the checks worker runs it (a read-only connection, one read transaction), keeping
//    the whole report;
//  - the same checks one geography at a time with each geography's findings counted (and their size
//    as JSON) and dropped: what the checks need apart from the report they keep;
//  - the checks worker as the app runs it (ChecksWorker): the report kept in its temporary table,
//    then the counts with each kind's first page (analysis:checks-overview), a page once kept, and
//    the last page of the largest kind.
// The ceiling: every figure row read by one query, kept by nobody. The report's size is counted a
// finding at a time (a report larger than a JavaScript string can hold must still be measured).
//
// Usage: node scripts/bench/checks.js FILE   (after npm run build; prints the rows as JSON;
// --run, --geos, --kept or --ceiling before FILE runs one probe)
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url).pathname;
const HEAP_MB = 3072;
const ALL_ROWS = `SELECT f.*, s.geoCode, s.itemCode, s.measure, r.name, r.publisher, r.publishedOn, r.sourceKind
  FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId`;

const jsonBytes = (findings) => findings.reduce((n, f) => n + Buffer.byteLength(JSON.stringify(f)) + 1, 0);

async function probe(file) {
  const { runChecks } = await import(new URL('dist/electron/core/analysis/checks.js', `file://${root}`).href);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const t = performance.now();
  const report = db.transaction(() => runChecks(db, {}))();
  const ms = performance.now() - t;
  const bytes = { inconsistencies: jsonBytes(report.inconsistencies), revisions: jsonBytes(report.revisions) };
  return { ms, peakMiB: process.resourceUsage().maxRSS / 1024, inconsistencies: report.inconsistencies.length, revisions: report.revisions.length, bytes };
}

/** Every geography checked in turn, its findings counted and let go. */
async function perGeography(file) {
  const core = (p) => import(new URL(`dist/electron/core/analysis/${p}.js`, `file://${root}`).href);
  const [{ checkGeography }, { FigureIndex }, repo] = await Promise.all([core('checks'), core('figure-index'), core('repository')]);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const t = performance.now();
  let counted = 0;
  const counts = { inconsistencies: 0, revisions: 0, bytes: { inconsistencies: 0, revisions: 0 }, geos: 0, largestGeo: 0 };
  db.transaction(() => {
    const [geos, items] = [repo.namedGeos(db), repo.namedItems(db)];
    for (const geo of repo.geosToCheck(db, null)) {
      const figures = repo.storedFiguresOfGeo(db, geo, null);
      counts.geos++;
      counts.largestGeo = Math.max(counts.largestGeo, figures.length);
      for (const tally of checkGeography(new FigureIndex(figures, geos, items), null)) {
        const which = tally.kind === 'revision-vs-first-estimate' ? 'revisions' : 'inconsistencies';
        counts[which] += tally.findings.length;
        const counting = performance.now();
        counts.bytes[which] += jsonBytes(tally.findings);
        counted += performance.now() - counting;
      }
    }
  })();
  // The time of the checks alone: sizing the findings as JSON is the bench's own work.
  return { ms: performance.now() - t - counted, peakMiB: process.resourceUsage().maxRSS / 1024, ...counts };
}

/** The checks worker keeping the report, then serving pages: the process's peak includes the worker thread's. */
async function kept(file) {
  const { ChecksWorker } = await import(new URL('dist/electron/core/analysis/checks-in-worker.js', `file://${root}`).href);
  const worker = new ChecksWorker(file, HEAP_MB);
  try {
    let t = performance.now();
    // the Checks view's first question (soFar): answered as the run begins, then the counts once it is done
    const soFar = await worker.overview('bench', {}, 200, undefined, true);
    const firstAnswerMs = performance.now() - t;
    const overview = await worker.overview('bench', {}, 200);
    const ms = performance.now() - t;
    const kinds = Object.entries(overview.found).sort((a, b) => b[1] - a[1]);
    const [largest, count] = kinds[0];
    t = performance.now();
    const first = await worker.page('bench', {}, { kind: largest, offset: 0, limit: 100 });
    const firstPageMs = performance.now() - t;
    t = performance.now();
    await worker.page('bench', {}, { kind: largest, offset: Math.max(0, count - 100), limit: 100 });
    const lastPageMs = performance.now() - t;
    const found = Object.values(overview.found);
    const inconsistencies = found.reduce((n, k) => n + k, 0) - overview.found['revision-vs-first-estimate'];
    return {
      ms,
      firstAnswerMs,
      geosTotal: soFar.progress?.geosTotal ?? 0,
      firstPageMs,
      lastPageMs,
      pageFindings: first.length,
      largest,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      inconsistencies,
      revisions: overview.found['revision-vs-first-estimate'],
    };
  } finally {
    worker.close();
  }
}

function ceiling(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const t = performance.now();
  let n = 0;
  for (const row of db.prepare(ALL_ROWS).raw().iterate()) n += row.length > 0 ? 1 : 0;
  return { ms: performance.now() - t, rows: n };
}

/** Runs a probe (--run, --geos) in a child with the worker's heap cap; { ms, peakMiB, … } or { failed, ms }. */
export function checksRun(file, mode = '--run') {
  const t = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), mode, file], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) return { failed: (r.stderr.match(/FATAL ERROR[^\n]*|Error[^\n]*/) ?? [`exit ${r.status}`])[0], ms };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The table rows: [what, measured, ceiling, ratio, target]. */
export function checksRows(file) {
  const whole = checksRun(file, '--run');
  const byGeo = checksRun(file, '--geos');
  const inWorker = checksRun(file, '--kept');
  const bare = ceiling(file);
  const s = (x) => `${(x / 1000).toFixed(1)} s`;
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const ratio = (run) => (run.failed ? '-' : `${(run.ms / bare.ms).toFixed(1)}×`);
  const peak = (run) => `${s(run.ms)}, peak RSS ${run.peakMiB.toFixed(0)} MiB`;
  const report = (run) =>
    `${run.inconsistencies} inconsistencies (${mb(run.bytes.inconsistencies)} as JSON) + ${run.revisions} revisions (${mb(run.bytes.revisions)})`;
  const ceilingText = `${s(bare.ms)} (every figure row read)`;
  return [
    [
      'consistency checks, whole store (runChecks keeping its report, 3 GB heap cap)',
      whole.failed ? `failed after ${s(whole.ms)}: ${whole.failed}` : `${peak(whole)}; ${report(whole)}`,
      ceilingText,
      ratio(whole),
      `< ${HEAP_MB} MB`,
    ],
    [
      'consistency checks, whole store, the report kept in the checks worker (a temporary table) and served a page at a time',
      inWorker.failed
        ? `failed after ${s(inWorker.ms)}: ${inWorker.failed}`
        : `${peak(inWorker)} to keep ${inWorker.inconsistencies} inconsistencies + ${inWorker.revisions} revisions and answer the counts with each kind's first 200 (the first answer, as the checks of ${inWorker.geosTotal} geographies begin: ${inWorker.firstAnswerMs.toFixed(0)} ms); then a page of 100: ${inWorker.firstPageMs.toFixed(0)} ms (the last page of ${inWorker.largest}: ${inWorker.lastPageMs.toFixed(0)} ms)`,
      ceilingText,
      ratio(inWorker),
      `< ${HEAP_MB} MB`,
    ],
    [
      `consistency checks, one geography at a time, findings dropped (${byGeo.geos ?? '?'} geographies, the largest ${byGeo.largestGeo ?? '?'} figures)`,
      byGeo.failed ? `failed after ${s(byGeo.ms)}: ${byGeo.failed}` : `${peak(byGeo)}; the report would be ${report(byGeo)}`,
      ceilingText,
      ratio(byGeo),
      `< ${HEAP_MB} MB`,
    ],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, file] = process.argv.slice(2);
  if (flag === '--run') console.log(JSON.stringify(await probe(file)));
  else if (flag === '--geos') console.log(JSON.stringify(await perGeography(file)));
  else if (flag === '--kept') console.log(JSON.stringify(await kept(file)));
  else if (flag === '--ceiling') console.log(JSON.stringify(ceiling(file)));
  else for (const row of checksRows(flag)) console.log(JSON.stringify(row));
}
