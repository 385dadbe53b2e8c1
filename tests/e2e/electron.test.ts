// The desktop app end to end through Playwright's _electron. Runs wherever an Electron binary is
// installed (node_modules/electron/dist); reports itself skipped elsewhere (the binary cannot be
// downloaded on our CI machines). Each launch of the shell's tests has its own user-data folder
// (IIP_USER_DATA): its own single-instance lock and window state.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary as binary, projectRoot as root } from '../helpers/electron-app.js';
import { tempDir } from '../helpers/temp.js';

describe.skipIf(binary === null)('Electron app (needs the Electron binary)', () => {
  it('opens on the embedded dataset with the bridge and nothing more', async () => {
    const store = path.join(tempDir(), 'iip.sqlite');
    const app = await electron.launch({
      executablePath: binary!,
      args: [root, '--no-sandbox'],
      env: { ...process.env, IIP_DB: store, IIP_USER_DATA: path.dirname(store) },
    });
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

  it('remembers the window’s size and place across launches, and builds the menu in the window’s language', async () => {
    const userData = tempDir();
    const store = path.join(userData, 'iip.sqlite');
    const first = await launch(userData, store);
    try {
      await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 60, width: 900, height: 700 }));
      expect(await topMenus(first.app)).toContain(process.platform === 'darwin' ? 'File' : '&File');
      // the page says its language; main rebuilds the menu in it
      await first.page.selectOption('[data-testid="lang-switch"]', 'vi');
      await expect.poll(() => topMenus(first.app)).toContain(process.platform === 'darwin' ? 'Tệp' : '&Tệp');
    } finally {
      await first.app.close();
    }
    const saved = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8')) as { displays: Record<string, { bounds: object }> };
    expect(Object.values(saved.displays)[0]!.bounds).toEqual({ x: 40, y: 60, width: 900, height: 700 });
    const second = await launch(userData, store);
    try {
      expect(await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toEqual({
        x: 40,
        y: 60,
        width: 900,
        height: 700,
      });
    } finally {
      await second.app.close();
    }
  });

  it('sends the menu’s Import, Export data and About to the window as shell:action; opens the store folder itself', async () => {
    const userData = tempDir();
    const { app, page } = await launch(userData, path.join(userData, 'iip.sqlite'));
    try {
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seenActions: string[] }).seenActions = seen;
        (window as unknown as { iip: { on(e: string, l: (p: { action: string }) => void): void } }).iip.on('shell:action', (p) => seen.push(p.action));
      });
      for (const id of ['import', 'export-data', 'about']) await app.evaluate(({ Menu }, id) => Menu.getApplicationMenu()!.getMenuItemById(id)!.click(), id);
      await expect.poll(() => page.evaluate(() => (window as unknown as { seenActions: string[] }).seenActions)).toEqual(['import', 'export-data', 'about']);
      // main's own action: nothing reaches the window
      await app.evaluate(({ Menu, shell }) => {
        shell.showItemInFolder = () => undefined; // no file manager in the test
        Menu.getApplicationMenu()!.getMenuItemById('open-store-folder')!.click();
      });
      expect(await page.evaluate(() => (window as unknown as { seenActions: string[] }).seenActions)).toHaveLength(3);
    } finally {
      await app.close();
    }
  });

  it('hands a file given to a second launch to the first, which opens its import preview; the second quits', async () => {
    const userData = tempDir();
    const { app, page } = await launch(userData, path.join(userData, 'iip.sqlite'));
    try {
      const csv = path.join(tempDir(), 'handed-over.csv');
      fs.writeFileSync(csv, 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2031-01,yoy,pct,7.5,estimate\n');
      const second = spawn(binary!, [root, '--no-sandbox', csv], {
        env: { ...process.env, IIP_USER_DATA: userData, IIP_DB: path.join(userData, 'iip.sqlite') },
      });
      const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
      expect(exitCode).toBe(0);
      await page.waitForSelector('[data-testid="import-file-preview"][data-file="handed-over.csv"]', { timeout: 20_000 });
      expect(await page.getAttribute('[data-testid="tab-import"]', 'aria-selected')).toBe('true');
      // the page cannot have main read a path it names itself
      const refused = await page.evaluate(() =>
        (window as unknown as { iip: { invoke(c: string, i: unknown): Promise<unknown> } }).iip.invoke('shell:stage-file', { path: '/etc/hostname.csv' }),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await app.close();
    }
  });
});

/** The app on its own user-data folder (its own single-instance lock and window state) and store. */
async function launch(userData: string, store: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: binary!, args: [root, '--no-sandbox'], env: { ...process.env, IIP_DB: store, IIP_USER_DATA: userData } });
  const page = await app.firstWindow();
  await page.waitForSelector('html[data-ready="true"]');
  return { app, page };
}

/** The application menu's top labels. */
const topMenus = (app: ElectronApplication): Promise<string[]> => app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((item) => item.label));
