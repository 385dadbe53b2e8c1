// Small multiples and the ranking's ends in real Chromium through the web host, on the embedded
// history: the sections as small charts on one shared y scale (every chart states the same range),
// then free (they differ), products' quantities always free, a click opening a section over time;
// a ranking of the five highest divisions with the whole country's figure as a labelled line, in
// both languages; products have none.
import { expect, it } from 'vitest';
import { getFigure } from '../../electron/core/figures/queries.js';
import { formatFigure } from '../../electron/shared/format.js';
import { describeInChromium, openApp, screenshot, screenshotOf } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { MultiplesPage } from './pages/multiplesPage.js';
import { ShellPage } from './pages/shellPage.js';

describeInChromium('explore: small multiples and ranking ends in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('draws the sections on a shared scale, then free, and opens one over time', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const multiples = new MultiplesPage(page);
    try {
      await multiples.open();
      const shared = await multiples.drawn();
      // The embedded history has four sections with an index: mining, manufacturing, electricity, water.
      expect(shared.map((c) => c.name)).toEqual([
        'Mining and quarrying',
        'Manufacturing',
        'Electricity, gas, steam and air conditioning supply',
        'Water supply; sewerage, waste management and remediation activities',
      ]);
      expect(new Set(shared.map((c) => `${c.yMin}..${c.yMax}`)).size).toBe(1);
      expect(shared[0]!.yMax).toBeGreaterThan(shared[0]!.yMin);
      await screenshotOf(page.locator('section.panel'), 'explore-multiples-shared-en');

      await multiples.chooseScale('free');
      const free = await multiples.drawn();
      expect(free.map((c) => c.seriesId)).toEqual(shared.map((c) => c.seriesId));
      expect(new Set(free.map((c) => `${c.yMin}..${c.yMax}`)).size).toBeGreaterThan(1);
      // Each free range lies within the shared one, which spans every member's values.
      for (const c of free) {
        expect(c.yMin).toBeGreaterThanOrEqual(shared[0]!.yMin);
        expect(c.yMax).toBeLessThanOrEqual(shared[0]!.yMax);
      }

      // Products' quantities differ in unit: free scales whatever was chosen.
      await multiples.chooseScale('shared');
      await multiples.chooseGroup('product');
      await page.selectOption('[data-testid="multiples-view"]', 'level/qty');
      await multiples.waitForGrid('free');
      expect(await page.locator('[data-testid="multiples-scale"]').isDisabled()).toBe(true);
      expect(Number(await multiples.grid().getAttribute('data-count'))).toBeGreaterThan(1);
      await multiples.chooseGroup('section');
      await multiples.waitForGrid('shared');
      expect((await multiples.drawn()).map((c) => c.seriesId)).toEqual(shared.map((c) => c.seriesId));
      await multiples.chooseScale('free');

      await new ShellPage(page).switchLanguage('vi');
      await page.locator('[data-testid="multiple"][data-name="Khai khoáng"][data-rendered="true"]').waitFor();
      expect((await multiples.drawn()).map((c) => c.name)).toContain('Công nghiệp chế biến, chế tạo');
      await screenshotOf(page.locator('section.panel'), 'explore-multiples-free-vi');

      await multiples.openSeries('Khai khoáng');
      await page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${shared[0]!.seriesId}"]`);
      expect(await page.locator('[data-testid="mode-series"]').getAttribute('aria-checked')).toBe('true');
      expect(await page.locator('[data-testid="basis-select"]').inputValue()).toBe('yoy/pct');
    } finally {
      await app.close();
    }
  });

  it('ranks the five highest divisions against the whole country, and says products have no such line', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const multiples = new MultiplesPage(page);
    try {
      await new ExplorePage(page).showRanking();
      await page.selectOption('[data-testid="ranking-group"]', 'division');
      await page.waitForFunction(() => document.querySelector('[data-testid="ranking-title"]')?.textContent?.startsWith('VSIC divisions'));
      const all = page.locator('[data-testid="ranking-chart"][data-rendered="true"]');
      await all.waitFor();
      const count = Number(await all.getAttribute('data-bars'));
      expect(count).toBeGreaterThan(5);
      const period = await page.locator('[data-testid="ranking-period"]').inputValue();
      const national = getFigure(app.store.db, { geo: 'VN', item: 'TOTAL', measure: 'iip', period, basis: 'yoy' })!;
      expect(national.unit).toBe('pct');

      const chart = await multiples.showRanking('top', 5, 5);
      expect(await chart.getAttribute('data-reference-label')).toBe(`Whole country ${formatFigure(national, 'en')}`);
      expect(await chart.getAttribute('data-reference-label')).toMatch(/^Whole country [+−]?\d+\.\d%$/);
      expect(Number(await chart.getAttribute('data-reference-value'))).toBe(national.value);
      expect(await page.locator('[data-testid="ranking-title"]').textContent()).toMatch(/^VSIC divisions \(top 5\), /);
      await screenshotOf(chart, 'explore-ranking-top5-en');

      // Fewer than ten divisions in this period: the two ends overlap and each bar is drawn once.
      await multiples.showRanking('both', 5, Math.min(10, count));
      await new ShellPage(page).switchLanguage('vi');
      const vi = page.locator(`[data-testid="ranking-chart"][data-rendered="true"][data-bars="${Math.min(10, count)}"][data-reference-label^="Cả nước"]`);
      await vi.waitFor();
      expect(await vi.getAttribute('data-reference-label')).toBe(`Cả nước ${formatFigure(national, 'vi')}`);
      expect(await vi.getAttribute('data-reference-label')).toMatch(/^Cả nước [+−]?\d+,\d%$/);
      await screenshotOf(vi, 'explore-ranking-ends-vi');

      await page.selectOption('[data-testid="ranking-group"]', 'product');
      const none = page.locator('[data-testid="ranking-no-reference"][data-reason="product"]');
      await none.waitFor();
      expect(await none.textContent()).toBe('Sản phẩm không có mức tham chiếu của cả nước.');
      expect(await page.locator('[data-testid="ranking-chart"]').getAttribute('data-reference-label')).toBeNull();
      await screenshot(page, 'explore-ranking-products-vi');
    } finally {
      await app.close();
    }
  });
});
