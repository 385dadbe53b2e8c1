// Real Chromium (Debian's) driven by Playwright, against the web host on a fresh store.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { rendererDir } from '../../electron/core/paths.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import { tempDir } from './temp.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
export const chromiumPath: string | null = CANDIDATES.find((p) => fs.existsSync(p)) ?? null;

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-output/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppSession {
  store: Store;
  host: RunningHost;
  page: Page;
  close(): Promise<void>;
}

/**
 * A fresh store and web host, and a page opened on the app in the given UI language; `beforeLoad`
 * runs on the browser context and the page before the app is first requested (to watch or route requests).
 */
export async function openApp(
  browser: Browser,
  locale: 'en-US' | 'vi-VN' = 'en-US',
  { beforeLoad }: { beforeLoad?: (context: BrowserContext, page: Page, appOrigin: string) => Promise<void> } = {},
): Promise<AppSession> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error(`the renderer is not built (${rendererDir}); run npm run build`);
  const store = openStore(path.join(tempDir(), 'iip.sqlite'));
  const core = createCore({ db: store.db, storePath: store.path });
  const handlers = core.handlers;
  const host = await startHost({ handlers, staticDir: rendererDir });
  const context = await browser.newContext({ locale, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await beforeLoad?.(context, page, new URL(host.url).origin);
  await page.goto(host.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return {
    store,
    host,
    page,
    async close() {
      await context.close();
      await host.close();
      core.close();
      store.db.close();
      if (errors.length > 0) throw new Error(`errors in the page: ${errors.join(' | ')}`);
    },
  };
}

/** Loads the app again (after the test changed its store behind its back) and waits until it is ready. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** A screenshot of one part of the page (a chart, a panel), for screens too long to read whole. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await part.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** What the window shows now (the viewport), for long pages whose top matters. */
export async function screenshotView(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/**
 * A describe block run in Debian's Chromium with one browser for its tests (`browser()` inside
 * them); reported skipped, never passed, where no Chromium is installed.
 */
export function describeInChromium(title: string, body: (browser: () => Browser) => void): void {
  describe.skipIf(chromiumPath === null)(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    });
  });
}
