// The whole-store consistency checks on the archive (issue 14): runChecks as the checks worker runs
// it (a read-only connection, one read transaction, the worker's heap cap), in a child process so
// its peak resident memory is its own. The ceiling: every figure row read by the same kind of query,
// kept by nobody. Also the report's size as JSON (counted a finding at a time: a report larger than
// a JavaScript string can hold must still be measured).
//
// Usage: node scripts/bench/checks.js FILE   (after npm run build; prints one JSON line)
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

function ceiling(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const t = performance.now();
  let n = 0;
  for (const row of db.prepare(ALL_ROWS).raw().iterate()) n += row.length > 0 ? 1 : 0;
  return { ms: performance.now() - t, rows: n };
}

/** Runs the probe in a child with the worker's heap cap; { ms, peakMiB, … } or { failed, ms }. */
export function checksRun(file) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), '--run', file], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) return { failed: (r.stderr.match(/FATAL ERROR[^\n]*|Error[^\n]*/) ?? [`exit ${r.status}`])[0], ms };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The table row: [what, measured, ceiling, ratio, target]. */
export function checksRow(file) {
  const run = checksRun(file);
  const bare = ceiling(file);
  const s = (x) => `${(x / 1000).toFixed(1)} s`;
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const measured = run.failed
    ? `failed after ${s(run.ms)}: ${run.failed}`
    : `${s(run.ms)}, peak RSS ${run.peakMiB.toFixed(0)} MiB; report ${run.inconsistencies} inconsistencies (${mb(run.bytes.inconsistencies)} JSON) + ${run.revisions} revisions (${mb(run.bytes.revisions)})`;
  const ratio = run.failed ? '-' : `${(run.ms / bare.ms).toFixed(1)}×`;
  return ['consistency checks, whole store (runChecks, 3 GB heap cap)', measured, `${s(bare.ms)} (every figure row read)`, ratio, `< ${HEAP_MB} MB`];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, file] = process.argv.slice(2);
  if (flag === '--run') console.log(JSON.stringify(await probe(file)));
  else if (flag === '--ceiling') console.log(JSON.stringify(ceiling(file)));
  else console.log(JSON.stringify(checksRow(flag)));
}
