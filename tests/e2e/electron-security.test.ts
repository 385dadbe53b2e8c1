// The security settings of the running desktop app, through Playwright's _electron (as electron.test.ts):
// no Node.js in the page, no new window, and the session's request
// guard cancelling what is not the app's own. Skipped where no Electron binary is installed (here).
import { describe, expect, it } from 'vitest';
import { electronBinary as binary, launchOnNewStore } from '../helpers/electron-app.js';

describe.skipIf(binary === null)('Electron app security settings (needs the Electron binary)', () => {
  it('gives its page no Node.js, opens no window, and cancels requests to the web', async () => {
    const app = await launchOnNewStore();
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('html[data-ready="true"]');
      // isolated and without Node.js: the page sees neither require nor process, only the bridge
      expect(
        await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process]),
      ).toEqual(['undefined', 'undefined']);
      await page.evaluate(() => window.open('https://example.com/'));
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // a request made in the window's session, past the page's CSP: the session's guard cancels it
      const outcome = await app.evaluate(async ({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        try {
          await contents.session.fetch('https://example.com/');
          return 'fetched';
        } catch (error) {
          return String(error);
        }
      });
      expect(outcome).toMatch(/ERR_BLOCKED_BY_CLIENT/);
    } finally {
      await app.close();
    }
  });
});
