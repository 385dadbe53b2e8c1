// Consistency checks in real Chromium through the web host: a store emptied of the embedded history,
// then one tidy CSV imported through the Import tab that states March 2024's month-on-month change
// as +28.0 % where its year-on-year changes give +30.9 % (120 × 120 / 110). The Checks tab shows
// that finding with both values, their source and the gap, in English and Vietnamese, and opens the
// series in Explore. Invented values.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, reloadApp, screenshot, screenshotOf, screenshotView } from '../helpers/browser.js';
import { PLANTED_MARCH } from '../helpers/planted.js';
import { emptyStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp.js';
import { ChecksPage } from './pages/checksPage.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';

const PLANTED = PLANTED_MARCH.join('\n');

const RELEASE = 'Báo cáo tháng 3/2024';
const PUBLISHER = 'Tổng cục Thống kê';

describeInChromium('consistency checks in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('shows a planted inconsistency with both values and the gap, in both languages, and opens its chart', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const checks = new ChecksPage(page);
    const importer = new ImportPage(page);
    const shell = new ShellPage(page);
    try {
      emptyStore(app.store.db);
      await reloadApp(page);

      await checks.open();
      expect(await checks.none().textContent()).toBe('The store holds no figures to check yet.');

      const file = path.join(tempDir(), 'march-2024.csv');
      fs.writeFileSync(file, PLANTED + '\n');
      await importer.chooseFile(file);
      await importer.setRelease({ name: RELEASE, publisher: PUBLISHER, publishedOn: '2024-03-29' });
      await importer.commit(1);

      await checks.open();
      expect(await checks.summaryRow('mom-vs-yoy').getAttribute('data-found')).toBe('1');
      expect(await checks.findings.count()).toBe(1);
      const planted = checks.findings.first();
      expect(await planted.getAttribute('data-kind')).toBe('mom-vs-yoy');
      expect(await planted.getAttribute('data-period')).toBe('2024-03');
      expect(await checks.kindSection('mom-vs-yoy').locator('h3').textContent()).toBe('Month-on-month against year-on-year · 1 inconsistency');
      expect(await planted.locator('[data-testid="check-finding-name"]').textContent()).toMatch(/ · Mar 2024$/);
      expect(await planted.locator('[data-testid="check-finding-stated-value"]').textContent()).toBe('+28.0%');
      expect(await planted.locator('[data-testid="check-finding-against-value"]').textContent()).toMatch(/^\+30\.9\d*%$/);
      expect(await planted.locator('[data-testid="check-finding-against"]').getAttribute('data-origin')).toBe('computed');
      expect(await planted.locator('[data-testid="check-finding-gap"]').textContent()).toMatch(/^−2\.9\d* pp$/);
      expect(await planted.locator('[data-testid="check-finding-tolerance"]').textContent()).toMatch(/^±0\.\d+ pp$/);
      const source = await planted.locator('[data-testid="check-finding-stated"] [data-testid="check-source"]').textContent();
      expect(source).toBe(`${RELEASE} · ${PUBLISHER} · 29 Mar 2024 · estimate`);
      await planted.locator('.finding__inputs summary').click();
      expect(await planted.locator('[data-testid="check-finding-against"] [data-testid="check-source"]').count()).toBe(3);
      await screenshotOf(checks.view, 'checks-en');

      await shell.switchLanguage('vi');
      expect(await checks.kindSection('mom-vs-yoy').locator('h3').textContent()).toBe('So với tháng trước và so với cùng kỳ · 1 điểm không khớp');
      expect(await planted.locator('[data-testid="check-finding-name"]').textContent()).toMatch(/ · Tháng 3\/2024$|tháng 3/i);
      expect(await planted.locator('[data-testid="check-finding-stated-value"]').textContent()).toBe('+28,0%');
      expect(await planted.locator('[data-testid="check-finding-gap"]').textContent()).toMatch(/^−2,9\d* điểm %$/);
      expect(await planted.locator('[data-testid="check-finding-stated"] [data-testid="check-source"]').textContent()).toBe(
        `${RELEASE} · ${PUBLISHER} · 29/03/2024 · ước tính`,
      );
      expect(await planted.locator('[data-testid="check-open-chart"]').textContent()).toBe('Mở biểu đồ →');
      await screenshotOf(checks.view, 'checks-vi');

      // One release only; then the whole store as of a date before anything was published.
      await checks.chooseRelease(`${RELEASE} · ${PUBLISHER} · 29/03/2024`);
      expect(await checks.findings.count()).toBe(1);
      await checks.chooseRelease(null);
      await checks.setAsOf('2024-01-01');
      expect(await checks.findings.count()).toBe(0);
      expect(await checks.none().textContent()).toBe('Kho dữ liệu chưa có số liệu nào để kiểm tra.');
      await checks.setAsOf('');
      expect(await checks.findings.count()).toBe(1);

      const seriesId = await checks.openChart(checks.findings.first());
      expect(await shell.isTabSelected('explore')).toBe('true');
      expect(await page.getAttribute('[data-testid="chart"]', 'data-series-id')).toBe(seriesId);
      expect(await page.inputValue('[data-testid="basis-select"]')).toBe('mom/pct');
      await screenshot(page, 'checks-open-chart-vi');
    } finally {
      await app.close();
    }
  });

  it('on the embedded store shows a hundred findings per kind, more on request, and the revisions collapsed, largest first; a run in progress', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const checks = new ChecksPage(page);
    try {
      const started = Date.now();
      await checks.open();
      const opened = Date.now() - started;
      const sections = page.locator('[data-testid="checks-kind"]');
      expect(await sections.count()).toBeGreaterThan(0);
      let paged: string | null = null;
      for (const section of await sections.all()) {
        const total = Number(await section.getAttribute('data-count'));
        expect(await section.locator('[data-testid="check-finding"]').count()).toBe(Math.min(total, 100));
        if (total > 100 && paged === null) paged = await section.getAttribute('data-kind');
      }
      if (paged !== null) {
        const section = checks.kindSection(paged);
        const total = Number(await section.getAttribute('data-count'));
        await section.locator('[data-testid="checks-show-more"]').click();
        expect(await section.locator('[data-testid="check-finding"]').count()).toBe(Math.min(total, 200));
      }
      const revisions = page.locator('[data-testid="checks-revisions"]');
      const revised = Number(await revisions.getAttribute('data-count'));
      expect(revised).toBeGreaterThan(0);
      expect(await revisions.getAttribute('open')).toBeNull();
      await revisions.locator('summary').first().click();
      expect(await revisions.locator('[data-testid="check-finding"]').count()).toBe(Math.min(revised, 50));
      console.log(`checks on the embedded store: ${opened} ms to open; ${revised} revisions`);
      await revisions.locator('summary').first().scrollIntoViewIfNeeded();
      await screenshotView(page, 'checks-embedded-revisions-en');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
      await screenshotView(page, 'checks-embedded-en');

      // One release's checks, asked of no other view: the first answer comes as they begin (none of
      // its places checked yet), with the summary so far, then the findings once they are done.
      const release = await page.locator('[data-testid="checks-release"] option').nth(1).getAttribute('value');
      const places = app.store.db
        .prepare<[string], { n: number }>('SELECT count(DISTINCT s.geoCode) AS n FROM figures f JOIN series s ON s.id = f.seriesId WHERE f.releaseId = ?')
        .get(release!)!.n;
      await page.selectOption('[data-testid="checks-release"]', release!);
      await page.waitForSelector(`[data-testid="checks-progress"][data-done="0"][data-total="${places}"]`);
      expect(await page.locator('[data-testid="checks-summary"]').count()).toBe(1);
      expect(await page.getAttribute('[data-testid="view-checks"]', 'aria-busy')).toBe('true');
      expect(await page.locator('[data-testid="checks-progress"]').textContent()).toMatch(new RegExp(`^Checking: \\d+ of ${places} places done\\.`));
      await checks.waitForReport();
      expect(await page.locator('[data-testid="checks-progress"]').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
