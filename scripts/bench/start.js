// Start: from launching the web host on a store to the first chart drawn (the explore view's
// series chart: a canvas with pixels painted) in headless Chromium, the browser already running.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';

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

/** Milliseconds from spawning the host on `storeFile` to the first chart's canvas; undefined past `timeoutMs`. */
async function startToChart(browser, storeFile, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const t = performance.now();
  const host = spawn(process.execPath, ['dist/electron/host/cli.js', '--db', storeFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      host.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /serving at (\S+)/.exec(out);
        if (found) resolve(found[1]);
      });
      host.on('exit', (code) => reject(new Error(`the web host exited (${code}) before serving`)));
    });
    await page.goto(url);
    await page.waitForFunction(painted, undefined, { timeout: timeoutMs, polling: 50 });
    return performance.now() - t;
  } catch (error) {
    if (error?.name === 'TimeoutError') return undefined;
    throw error;
  } finally {
    host.kill();
    await context.close();
  }
}

/** Median start on each store, `runs` times in turn (the archive first). */
export async function measureStart(stores, runs, timeoutMs) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const times = stores.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, file] of stores.entries()) {
        const ms = await startToChart(browser, file, timeoutMs);
        if (ms === undefined) return stores.map((_, j) => (j === k ? { overBudget: timeoutMs } : { times: times[j] }));
        times[k].push(ms);
      }
    }
    return times.map((t) => ({ times: t }));
  } finally {
    await browser.close();
  }
}
