// Explore's comparisons in real Chromium through the web host: a date range ("last 24 months") cuts
// the chart and the table; a series of another unit (a % change, coal in tonnes) goes on a right-hand
// axis, named in the legend and title; a third unit is refused; this year against last year draws both years, with January–February
// combined beside the months under year-on-year changes. The fixture is a monthly 2015 = 100 index
// of mining (B) and manufacturing (C), 2023-01..2025-10, with invented values; the embedded data
// give the whole industry's % changes (2018-01..2025-12) and the sections' contributions.
// The compare picker is a search box: "phu tho" typed finds Phú Thọ, added with the keyboard alone;
// it asks the catalog for a page of matches (a search and a limit), never the whole catalog.
import path from 'node:path';
import { expect, it } from 'vitest';
import { PICKER_PAGE } from '../../renderer/src/features/explore/comparePickerState.js';
import { parsePeriod } from '../../electron/shared/period.js';
import { describeInChromium, openApp, screenshotOf, screenshotView } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';
import { TimeFramePage } from './pages/timeFramePage.js';

const SECTIONS_INDEX = path.resolve(import.meta.dirname, '../fixtures/e2e/sections-index-2015.csv');

describeInChromium('explore: date range, second axis, this year against last year in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('cuts to the last 24 months, puts a % change on a right axis, refuses a third unit, and draws 2025 against 2024', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    const frame = new TimeFramePage(page);
    try {
      await new ImportPage(page).chooseFile(SECTIONS_INDEX);
      await new ImportPage(page).commit();
      await explore.open();
      await explore.search('manufacturing');
      await explore.showSeries(explore.indexSeriesItem('VN', 'C'));
      await explore.chooseView('base/index');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-axis-title="index, base year = 100"]');

      // 34 months, 2023-01..2025-10: whole years 2023 and 2024.
      expect(await frame.rangeOptions()).toEqual(['All', 'Last 24 months', '2023–2024', '2024', '2023', 'Custom…']);
      expect((await frame.tablePeriods()).length).toBe(34);
      await frame.chooseRange('Last 24 months', '2023-11');
      expect(await frame.control().getAttribute('data-range-to')).toBe('2025-10');
      const periods = await frame.tablePeriods();
      expect(periods.length).toBe(24);
      expect([periods[0], periods.at(-1)]).toEqual(['2025-10', '2023-11']);
      // Chosen months start from the range shown.
      await page.selectOption('[data-testid="range-select"]', { label: 'Custom…' });
      expect(await page.inputValue('[data-testid="range-from"]')).toBe('2023-11');
      await page.fill('[data-testid="range-from"]', '2025-03');
      await page.waitForSelector('[data-testid="time-frame"][data-range-from="2025-03"]');
      expect(await frame.tablePeriods()).toEqual(['2025-10', '2025-09', '2025-08', '2025-07', '2025-06', '2025-05', '2025-04', '2025-03']);
      await frame.chooseRange('Last 24 months', '2023-11');

      // The whole industry has no index: it joins as its % change, on the right.
      await explore.addToChart('Whole industry — % change on same period last year');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-right-axis-title]');
      expect(await explore.axisTitle()).toBe('index, base year = 100');
      expect(await explore.chart().getAttribute('data-right-axis-title')).toBe('% change on same period last year');
      const legend = await explore.legend();
      expect(legend[0]).toBe('Manufacturing');
      expect(legend.slice(1).length).toBeGreaterThan(0);
      expect(legend.slice(1).every((entry) => entry.startsWith('Whole industry') && entry.endsWith('(right axis)'))).toBe(true);
      // The range now ends where the later series does: its year 2025 ends in December.
      await page.waitForSelector('[data-testid="time-frame"][data-range-from="2024-01"][data-range-to="2025-12"]');
      const compared = await frame.tablePeriods();
      expect(compared[0]).toBe('2025');
      expect(compared).toContain('2024-01');
      expect(compared).not.toContain('2023-12');
      // Each period by the month it ends in: the year 2024 is in, Jan–Dec 2023 is not.
      expect(compared.every((code) => parsePeriod(code)!.end >= '2024-01')).toBe(true);
      await screenshotOf(page.locator('section.panel'), 'explore-second-axis-en');

      // Contributions (percentage points) would be a third unit.
      await frame.pickToAdd('mining', 'percentage points');
      expect(await frame.refusal().textContent()).toBe(
        'At most two units on one chart (now: index, base year = 100; % change on same period last year). Remove a series first.',
      );
      expect((await explore.chartChips()).length).toBe(2);

      // A product's output in tonnes beside the index, in place of the % change.
      await page.click('[data-testid="compare-remove"]');
      await explore.addToChart('Coal (clean coal) — thousand tonnes');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-right-axis-title="thousand tonnes"]');
      expect(await frame.refusal().count()).toBe(0);
      expect(await explore.chartChips()).toEqual(['Manufacturing', 'Coal (clean coal) — thousand tonnes×']);
      expect(await explore.chartTitle()).toBe('Manufacturing, Coal (clean coal) — IIP, index, base year = 100; thousand tonnes (right axis)');
      expect((await explore.legend()).slice(1).every((entry) => entry.startsWith('Coal (clean coal)') && entry.endsWith('(right axis)'))).toBe(true);

      // This year against last year: the first series' months.
      await frame.showYearLines();
      expect(await explore.legend()).toEqual(['2024', '2025']);
      expect(await frame.tablePeriods()).toContain('2024-01');
      await frame.chooseYear(2024);
      expect(await explore.legend()).toEqual(['2023', '2024']);
      await screenshotOf(page.locator('section.panel'), 'explore-year-lines-en');

      // Alone and as year-on-year changes, January and February combined sit beside the months.
      await page.click('[data-testid="compare-remove"]');
      await explore.chooseTransform('yoy', /^Year-on-year change \(%\)$/);
      await page.waitForSelector('[data-testid="chart"][data-chart="year-over-year"][data-rendered="true"]');
      // 2023 has no year before it: nothing to draw for it.
      expect(await explore.legend()).toEqual(['2024', '2024 · Jan–Feb combined (Tết)']);
      expect(await page.locator('[data-testid="year-select"] option').allTextContents()).toEqual(['2025 against 2024', '2024 against 2023']);
      await frame.chooseYear(2025);
      expect(await explore.legend()).toEqual(['2024', '2024 · Jan–Feb combined (Tết)', '2025', '2025 · Jan–Feb combined (Tết)']);

      await new ShellPage(page).switchLanguage('vi');
      await page.waitForFunction(() => document.querySelector('[data-testid="chart"]')?.getAttribute('data-legend')?.includes('gộp'));
      await page.waitForSelector('[data-testid="chart"][data-chart="year-over-year"][data-rendered="true"]');
      expect(await explore.legend()).toEqual(['2024', '2024 · tháng 1–2 gộp (Tết)', '2025', '2025 · tháng 1–2 gộp (Tết)']);
      expect(await page.locator('[data-testid="display-years"]').textContent()).toBe('So với năm trước');
      await screenshotOf(page.locator('section.panel'), 'explore-year-lines-tet-vi');
    } finally {
      await app.close();
    }
  });

  it('finds Phú Thọ by typing "phu tho" and adds it with the keyboard alone, asking the catalog for a page of matches', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    const asked: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/catalog:list') asked.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
    });
    const picker = explore.comparePicker();
    const active = page.locator('[data-testid="compare-options"] [role="option"][aria-selected="true"]');
    try {
      await explore.open();
      await explore.showWholeIndustry();
      await explore.waitForChart();
      const before = asked.length;

      await picker.focus();
      await page.keyboard.type('phu tho');
      await explore.waitForMatches('phu tho');
      expect(await picker.getAttribute('aria-expanded')).toBe('true');
      expect(await explore.compareOptionNames()).toContain('Phú Thọ');
      // the picker's requests: each a search for a page, never the whole catalog
      const pickers = asked.slice(before);
      expect(pickers.length).toBeGreaterThan(0);
      expect(pickers.every((input) => input.limit === PICKER_PAGE)).toBe(true);
      expect(pickers.at(-1)).toMatchObject({ search: 'phu tho', offset: 0, limit: PICKER_PAGE });

      // the arrows mark an entry, visibly, the box keeping the focus
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowDown');
      expect(await active.count()).toBe(1);
      expect(await picker.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
      expect(await active.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('compare-add');
      const name = await active.locator('.compare-picker__name').textContent();
      expect(name).toBe('Phú Thọ');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="compare-chip"]').nth(1).waitFor();
      expect(await explore.chartChips()).toEqual(['Whole industry', 'Phú Thọ×']);
      expect(await picker.inputValue()).toBe('');
      expect(await picker.getAttribute('aria-expanded')).toBe('false');

      // searched again, it is listed as on the chart, and Enter does not add it twice
      await page.keyboard.type('phu tho');
      await explore.waitForMatches('phu tho');
      const phuTho = explore.compareOption('Phú Thọ').first();
      expect(await phuTho.getAttribute('aria-disabled')).toBe('true');
      expect(await phuTho.locator('.compare-picker__mark').textContent()).toBe('on the chart');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect((await explore.chartChips()).length).toBe(2);
      // Escape closes the list, then clears the box
      await page.keyboard.press('Escape');
      expect(await picker.getAttribute('aria-expanded')).toBe('false');
      expect(await picker.inputValue()).toBe('phu tho');
      await page.keyboard.press('Escape');
      expect(await picker.inputValue()).toBe('');

      // With nothing typed: the first page of every series, and more on request.
      await page.keyboard.press('ArrowDown');
      await explore.waitForMatches('');
      const status = page.locator('[data-testid="compare-status"]');
      const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')![1]);
      expect(total).toBeGreaterThan(2 * PICKER_PAGE);
      expect(await status.textContent()).toBe(`${PICKER_PAGE} of ${total} matching series`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      expect(await active.getAttribute('data-testid')).toBe('compare-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="compare-status"]')?.textContent === text,
        `${2 * PICKER_PAGE} of ${total} matching series`,
      );
      expect(asked.at(-1)).toEqual({ offset: PICKER_PAGE, limit: PICKER_PAGE });
      expect(asked.slice(before).every((input) => input.limit === PICKER_PAGE)).toBe(true);
      await screenshotView(page, 'explore-compare-picker-en');
      // nothing Explore asked of the catalog here was the whole of it
      const narrowed = (input: Record<string, unknown>) => ['limit', 'ids', 'group', 'geos', 'items'].some((key) => key in input);
      expect(asked.filter((input) => !narrowed(input))).toEqual([]);

      // in Vietnamese
      await page.keyboard.press('Escape');
      await new ShellPage(page).switchLanguage('vi');
      await picker.fill('phu tho');
      await explore.waitForMatches('phu tho');
      expect(await explore.compareOption('Phú Thọ').first().locator('.compare-picker__mark').textContent()).toBe('đã có trên biểu đồ');
      expect(await picker.getAttribute('placeholder')).toBe('+ Thêm chuỗi: gõ tên để tìm…');
    } finally {
      await app.close();
    }
  });
});
