// A damaged store in real Chromium through the web host: the app opens it read-only and says so in
// a banner (English and Vietnamese), offers the newest backup and restores it; started again on the
// restored store, "Your data" lists the backups, makes one now and restores one.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openStoreAtStart } from '../../electron/core/backup/start.js';
import { healthSettled } from '../../electron/core/backup/health.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { rendererDir } from '../../electron/core/paths.js';
import { openStore } from '../../electron/core/store.js';
import { startHost } from '../../electron/host/server.js';
import { describeInChromium, screenshotView } from '../helpers/browser.js';
import { tempStorePath } from '../helpers/temp.js';
import { ShellPage } from './pages/shellPage.js';
import { YourDataPage } from './pages/yourDataPage.js';
import { ReleasesPage } from './pages/releasesPage.js';
import type { Browser } from 'playwright-core';

/** Overwrites 16 pages in the middle of the file with garbage. */
function damagePages(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const middle = Math.floor(bytes.length / pageSize / 2);
  for (let p = middle; p < middle + 16; p++) for (let i = 0; i < pageSize; i++) bytes[p * pageSize + i] = (i * 31 + p) & 0xff;
  fs.writeFileSync(file, bytes);
}

/** The web host started as `npm start` starts it (the start check included), and a page on it. */
async function startApp(browser: Browser, file: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const store = await openStoreAtStart(file, openStore);
  await healthSettled(store.db);
  const core = createCore({ db: store.db, storePath: file });
  const host = await startHost({ handlers: core.handlers, staticDir: rendererDir });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.url);
  return {
    page,
    close: async () => {
      await context.close();
      await host.close();
      core.close();
      store.db.close();
    },
  };
}

describeInChromium('a damaged store and Your data in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('opens a damaged store read-only with a banner, restores the newest backup, then backs up and restores from Your data', async () => {
    const file = tempStorePath();
    const seeded = openStore(file);
    const core = createCore({ db: seeded.db, storePath: file });
    const made = await dispatch(core.handlers, 'backup:create', {});
    core.close();
    seeded.db.close();
    expect(made.ok).toBe(true);
    damagePages(file);

    const damaged = await startApp(browser(), file);
    try {
      const data = new YourDataPage(damaged.page);
      await data.banner.waitFor();
      expect(await data.banner.getAttribute('data-state')).toBe('damaged');
      expect(await data.bannerText()).toBe(
        'The store is damaged: it failed its integrity check at start. The app opened it read-only and writes nothing to it.',
      );
      const shell = new ShellPage(damaged.page);
      await shell.switchLanguage('vi');
      // the chart's read met the damaged pages: said in the window's language, not SQLite's
      await shell.errorBanner().waitFor();
      expect(await shell.errorBanner().textContent()).toMatch(
        /^Lỗi: Kho dữ liệu bị hỏng hoặc không đọc được; chưa có gì thay đổi\. .*\(figures:series, store-damaged\)/,
      );
      expect(await data.bannerText()).toBe(
        'Kho dữ liệu bị hỏng: không vượt qua kiểm tra toàn vẹn khi khởi động. Ứng dụng mở ở chế độ chỉ đọc, không ghi gì vào kho.',
      );
      expect(await damaged.page.textContent('[data-testid="store-banner-restore"]')).toMatch(
        /^Khôi phục bản sao lưu mới nhất \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} UTC\)$/,
      );
      await data.restoreNewestFromBanner();
      expect(await damaged.page.textContent('[data-testid="store-banner-done"]')).toMatch(/Hãy khởi động lại ứng dụng/);
      await screenshotView(damaged.page, 'store-banner-restored-vi');
    } finally {
      await damaged.close();
    }
    // the damaged file kept aside beside the store, never among the backups
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.startsWith('iip.sqlite.damaged-'))).toBe(true);

    const restored = await startApp(browser(), file);
    try {
      const { page } = restored;
      const data = new YourDataPage(page);
      await page.waitForSelector('html[data-ready="true"]');
      expect(await data.banner.count()).toBe(0);
      await new ReleasesPage(page).open();
      await data.panel.waitFor();
      await data.rows.first().waitFor();
      expect(await data.rows.count()).toBe(1);
      await data.backUpNow.click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="backup-row"]').length === 2);
      expect(await data.rows.first().locator('td').first().textContent()).toBe('by hand');
      const message = await data.restore(data.rows.nth(1));
      expect(message).toMatch(/^Restored iip-.*-manual\.sqlite\.$/);
      // the store as it was before the restore is kept as a backup: three now
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="backup-row"]').length === 3);
      expect(await data.rows.first().locator('td').first().textContent()).toBe('before a restore');
      await screenshotView(page, 'your-data-en');
    } finally {
      await restored.close();
    }
  });
});
