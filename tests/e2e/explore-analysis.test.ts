// Explore's analysis in real Chromium through the web host: two sections on one chart, switched to
// month-on-month and to a 3-month moving average; the axis title and legend name the
// transformation, a missing month is a gap whose reason is listed under the chart; both languages.
// The fixture is a monthly 2015 = 100 index of mining (B, without June 2024) and manufacturing (C),
// 2023-01..2025-10, with invented values.
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot, screenshotOf } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';

const SECTIONS_INDEX = path.resolve(import.meta.dirname, '../fixtures/e2e/sections-index-2015.csv');

describeInChromium('explore: transformations and comparisons in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('compares two sections month on month and as a 3-month average, a missing month drawn as a gap and explained', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    const importer = new ImportPage(page);
    try {
      await importer.chooseFile(SECTIONS_INDEX);
      await importer.commit();

      await explore.open();
      await explore.search('manufacturing');
      const manufacturing = explore.indexSeriesItem('VN', 'C');
      await explore.showSeries(manufacturing);
      await explore.chooseView('base/index');
      await explore.addToChart('Mining and quarrying');
      expect(await explore.chartChips()).toEqual(['Manufacturing', 'Mining and quarrying×']);
      const mining = (await page.locator('[data-testid="compare-chip"]').nth(1).getAttribute('data-series-id'))!;

      // Only what an index allows: no chain (that starts from stated month-on-month changes).
      expect(await explore.transformOption('chain').isDisabled()).toBe(true);
      expect(await explore.transformOption('chain').getAttribute('data-reason')).toBe('needs-mom');
      expect(await explore.transformOption('chain').getAttribute('title')).toBe('Not available: needs month-on-month changes');
      expect(await explore.transformOption('mom').isEnabled()).toBe(true);

      await explore.chooseTransform('mom', /^Month-on-month change \(%\)$/);
      expect(await explore.legend()).toEqual(['Manufacturing · Month-on-month change (%)', 'Mining and quarrying · Month-on-month change (%)']);
      // June 2024 is missing from mining: July's change cannot be computed, and the line breaks.
      expect(Number(await explore.chart().getAttribute('data-breaks'))).toBeGreaterThanOrEqual(2);
      const gap = explore.notComputed('missing-month');
      expect(await gap.count()).toBe(1);
      expect(await gap.getAttribute('data-series-id')).toBe(mining);
      expect(await gap.textContent()).toBe('Mining and quarrying: 1 point not computed: a month is missing (Jul 2024)');
      expect(await explore.notComputed('too-short').count()).toBe(2);
      expect(await explore.comparisonCell('2024-07', mining).textContent()).toContain('not computed');
      expect(await explore.comparisonCell('2024-08', mining).textContent()).toMatch(/^[+−]?\d+\.\d%$/);
      await screenshot(page, 'explore-compare-mom-en');

      await explore.chooseTransform('ma3', /^3-month moving average — index, base year = 100$/);
      expect(await explore.legend()).toEqual(['Manufacturing · 3-month moving average', 'Mining and quarrying · 3-month moving average']);
      expect(await explore.notComputed('missing-month').textContent()).toBe(
        'Mining and quarrying: 2 points not computed: a month is missing (Jul 2024, Aug 2024)',
      );
      await screenshotOf(page.locator('section.panel'), 'explore-compare-ma3-en');

      await new ShellPage(page).switchLanguage('vi');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="chart"]')?.getAttribute('data-axis-title')?.startsWith('Trung bình trượt 3 tháng'),
      );
      await explore.waitForChart();
      expect(await explore.axisTitle()).toBe('Trung bình trượt 3 tháng — chỉ số, năm gốc = 100');
      expect(await explore.legend()).toEqual(['Công nghiệp chế biến, chế tạo · Trung bình trượt 3 tháng', 'Khai khoáng · Trung bình trượt 3 tháng']);
      expect(await explore.notComputed('missing-month').textContent()).toBe(
        'Khai khoáng: 2 điểm không tính được: thiếu số liệu của một tháng (Tháng 7/2024, Tháng 8/2024)',
      );
      await screenshotOf(page.locator('section.panel'), 'explore-compare-ma3-vi');

      await explore.chooseTransform('mom', /^So với tháng trước \(%\)$/);
      expect(await explore.legend()).toEqual(['Công nghiệp chế biến, chế tạo · So với tháng trước (%)', 'Khai khoáng · So với tháng trước (%)']);
      await screenshot(page, 'explore-compare-mom-vi');
    } finally {
      await app.close();
    }
  });

  it('offers January and February combined (Tết) where two years allow it, and only what the data allow', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const explore = new ExplorePage(page);
    const importer = new ImportPage(page);
    try {
      // The stored figures are % changes: of the transformations only the moving averages apply.
      await explore.open();
      await explore.showSeries(explore.indexSeriesItem('VN', 'TOTAL'));
      expect(await explore.transformOption('tet').isDisabled()).toBe(true);
      expect(await explore.transformOption('tet').getAttribute('title')).toBe('Không áp dụng được: cần chỉ số (hoặc sản lượng)');
      expect(await explore.transformOption('ma3').isEnabled()).toBe(true);
      // Stated month-on-month changes chain into an index; a missing month breaks the chain.
      await explore.chooseView('mom/pct');
      await explore.chooseTransform('chain', /^Chỉ số nối từ tốc độ so với tháng trước$/);
      expect(await explore.legend()).toEqual(['Chỉ số nối từ tốc độ so với tháng trước']);
      expect(await explore.notComputed('chain-broken').count()).toBe(1);
      await screenshotOf(page.locator('section.panel'), 'explore-chain-vi');

      await importer.chooseFile(SECTIONS_INDEX);
      await importer.commit();
      await explore.open();
      await explore.search('che tao');
      await explore.showSeries(explore.indexSeriesItem('VN', 'C'));
      await explore.chooseView('base/index');
      // Beside year-on-year changes, January and February combined, named as such.
      await explore.chooseTransform('yoy', /^So với cùng kỳ năm trước \(%\)$/);
      expect(await explore.legend()).toEqual(['So với cùng kỳ năm trước (%) · Tháng', 'So với cùng kỳ năm trước (%) · Tháng 1–2 gộp (Tết)']);
      await screenshotOf(page.locator('section.panel'), 'explore-yoy-tet-vi');

      await explore.chooseTransform('tet', /Tết/);
      expect(await explore.legend()).toEqual(['Tháng 1–2 gộp (Tết) so với cùng kỳ (%)']);
      // 2023 has no year before it; 2024 and 2025 have.
      expect(await explore.comparisonCell('2024-01..2024-02', (await explore.chart().getAttribute('data-series-id'))!).textContent()).toMatch(/^[+−]?\d+,\d%$/);
      expect(await explore.notComputed('too-short').getAttribute('data-periods')).toBe('2023-01..2023-02');
      await screenshotOf(page.locator('section.panel'), 'explore-tet-vi');

      // Rebasing offers the years the data hold whole.
      await explore.chooseTransform('rebase', /^Chỉ số, năm 2024 = 100$/);
      expect(await page.locator('[data-testid="rebase-year"] option').allTextContents()).toEqual(['2023', '2024']);
      await page.selectOption('[data-testid="rebase-year"]', '2023');
      await page.waitForFunction(() => document.querySelector('[data-testid="chart"]')?.getAttribute('data-axis-title') === 'Chỉ số, năm 2023 = 100');
    } finally {
      await app.close();
    }
  });
});
