// The import row of the scale bench (issue 14): one tidy CSV of a million rows (quick: 100,000)
// through the real importer (staged, previewed, committed through the handler table in a child
// store process, as the window does), against the sqlite3 tool importing the same file into the
// same table layout.
//
// The ceiling: a store made by the app (same schema, indexes, WAL, embedded dataset), the file
// loaded by sqlite3's `.import` into a temporary table, then put into the app's own tables by SQL
// alone — series added, one INSERT … SELECT into `figures` (its UNIQUE constraint and three
// indexes, with the same period, location and status columns; rows in file order and, separately,
// in series order as the importer stores them: the faster counts) and the series' statistics
// restated as catalog/series-stats.ts fills them, and the points charts draw (shownPoints: here each
// point stated once, the new ones shown as stated). That is the work the importer must do, done
// by SQLite in C; `.import` into an untyped table with no index (shown alongside) does far less.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const perSecond = (n, took) => `${Math.round((n / took) * 1000).toLocaleString('en')} figures/s`;

/** `total` distinct rows (geography × item × month, iip yoy index) in one file, period by period. */
export function tidyCsvFile(file, { geos, items }, total) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'geo,item,measure,period,basis,unit,value,status\n');
  let lines = [];
  let n = 0;
  outer: for (let m = 0; ; m++) {
    const period = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const geo of geos) {
      for (const item of items) {
        if (n++ === total) break outer;
        lines.push(`${geo},${item},iip,${period},yoy,index,${(100 + ((n * 37) % 200) / 10).toFixed(1)},official`);
        if (lines.length === 10_000) {
          fs.writeSync(fd, lines.join('\n') + '\n');
          lines = [];
        }
      }
    }
  }
  if (lines.length) fs.writeSync(fd, lines.join('\n') + '\n');
  fs.closeSync(fd);
}

/** sqlite3 putting the CSV into a store of the app's layout (see the header); milliseconds. */
function sqliteIntoAppLayout(sqlite3, csv, store, order) {
  const script = `.mode csv
BEGIN;
CREATE TEMP TABLE tidy (geo TEXT, item TEXT, measure TEXT, period TEXT, basis TEXT, unit TEXT, value REAL, status TEXT);
.import --skip 1 --schema temp ${csv} tidy
INSERT INTO releases (name, publisher, publishedOn, status, sourceKind, sourceFile, checksum, importedAt)
  VALUES ('ceiling', 'bench', '2025-01-01', 'official', 'csv', 'tidy.csv', 'ceiling', '2025-01-01');
INSERT OR IGNORE INTO series (geoCode, itemCode, measure) SELECT DISTINCT geo, item, measure FROM temp.tidy;
INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, value, decimals, status, location)
  SELECT s.id, (SELECT id FROM releases WHERE checksum = 'ceiling'), t.period, 'month', t.period, t.period, t.basis, t.unit, t.value, 1, t.status,
         'row ' || (t.rowid + 1)
    FROM temp.tidy t JOIN series s ON s.geoCode = t.geo AND s.itemCode = t.item AND s.measure = t.measure ORDER BY ${order};
DELETE FROM seriesStats WHERE seriesId IN (SELECT DISTINCT seriesId FROM figures WHERE releaseId = (SELECT id FROM releases WHERE checksum = 'ceiling'));
INSERT INTO seriesStats (seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views, geoCode, itemCode, catalogGroup, catalogOrder)
  SELECT x.*, s.geoCode, s.itemCode,
         CASE WHEN i.kind = 'product' THEN 4 WHEN g.kind <> 'country' THEN 3 WHEN i.kind = 'total' THEN 0 WHEN i.kind = 'section' THEN 1 ELSE 2 END,
         (CASE WHEN i.kind <> 'product' AND g.kind <> 'country' THEN g.sortOrder * 100000 + i.sortOrder ELSE i.sortOrder * 100000 + g.sortOrder END) * 10
           + CASE s.measure WHEN 'iip' THEN 0 WHEN 'output' THEN 1 ELSE 2 END
    FROM (SELECT seriesId, COUNT(*), MIN(periodEnd), MAX(periodEnd), GROUP_CONCAT(DISTINCT basis || ':' || unit) FROM figures
           WHERE seriesId IN (SELECT DISTINCT seriesId FROM figures WHERE releaseId = (SELECT id FROM releases WHERE checksum = 'ceiling'))
           GROUP BY seriesId) x
    JOIN series s ON s.id = x.seriesId JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode;
INSERT OR REPLACE INTO shownPoints (seriesId, basis, periodKind, endMonth, span, figure, period, value, decimals, flags)
  SELECT f.seriesId, CASE f.basis WHEN 'yoy' THEN 0 WHEN 'mom' THEN 1 WHEN 'base' THEN 2 ELSE 3 END,
         CASE f.periodKind WHEN 'month' THEN 0 WHEN 'cumulative' THEN 1 WHEN 'quarter' THEN 2 ELSE 3 END,
         CAST(substr(f.periodEnd, 1, 4) AS INTEGER) * 12 + CAST(substr(f.periodEnd, 6, 2) AS INTEGER) - 1,
         (CAST(substr(f.periodEnd, 1, 4) AS INTEGER) - CAST(substr(f.periodStart, 1, 4) AS INTEGER)) * 12
           + CAST(substr(f.periodEnd, 6, 2) AS INTEGER) - CAST(substr(f.periodStart, 6, 2) AS INTEGER),
         f.baseYear * 4 + u.shown, f.period, CASE WHEN u.asChange THEN round(f.value - 100, f.decimals) ELSE f.value END, f.decimals,
         (f.baseYear * 16 + CASE f.status WHEN 'estimate' THEN 0 WHEN 'preliminary' THEN 1 ELSE 2 END * 4 + u.shown) * 2
    FROM figures f
    JOIN (SELECT unit, basis, unit = 'index' AND basis IN ('yoy', 'mom') AS asChange,
                 CASE WHEN unit = 'index' AND basis IN ('yoy', 'mom') THEN 0 ELSE CASE unit WHEN 'pct' THEN 0 WHEN 'index' THEN 1 WHEN 'pp' THEN 2 ELSE 3 END END AS shown
            FROM (SELECT DISTINCT unit, basis FROM figures WHERE releaseId = (SELECT id FROM releases WHERE checksum = 'ceiling'))) u
      ON u.unit = f.unit AND u.basis = f.basis
   WHERE f.releaseId = (SELECT id FROM releases WHERE checksum = 'ceiling')
     AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.seriesId = f.seriesId AND g.basis = f.basis AND g.periodEnd = f.periodEnd AND g.period = f.period AND g.id <> f.id);
COMMIT;
`;
  const t = performance.now();
  const run = spawnSync(sqlite3, ['-bail', store], { input: script, encoding: 'utf8' });
  const took = performance.now() - t;
  if (run.status !== 0) throw new Error(`sqlite3: ${run.stderr}`);
  return took;
}

