// The desktop app end to end through Playwright's _electron. Runs wherever an Electron binary is
// installed (node_modules/electron/dist); reports itself skipped elsewhere (the binary cannot be
// downloaded on our CI machines).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const root = path.resolve(import.meta.dirname, '../..');

describe.skipIf(binary === null)('Electron app (needs the Electron binary)', () => {
  it('opens on the embedded dataset with the bridge and nothing more', async () => {
    const store = path.join(tempDir(), 'iip.sqlite');
    const app = await electron.launch({ executablePath: binary!, args: [root, '--no-sandbox'], env: { ...process.env, IIP_DB: store } });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('html[data-ready="true"]');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { iip: object }).iip).sort())).toEqual(['invoke', 'on']);
      const info = await page.evaluate(() => (window as unknown as { iip: { invoke(c: string, i: unknown): Promise<unknown> } }).iip.invoke('app:info', {}));
      expect(info).toMatchObject({ ok: true, value: { storePath: store } });
      // Wait for main to have handled the attempt (its will-navigate listener runs before this one),
      // not for a fixed time: the attempt must arrive, and arrive refused.
      await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        (globalThis as { navigationAttempt?: Promise<unknown> }).navigationAttempt = new Promise((resolve) => {
          contents.once('will-navigate', (event) => resolve({ url: event.url, refused: event.defaultPrevented }));
        });
      });
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      const attempt = await app.evaluate(() => (globalThis as { navigationAttempt?: Promise<unknown> }).navigationAttempt);
      expect(attempt).toEqual({ url: 'https://example.com/', refused: true });
      expect(page.url()).toMatch(/^app:\/\/iip\//);
      await page.screenshot({ path: path.join(root, 'test-output', 'electron-window.png') });
    } finally {
      await app.close();
    }
  });
});
