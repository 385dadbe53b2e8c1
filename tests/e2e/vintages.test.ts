// Vintages in real Chromium through the web host: import a release that revises a figure, open the
// figure's history and revision chart in Explore, and see the latest view name the release and list
// the revision old → new; in English and in Vietnamese.
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot, screenshotOf } from '../helpers/browser.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';
import { VintagesPage } from './pages/vintagesPage.js';

const REVISION_CSV = path.resolve(import.meta.dirname, '../fixtures/e2e/vintages-revision.csv');
const RELEASE_NAME = 'E2E vintages: IIP December 2025';
const JAN_NOV = '2025-01..2025-11';

describeInChromium('vintages in Chromium (needs /usr/bin/chromium)', (browser) => {
  it("lists a revised figure's vintages with a two-point revision chart, and the latest view names the release and its revision", async () => {
    const app = await openApp(browser());
    const { page } = app;
    const importer = new ImportPage(page);
    const vintages = new VintagesPage(page);
    const shell = new ShellPage(page);
    try {
      await importer.chooseFile(REVISION_CSV);
      await expect.poll(() => importer.rows('revised').count()).toBe(1);
      await importer.setReleaseName(RELEASE_NAME);
      await importer.setReleaseStatus('preliminary');
      await importer.commit(1);
      const before = app.store.db
        .prepare(
          `SELECT r.name FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId
            WHERE s.geoCode = 'VN' AND s.itemCode = 'TOTAL' AND s.measure = 'iip' AND f.period = ? AND f.basis = 'yoy' AND r.name <> ?`,
        )
        .get(JAN_NOV, RELEASE_NAME) as { name: string };

      // Explore → the figure → its history and revision chart
      await vintages.openWholeIndustryFigure(JAN_NOV);
      await vintages.openRevisionChart();
      expect(await vintages.vintages.count()).toBe(2);
      expect(await vintages.vintageReleases()).toEqual([before.name, RELEASE_NAME]);
      expect(await vintages.vintages.nth(0).getAttribute('data-kind')).toBe('first');
      expect(await vintages.vintages.nth(1).getAttribute('data-kind')).toBe('revision');
      expect(await vintages.vintages.nth(1).textContent()).toMatch(/\+9\.42%.*\+0\.12 pt/);
      expect(await vintages.vintages.nth(1).textContent()).toContain('preliminary');
      expect(await vintages.revisionChart.getAttribute('data-points')).toBe('2');
      await expect
        .poll(() => vintages.meanRevision.textContent())
        .toMatch(/^Mean absolute revision of this series \(year to date\): [\d.]+ points over \d+ restated periods/);
      await screenshotOf(vintages.panel, 'vintages-panel-en');

      // the latest view names the release and lists the revision old → new
      await page.keyboard.press('Escape');
      await vintages.openLatest();
      expect(await vintages.releaseName()).toBe(RELEASE_NAME);
      expect(await vintages.releaseFacts()).toMatch(/^Publisher: .* · published .* · preliminary · 2 figures$/);
      const revised = vintages.revisedFigure('VN', 'TOTAL', JAN_NOV);
      expect(await revised.count()).toBe(1);
      expect(await revised.textContent()).toMatch(/\+9\.3%\s*→\s*\+9\.42%/);
      expect(await revised.textContent()).toContain(before.name);
      expect(await vintages.newPeriods.count()).toBe(1);
      expect(await vintages.newPeriods.first().getAttribute('data-period')).toBe('2025-12');
      await screenshotOf(vintages.release, 'vintages-latest-en');
      await screenshot(page, 'vintages-latest-page-en');

      // the same in Vietnamese
      await shell.switchLanguage('vi');
      await expect.poll(() => vintages.releaseFacts()).toMatch(/^Cơ quan công bố: .* · ngày công bố .* · sơ bộ · 2 số liệu$/);
      expect(await revised.textContent()).toMatch(/\+9,3%\s*→\s*\+9,42%/);
      await screenshotOf(vintages.release, 'vintages-latest-vi');
      await vintages.openWholeIndustryFigure(JAN_NOV);
      await vintages.openRevisionChart();
      expect(await vintages.vintages.count()).toBe(2);
      expect(await vintages.vintages.nth(1).textContent()).toMatch(/\+9,42%.*\+0,12 điểm/);
      await expect.poll(() => vintages.meanRevision.textContent()).toMatch(/^Điều chỉnh tuyệt đối bình quân/);
      await screenshotOf(vintages.panel, 'vintages-panel-vi');
    } finally {
      await app.close();
    }
  });
});
