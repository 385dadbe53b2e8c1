// Start: from launching the web host on a store to the first chart drawn (the explore view's
// series chart: a canvas with pixels painted) in headless Chromium, the browser already running.
// The scale bench's start row; on its own: node scripts/bench/start.js [--runs N] [--quick]
// (the cached archive, or its tenth, against a store of the embedded dataset alone).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { syntheticArchive } from './archive.js';

const root = new URL('../../', import.meta.url).pathname;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

/** In the page: whether a canvas has anything painted on it. */
function painted() {
  return [...globalThis.document.querySelectorAll('canvas')].some((canvas) => {
    if (!canvas.width || !canvas.height) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4 * 16) if (pixels[i] !== 0) return true;
    return false;
  });
}

/** Why start cannot be measured here, or null. */
export function startUnavailable() {
  if (!CHROMIUM) return 'no Chromium (apt-get install chromium)';
  if (!fs.existsSync(new URL('dist/renderer/index.html', `file://${root}`))) return 'renderer not built (npm run build)';
  return null;
}

/**
 * Milliseconds from spawning the host on `storeFile` to the first chart's canvas, and to the host's
 * "serving at" (its modules loaded, the store opened and checked); undefined past `timeoutMs`.
 */
async function startToChart(browser, storeFile, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const t = performance.now();
  const host = spawn(process.execPath, ['dist/electron/host/cli.js', '--db', storeFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let serving;
    const url = await new Promise((resolve, reject) => {
      let out = '';
      host.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /serving at (\S+)/.exec(out);
        if (found && serving === undefined) {
          serving = performance.now() - t;
          resolve(found[1]);
        }
      });
      host.on('exit', (code) => reject(new Error(`the web host exited (${code}) before serving`)));
    });
    await page.goto(url);
    await page.waitForFunction(painted, undefined, { timeout: timeoutMs, polling: 50 });
    return { ms: performance.now() - t, serving };
  } catch (error) {
    if (error?.name === 'TimeoutError') return undefined;
    throw error;
  } finally {
    // Stopped and gone before the next start is timed: a host left finishing its work (the checks'
    // worker, say) would slow the next one.
    const exited = host.exitCode !== null ? Promise.resolve() : new Promise((resolve) => host.once('exit', resolve));
    host.kill();
    await exited;
    await context.close();
  }
}

/** Each store's starts, `runs` times in turn (the archive first): { times, serving } (ms), or { overBudget }. */
async function measureStart(stores, runs, timeoutMs) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const measured = stores.map(() => ({ times: [], serving: [] }));
    for (let i = 0; i < runs; i++) {
      for (const [k, file] of stores.entries()) {
        const start = await startToChart(browser, file, timeoutMs);
        if (start === undefined) return measured.map((m, j) => (j === k ? { overBudget: timeoutMs } : m));
        measured[k].times.push(start.ms);
        measured[k].serving.push(start.serving);
      }
    }
    return measured;
  } finally {
    await browser.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);

/** The bench row [what, measured, ceiling, ratio, target]: start on the archive against a store of the embedded dataset alone. */
export async function startRow(archiveFile, runs) {
  const what = 'start: web host launch to first chart drawn (headless Chromium)';
  const unavailable = startUnavailable();
  if (unavailable) return [what, `not measured: ${unavailable}`, '-', '-', '< 1.5 s'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-bench-start-'));
  try {
    const embedded = path.join(dir, 'embedded.sqlite');
    const { openStore } = await import(new URL('dist/electron/core/store.js', `file://${root}`).href);
    openStore(embedded).db.close();
    const [archive, small] = await measureStart([archiveFile, embedded], runs, 60_000);
    const ceiling = small.times.length ? `${ms(median(small.times))} (embedded store, median of ${small.times.length})` : '-';
    if (archive.overBudget) return [what, `over budget (> ${ms(archive.overBudget)}, stopped)`, ceiling, '-', '< 1.5 s'];
    const value = median(archive.times);
    return [
      what,
      `${ms(value)} (median of ${archive.times.length}; the host serving after ${ms(median(archive.serving))})`,
      ceiling,
      small.times.length ? `${(value / median(small.times)).toFixed(1)}×` : '-',
      '< 1.5 s',
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === fs.realpathSync(process.argv[1])) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean', default: false } } });
  const archive = await syntheticArchive({ scale: values.quick ? 0.1 : 1, seed: 1, log: console.log });
  console.log((await startRow(archive.file, Number(values.runs))).join(' | '));
}
