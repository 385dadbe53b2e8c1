// The app-wide as-of date in real Chromium through the web host: a release revising the whole
// industry's January–November 2025 figure is imported; with the header's date set between the first
// estimate's publication and the revision's, Explore's table shows the first estimate, the banner says
// what is shown, a CSV export carries the date, Releases marks the revision's release hidden and Latest
// names the release before it; back to today, the revision shows.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshotView } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { AsOfPage } from './pages/asOfPage.js';
import { DecksPage } from './pages/decksPage.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ReleasesPage } from './pages/releasesPage.js';
import { ShellPage } from './pages/shellPage.js';
import { VintagesPage } from './pages/vintagesPage.js';

const REVISION_CSV = path.resolve(import.meta.dirname, '../fixtures/e2e/vintages-revision.csv');
const RELEASE_NAME = 'E2E as of: IIP December 2025';
const REVISION_PUBLISHED = '2026-01-15';
const BETWEEN = '2025-12-20';
const JAN_NOV = '2025-01..2025-11';

describeInChromium('the as-of date in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('shows the first estimate and a banner while the header date is between the two releases, and the revision once cleared', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const importer = new ImportPage(page);
    const explore = new ExplorePage(page);
    const asOf = new AsOfPage(page);
    const shell = new ShellPage(page);
    try {
      await importer.chooseFile(REVISION_CSV);
      await expect.poll(() => importer.rows('revised').count()).toBe(1);
      await importer.setReleaseName(RELEASE_NAME);
      await importer.setReleaseDate(REVISION_PUBLISHED);
      await importer.commit(1);
      // The first estimate (9.3) came from an embedded release published before BETWEEN.
      const first = app.store.db
        .prepare(
          `SELECT r.publishedOn, f.value FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId
            WHERE s.geoCode = 'VN' AND s.itemCode = 'TOTAL' AND s.measure = 'iip' AND f.period = ? AND f.basis = 'yoy' AND r.name <> ?`,
        )
        .get(JAN_NOV, RELEASE_NAME) as { publishedOn: string; value: number };
      expect(first.value).toBe(9.3);
      expect(first.publishedOn < BETWEEN).toBe(true);

      const value = () => explore.figureRow(JAN_NOV).locator('td.num').textContent();
      await explore.showWholeIndustry();
      await expect.poll(value).toBe('+9.42%');
      expect(await explore.figureRow('2025-12').count()).toBe(1);
      expect(await asOf.banner.count()).toBe(0);

      await asOf.set(BETWEEN);
      expect(await asOf.bannerText()).toBe('Showing the store as known on 20 December 2025 — later releases and revisions are hidden');
      await expect.poll(value).toMatch(/^\+9\.3%$/);
      expect(await explore.figureRow('2025-12').count()).toBe(0);
      await screenshotView(page, 'as-of-explore-en');

      // The window's export carries the date and what was known then.
      const csv = fs.readFileSync(await new DecksPage(page).exportFromMenu('csv', path.join(tempDir(), 'as-of.csv')), 'utf8');
      expect(csv).toContain('Figures as known on 20 Dec 2025');
      expect(csv).toMatch(/,9\.3,/);
      expect(csv).not.toContain('9.42');

      await shell.switchLanguage('vi');
      expect(await asOf.bannerText()).toBe(
        'Đang hiển thị kho dữ liệu như đã biết vào ngày 20 tháng 12 năm 2025 — các nguồn công bố và điều chỉnh sau ngày đó được ẩn',
      );
      await expect.poll(value).toMatch(/^\+9,3%$/);

      // Releases still lists the revision's release, marked hidden; the first estimate's is not.
      const releases = new ReleasesPage(page);
      await releases.open();
      const revisionRow = releases.row(RELEASE_NAME);
      await expect.poll(() => revisionRow.getAttribute('data-hidden')).toBe('true');
      expect(await revisionRow.locator('[data-testid="release-hidden"]').textContent()).toBe('Công bố sau ngày đang xem: đang ẩn');
      expect(await page.locator('[data-testid="release-row"][data-hidden="false"]').count()).toBeGreaterThan(0);
      await screenshotView(page, 'as-of-releases-vi');

      // Latest names the newest release published by then, not the revision's.
      const newestThen = app.store.db.prepare('SELECT name FROM releases WHERE publishedOn <= ? ORDER BY publishedOn DESC, id DESC LIMIT 1').get(BETWEEN) as {
        name: string;
      };
      const vintages = new VintagesPage(page);
      await vintages.openLatest();
      await expect.poll(() => vintages.releaseName()).toBe(newestThen.name);
      expect(newestThen.name).not.toBe(RELEASE_NAME);

      await asOf.backToToday();
      await explore.open();
      await expect.poll(value).toMatch(/^\+9,42%$/);
      expect(await explore.figureRow('2025-12').count()).toBe(1);

      // The header's × clears it as well.
      await asOf.set(BETWEEN);
      await expect.poll(value).toMatch(/^\+9,3%$/);
      await asOf.clear();
      await expect.poll(value).toMatch(/^\+9,42%$/);
    } finally {
      await app.close();
    }
  });
});