/** A store as the app makes it (schema, embedded dataset), closed. */
async function newStore(file) {
  const { openStore } = await import(new URL('../../dist/electron/core/store.js', import.meta.url).href);
  openStore(file).db.close();
}

/** The import row: [what, measured, ceiling, ratio, target]. `storeProcess` makes the child store process (scale.js). */
export async function importRows({ quick, codes, log, storeProcess }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-bench-import-'));
  try {
    const total = quick ? 100_000 : 1_000_000;
    const csv = path.join(dir, 'tidy.csv');
    tidyCsvFile(csv, codes, total);
    const what = `import a ${total.toLocaleString('en')}-row tidy CSV (1 file, ${(fs.statSync(csv).size / 2 ** 20).toFixed(0)} MiB) into a new store`;
    let ceiling = 'sqlite3 not installed (apt-get install sqlite3)';
    let ceilingMs;
    const sqlite3 = spawnSync('which', ['sqlite3'], { encoding: 'utf8' }).stdout.trim();
    if (sqlite3) {
      // rows in file order, as .import reads them, and in series order, as the importer stores them: the faster is the ceiling
      const orders = { 'file order': 't.rowid', 'series order': 's.id, t.period' };
      const times = {};
      for (const [name, order] of Object.entries(orders)) {
        const layout = path.join(dir, `ceiling-${order.length}.sqlite`);
        await newStore(layout);
        times[name] = sqliteIntoAppLayout(sqlite3, csv, layout, order);
      }
      ceilingMs = Math.min(...Object.values(times));
      const t = performance.now();
      execFileSync(sqlite3, [path.join(dir, 'untyped.sqlite'), '.mode csv', `.import ${csv} tidy`]);
      const untyped = performance.now() - t;
      ceiling =
        `${ms(ceilingMs)}, ${perSecond(total, ceilingMs)} (sqlite3: .import + INSERT … SELECT into the app's tables, ` +
        `${Object.entries(times)
          .map(([name, took]) => `${name} ${ms(took)}`)
          .join(', ')}; .import alone into an untyped table without indexes: ${ms(untyped)})`;
    }
    log(`scale bench: importing ${total} rows through the importer`);
    const server = storeProcess(path.join(dir, 'store.sqlite'));
    await server.start();
    const timeoutMs = quick ? 120_000 : 400_000;
    const answer = await server.ask({ importFiles: [csv] }, timeoutMs);
    const peak = server.peakMiB();
    server.stop();
    if (answer.overBudget) return [[what, `over budget (> ${ms(timeoutMs)}, stopped; peak RSS ${peak.toFixed(0)} MiB)`, ceiling, '-', '≥ 50 % of the ceiling']];
    const [took] = answer.times;
    return [
      [
        what,
        `${ms(took)}, ${perSecond(answer.figures, took)} (1 run: stage ${ms(answer.previewMs - answer.previewTimes[0])}, preview ${ms(answer.previewTimes[0])}, commit ${ms(answer.commitTimes[0])}; the shown points restated after it ${ms(answer.drainTimes[0])}; peak RSS ${peak.toFixed(0)} MiB)`,
        ceiling,
        ceilingMs ? `${((ceilingMs / took) * 100).toFixed(0)} %` : '-',
        '≥ 50 % of the ceiling',
      ],
      // The ceiling restates the shown points in its own run; the importer after its commit (write-behind).
      [
        'the same, the shown points restated after it counted in',
        `${ms(took + answer.drainTimes[0])}, ${perSecond(answer.figures, took + answer.drainTimes[0])}`,
        ceilingMs ? `${ms(ceilingMs)} (as above)` : '-',
        ceilingMs ? `${((ceilingMs / (took + answer.drainTimes[0])) * 100).toFixed(0)} %` : '-',
        '(reported)',
      ],
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
