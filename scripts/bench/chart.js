// Chart: the app's series chart built and drawn in headless Chromium (scripts/bench/chart-page,
// bundled by Vite from the app's own chart modules), against a bare Chart.js line of the same
// data with LTTB decimation in the same page. Two cases: 20 series × 240 months and one series of
// 100,000 points. `node scripts/bench/chart.js [--against DIR] [--runs N]` prints the rows alone;
// --against also times the chart of another checkout (e.g. an earlier commit's), built into the same
// page and taking turns with this one's in the same browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildChartPage, serveDir } from './chart-page/build.js';

const root = new URL('../../', import.meta.url).pathname;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

const CASES = [
  { what: 'chart: 20 series × 240 months built and drawn', count: 20, months: 240, target: '< 50 ms' },
  { what: 'chart: 1 series × 100,000 points with LTTB decimation', count: 1, months: 100_000, target: '< 200 ms' },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (v) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
const count = (n) => n.toLocaleString('en-US');

/** Opens a built bench page; resolves once it can run. */
async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await page.waitForFunction(() => globalThis.iipChartBench !== undefined);
  await page.evaluate(() => globalThis.iipChartBench.ready);
  return page;
}

/** One run of `which` ('app' or 'bare') on a page: { ms, drawn }. */
const runOn = (page, which, c) => page.evaluate(([w, n, m]) => globalThis.iipChartBench[w](n, m), [which, c.count, c.months]);

/**
 * The chart rows: [what, measured, ceiling, ratio, target], medians of `runs` after one warm-up,
 * the app's chart and the bare one taking turns. Says why where it cannot measure. With `against`
 * (another checkout), each row gets a sixth cell: that checkout's chart, timed in turn with these.
 */
export async function chartRows({ runs = 7, against = null, log = console.log } = {}) {
  const unavailable = (why) => CASES.map((c) => [c.what, `not measured: ${why}`, '-', '-', c.target]);
  if (!CHROMIUM) return unavailable('no Chromium (apt-get install chromium)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-bench-chart-'));
  let server;
  let browser;
  try {
    log('chart bench: bundling the bench page from the app’s chart modules');
    const roots = against ? [root, against] : [root];
    for (const [i, appRoot] of roots.entries()) await buildChartPage({ outDir: path.join(dir, String(i)), appRoot });
    const served = await serveDir(dir);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    const pages = [];
    for (const i of roots.keys()) pages.push(await openPage(browser, `${served.url}${i}/index.html`));
    const rows = [];
    for (const c of CASES) {
      const times = { app: [], bare: [], against: [] };
      const drawn = {};
      for (let i = 0; i <= runs; i++) {
        const turns = [['app', pages[0], 'app'], ['bare', pages[0], 'bare'], ...(pages[1] ? [['against', pages[1], 'app']] : [])];
        for (const [key, page, which] of turns) {
          const run = await runOn(page, which, c);
          drawn[key] = run.drawn;
          if (i > 0) times[key].push(run.ms); // the first of each is a warm-up
        }
      }
      const [app, bare] = [median(times.app), median(times.bare)];
      const points = c.count === 1 ? ` (${count(drawn.app)} drawn; bare ${count(drawn.bare)})` : '';
      const row = [
        `${c.what}${points} (headless Chromium)`,
        `${ms(app)} (median of ${runs})`,
        `${ms(bare)} (bare Chart.js, LTTB)`,
        `${(app / bare).toFixed(1)}×`,
        c.target,
      ];
      if (against) {
        const earlier = median(times.against);
        row.push(`${path.basename(against)}: ${ms(earlier)}, ${(earlier / bare).toFixed(1)}× bare, ${count(drawn.against)} drawn`);
      }
      rows.push(row);
    }
    return rows;
  } catch (error) {
    // The rest of the table still prints; the row says what went wrong.
    return unavailable(`failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  } finally {
    await browser?.close();
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { against: { type: 'string' }, runs: { type: 'string', default: '7' } } });
  const rows = await chartRows({ runs: Number(values.runs), against: values.against ? path.resolve(values.against) : null });
  for (const row of rows) console.log(row.join(' | '));
}
