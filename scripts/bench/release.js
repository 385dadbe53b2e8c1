// A monthly release into the archive (issue 14): a tidy CSV touching every series of the archive —
// the month after its last, and the last month restated (a tenth of it revised) — previewed and
// committed through the real import handlers into a copy of the archive, and the same into a store
// of the embedded dataset alone (the ceiling: import work should follow the release, not the store).
// Also real GSO monthly workbooks previewed, with the longest the event loop was held meanwhile.
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const serveJs = new URL('serve.js', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
/** The real monthly releases, where present (../shared/gso-releases, see its SOURCE.md). */
export const GSO_RELEASES = path.resolve(root, '..', 'shared', 'gso-releases');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

/** Runs one message on a fresh store process over `file`; resolves with its answer, or { overBudget } after timeoutMs. */
async function onStoreProcess(file, message, timeoutMs) {
  const child = fork(serveJs, [file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let timer;
  try {
    return await new Promise((resolve, reject) => {
      timer = setTimeout(() => resolve({ overBudget: timeoutMs }), timeoutMs);
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the store process stopped (exit code ${code})`)));
      child.on('message', (m) => {
        if (m.ready) child.send({ id: 0, ...message });
        else if (m.error) reject(new Error(m.error));
        else resolve(m);
      });
    });
  } finally {
    clearTimeout(timer);
    child.removeAllListeners('exit');
    // Waited for, so the caller's temp folder is removed after the child has let go of its files.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
}

/**
 * The month after the archive's last and that last month again, for every geography × item of the
 * archive, in the archive's layout: iip yoy and mom indices, output level, contribution yoy. The
 * restated month repeats the shown iip yoy index, raised by 0.5 for every tenth pair (revised).
 */
export function monthlyReleaseCsv(archiveFile, csvFile) {
  const db = new Database(archiveFile, { readonly: true });
  try {
    // The archive's last month (the embedded dataset's real figures may go further).
    const last = db
      .prepare(
        `SELECT f.period FROM figures f JOIN releases r ON r.id = f.releaseId
          WHERE f.basis = 'yoy' AND f.periodKind = 'month' AND r.sourceKind = 'synthetic' ORDER BY f.period DESC LIMIT 1`,
      )
      .pluck()
      .get();
    const [y, m] = last.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // The shown figure of the last month: the newest publication's.
    const shown = db
      .prepare(
        `SELECT s.geoCode AS geo, s.itemCode AS item, f.value FROM figures f JOIN series s ON s.id = f.seriesId JOIN releases r ON r.id = f.releaseId
          WHERE f.period = ? AND f.basis = 'yoy' AND s.measure = 'iip' ORDER BY s.geoCode, s.itemCode, r.publishedOn, r.id`,
      )
      .all(last);
    const latest = new Map(shown.map((r) => [`${r.geo},${r.item}`, r.value]));
    const lines = ['geo,item,measure,period,basis,unit,value,status'];
    let n = 0;
    for (const [pair, value] of latest) {
      n++;
      const v = (k) => (100 + ((n * 37 + k * 11) % 200) / 10).toFixed(1);
      lines.push(
        `${pair},iip,${next},yoy,index,${v(0)},preliminary`,
        `${pair},iip,${next},mom,index,${v(1)},preliminary`,
        `${pair},output,${next},level,qty,${(1000 + ((n * 13) % 500)).toFixed(1)},preliminary`,
        `${pair},contribution,${next},yoy,pp,${(((n * 7) % 40) / 10 - 1).toFixed(1)},preliminary`,
        `${pair},iip,${last},yoy,index,${(n % 10 === 0 ? value + 0.5 : value).toFixed(1)},official`,
      );
    }
    fs.writeFileSync(csvFile, lines.join('\n') + '\n');
    return { figures: lines.length - 1, month: next, restated: last };
  } finally {
    db.close();
  }
}

/** Reads a file once, so a fresh copy is in the system's cache as the archive it copies is (a copy may not pass through it). */
function readThrough(file) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(16 * 2 ** 20);
  try {
    while (fs.readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Rows [what, measured, ceiling, ratio, target] for the monthly release and the workbooks. */
export async function benchRelease({ archiveFile, quick = false, log = console.log }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-bench-release-'));
  try {
    return [...(await releaseRow(dir, archiveFile, quick ? 1 : 5, log)), ...(await workbookRows(dir, quick, log))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function releaseRow(dir, archiveFile, runs, log) {
  const csv = path.join(dir, 'monthly-release.csv');
  const release = monthlyReleaseCsv(archiveFile, csv);
  const what = `monthly release (${release.figures.toLocaleString('en')} figures: ${release.month}, ${release.restated} restated) previewed + committed`;
  log(`release bench: copying the archive (read-only cache) to ${dir}`);
  const copy = path.join(dir, 'archive.sqlite');
  fs.copyFileSync(archiveFile, copy);
  readThrough(copy);
  const embedded = path.join(dir, 'embedded.sqlite');
  const message = { importFiles: [csv], runs, undo: true };
  log(`release bench: ${release.figures} figures into a store of the embedded dataset, then into the archive (${runs} run${runs > 1 ? 's' : ''} each)`);
  const small = await onStoreProcess(embedded, message, 300_000);
  const big = await onStoreProcess(copy, message, 900_000);
  const text = (a) => {
    if (a.overBudget) return { text: `over budget (> ${ms(a.overBudget)}, stopped)` };
    const value = median(a.times);
    const label = a.times.length > 1 ? `median of ${a.times.length}` : '1 run';
    const drain = `the shown points restated after it ${ms(median(a.drainTimes))}, its longest transaction ${ms(Math.max(...a.drainTurns))}`;
    return { value, text: `${ms(value)} (${label}; preview ${ms(median(a.previewTimes))}, commit ${ms(median(a.commitTimes))}; ${drain}; ${a.counts})` };
  };
  const [archive, ceiling] = [text(big), text(small)];
  // The same with the restating after the commit counted in: the whole work a release costs the store.
  const whole = (a) => {
    if (a.overBudget) return { text: '-' };
    const value = median(a.times.map((t, i) => t + a.drainTimes[i]));
    return { value, text: `${ms(value)} (median of ${a.times.length})` };
  };
  const [archiveWhole, ceilingWhole] = [whole(big), whole(small)];
  return [
    [`${what} into the archive`, archive.text, `${ceiling.text} (embedded store)`, ratioOf(archive, ceiling), '< 2× embedded'],
    [
      `the same, the shown points restated after it counted in`,
      archiveWhole.text,
      `${ceilingWhole.text} (embedded store)`,
      ratioOf(archiveWhole, ceilingWhole),
      '(reported)',
    ],
  ];
}

const ratioOf = (measured, ceiling) => (measured.value !== undefined && ceiling.value !== undefined ? `${(measured.value / ceiling.value).toFixed(1)}×` : '-');

/** exceljs's own load of each workbook on this thread, the fastest of `runs` each: the reader every preview pays. */
async function exceljsLoadTimes(files, runs) {
  const { default: ExcelJS } = await import('exceljs');
  const times = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    let fastest = Infinity;
    for (let run = 0; run < runs; run++) {
      const t = performance.now();
      await new ExcelJS.Workbook().xlsx.load(bytes);
      fastest = Math.min(fastest, performance.now() - t);
    }
    times.push(fastest);
  }
  return times;
}

/** Monthly GSO workbooks previewed on a store of the embedded dataset: the median, and the event loop's longest hold. */
async function workbookRows(dir, quick, log) {
  const what = 'monthly GSO workbook previewed';
  if (!fs.existsSync(GSO_RELEASES)) return [[what, `not measured: ${GSO_RELEASES} is absent`, '-', '-', '< 1 s']];
  const all = fs
    .readdirSync(GSO_RELEASES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  // Evenly spread over the years, and the largest (the longest hold).
  const count = quick ? 4 : 12;
  const chosen = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
  const largest = [...all].sort((a, b) => fs.statSync(path.join(GSO_RELEASES, b)).size - fs.statSync(path.join(GSO_RELEASES, a)).size)[0];
  if (!chosen.includes(largest)) chosen.push(largest);
  log(`release bench: previewing ${chosen.length} GSO workbooks`);
  const answer = await onStoreProcess(
    path.join(dir, 'workbooks.sqlite'),
    { previewFiles: chosen.map((f) => path.join(GSO_RELEASES, f)), runs: quick ? 1 : 3 },
    300_000,
  );
  if (answer.overBudget) return [[what, `over budget (> ${ms(answer.overBudget)}, stopped)`, '-', '-', '< 1 s']];
  const slowest = Math.max(...answer.times);
  const value = median(answer.times);
  const ceiling = median(
    await exceljsLoadTimes(
      chosen.map((f) => path.join(GSO_RELEASES, f)),
      answer.runs,
    ),
  );
  return [
    [
      `${what} (median over ${chosen.length} workbooks, each its fastest of ${answer.runs})`,
      `${ms(value)} (slowest ${ms(slowest)}; ${answer.figures} figures in all)`,
      `${ms(ceiling)} (exceljs loading the same, here)`,
      `${(value / ceiling).toFixed(1)}×`,
      '< 1 s',
    ],
    [
      'event loop held while previewing those workbooks (monitorEventLoopDelay max)',
      `${ms(answer.maxBlockMs)} (p99 ${ms(answer.p99BlockMs)})`,
      `${ms(answer.idleMaxBlockMs)} (p99 ${ms(answer.idleP99BlockMs)}; the same watch while idle)`,
      `${(answer.maxBlockMs / answer.idleMaxBlockMs).toFixed(1)}×`,
      'README: ≤ 0.1 s',
    ],
  ];
}
