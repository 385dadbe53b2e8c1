// The command palette and a menu action in the desktop app, through Playwright's _electron. Runs
// wherever an Electron binary is installed; reports itself skipped elsewhere (as on our CI
// machines, so this file has not run here: the same steps run in the web host in palette.test.ts
// and shell-actions.test.ts). The menu's entry is stood in for by the message main sends for it.
import { describe, expect, it } from 'vitest';
import { electronBinary as binary, launchOnNewStore } from '../helpers/electron-app.js';
import { IPC_EVENT } from '../../electron/shared/contract/ipc.js';
import { PalettePage } from './pages/palettePage.js';

describe.skipIf(binary === null)('Electron app: palette and menu actions (needs the Electron binary)', () => {
  it('finds Phú Thọ from the palette by keyboard, and runs the action a menu entry sends', async () => {
    const app = await launchOnNewStore();
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('html[data-ready="true"]');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      const palette = new PalettePage(page);
      await palette.open();
      await palette.type('phu tho');
      await palette.waitForFirstSeries('Phú Thọ');
      await palette.runSelected();
      await page.waitForFunction(() => document.querySelector('[data-testid="chart-title"]')?.textContent?.startsWith('Phú Thọ — '));

      const other = (await page.getAttribute('html', 'lang')) === 'vi' ? 'en' : 'vi';
      await app.evaluate(
        ({ BrowserWindow }, { channel, lang }) => {
          BrowserWindow.getAllWindows()[0]!.webContents.send(channel, { event: 'shell:action', payload: { action: `language-${lang}` } });
        },
        { channel: IPC_EVENT, lang: other },
      );
      await page.waitForSelector(`html[lang="${other}"]`);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
    } finally {
      await app.close();
    }
  });
});
