// A store a newer version of the app wrote, in real Chromium through the web host started as
// `npm start` starts it: the banner says it is open read-only with both schema versions (English,
// then Vietnamese), its figures are drawn, an import is refused in the window's language, backing
// up, undoing a release and forgetting a remembered name are offered no more (disabled, saying why
// in the window's language), and the store's file and log are byte for byte as they were.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openStoreAtStart } from '../../electron/core/backup/start.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { createCore } from '../../electron/core/handlers.js';
import { rendererDir } from '../../electron/core/paths.js';
import { openReadyStore } from '../../electron/core/store-ready.js';
import { rememberMappings } from '../../electron/core/import/pipeline/match.js';
import { openStore } from '../../electron/core/store.js';
import { startHost } from '../../electron/host/server.js';
import { describeInChromium, screenshotView } from '../helpers/browser.js';
import { NEWER_SCHEMA, newerStoreInLog, storeFileBytes } from '../helpers/newer-store.js';
import { tempStorePath } from '../helpers/temp.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ReleasesPage } from './pages/releasesPage.js';
import { ShellPage } from './pages/shellPage.js';
import { YourDataPage } from './pages/yourDataPage.js';

const IMPORT_CSV = path.resolve(import.meta.dirname, '../fixtures/e2e/import-revision.csv');

async function startApp(browser: Browser, file: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const store = await openStoreAtStart(file, openReadyStore);
  const core = createCore({ db: store.db, storePath: file });
  const host = await startHost({ handlers: core.handlers, staticDir: rendererDir });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
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

describeInChromium('a store from a newer version of the app in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('opens it read-only, says so in English and Vietnamese, draws its figures, refuses an import, and writes nothing', async () => {
    const current = tempStorePath();
    const { db } = openStore(current);
    rememberMappings(db, { geo: { 'Đất Tổ': 'P25' }, item: {} });
    db.close();
    const file = newerStoreInLog(current);
    const before = storeFileBytes(file);

    const app = await startApp(browser(), file);
    try {
      const { page } = app;
      const data = new YourDataPage(page);
      const shell = new ShellPage(page);
      await data.banner.waitFor();
      expect(await data.banner.getAttribute('data-state')).toBe('newer');
      expect(await data.bannerText()).toBe(
        `This store was written by a newer version of IIP Explorer (schema ${NEWER_SCHEMA}, this app knows ${SCHEMA_VERSION}): it is open read-only; update the app to change it.`,
      );
      // no backup offered: restoring one over the newer store would lose its newer work
      expect(await page.locator('[data-testid="store-banner-restore"]').count()).toBe(0);

      const explore = new ExplorePage(page);
      await explore.showWholeIndustry();
      expect(await explore.figureRow('2025-01..2025-11').textContent()).toContain('9.3');

      const importer = new ImportPage(page);
      await importer.open();
      await importer.setFile(IMPORT_CSV);
      await shell.errorBanner().waitFor();
      expect(await shell.errorBanner().locator('p').textContent()).toBe(
        'Error: This store was written by a newer version of IIP Explorer, so it is open read-only; nothing was changed. Update the app to change it. (import:preview, forbidden)',
      );
      // a name matched by hand is not forgotten: its delete button disabled, saying why
      await importer.openRemembered();
      const forget = page.locator('[data-testid="remembered-name"][data-code="P25"] [data-testid="remembered-delete"]');
      await expect
        .poll(() => forget.getAttribute('title'))
        .toBe('Not possible here: a newer version of IIP Explorer wrote this store, so it is open read-only. Update the app to change it.');
      expect(await forget.isDisabled()).toBe(true);
      await screenshotView(page, 'newer-store-en');

      await shell.switchLanguage('vi');
      expect(await data.bannerText()).toBe(
        `Kho dữ liệu này được ghi bởi một phiên bản IIP Explorer mới hơn (lược đồ ${NEWER_SCHEMA}, ứng dụng này chỉ biết đến ${SCHEMA_VERSION}): kho đang mở ở chế độ chỉ đọc. Hãy cập nhật ứng dụng để thay đổi kho.`,
      );
      expect(await shell.errorBanner().locator('p').textContent()).toBe(
        'Lỗi: Kho dữ liệu này do một phiên bản IIP Explorer mới hơn ghi nên chỉ mở để đọc; chưa có gì thay đổi. Hãy cập nhật ứng dụng để thay đổi kho. (import:preview, forbidden)',
      );
      const releases = new ReleasesPage(page);
      await releases.open();
      await data.panel.waitFor();
      expect(await data.backUpNow.isDisabled()).toBe(true);
      expect(await data.intro()).toBe('Kho dữ liệu đang mở ở chế độ chỉ đọc: không có gì được ghi vào kho, kể cả các bản sao lưu tự động.');
      // every release's Undo disabled (none enabled once the store's status is in), saying why
      const whyVi = 'Không thể làm việc này: kho dữ liệu do một phiên bản IIP Explorer mới hơn ghi nên chỉ mở để đọc. Hãy cập nhật ứng dụng để thay đổi kho.';
      await expect.poll(() => releases.undoButtons.first().getAttribute('title')).toBe(whyVi);
      expect(await releases.undoButtons.count()).toBeGreaterThan(50);
      expect(await releases.undoButtons.evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).length)).toBe(0);
      expect(await releases.undoButtons.first().getAttribute('aria-description')).toBe(whyVi);
      expect(await data.backUpNow.getAttribute('title')).toBe(whyVi);
      await screenshotView(page, 'newer-store-vi');
      await shell.switchLanguage('en');
      const whyEn = 'Not possible here: a newer version of IIP Explorer wrote this store, so it is open read-only. Update the app to change it.';
      await expect.poll(() => releases.undoButtons.first().getAttribute('aria-description')).toBe(whyEn);
      expect(await releases.undoButtons.last().isDisabled()).toBe(true);
    } finally {
      await app.close();
    }
    expect(storeFileBytes(file)).toEqual(before);
    // 8 s alone, 27 s beside other jobs on the shared 2 cores
  }, 60_000);
});
