// Keyboard use beyond the palette, in real Chromium through the web host, with no mouse call: the
// skip link is the first tab stop and lands on the chart; the catalog is one tab stop that arrows
// move through (headings skipped, the virtualised list scrolled); Enter in the search box picks the
// first result; the header's tabs follow arrows, Home and End.
import { expect, it } from 'vitest';
import { describeInChromium, openApp, reloadApp } from '../helpers/browser.js';
import { CatalogPage } from './pages/catalogPage.js';
import { KeyboardPage } from './pages/keyboardPage.js';

/** Tab stops from the page's top to the chart's panel before the skip link and roving tab stops (measured 99 and 100: the catalog's rows drawn vary). */
const TAB_STOPS_BEFORE = 99;

describeInChromium('keyboard: skip link, catalog arrows, tabs (needs /usr/bin/chromium)', (browser) => {
  it('reaches the chart by the skip link, and in far fewer tab stops without it', async () => {
    const app = await openApp(browser());
    const keys = new KeyboardPage(app.page);
    try {
      await app.page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      await keys.press('Tab');
      expect(await keys.focused()).toBe('skip-to-chart');
      expect((await app.page.locator('[data-testid="skip-to-chart"]').boundingBox())!.y).toBeGreaterThanOrEqual(0);
      await keys.press('Enter');
      expect(await keys.focused()).toBe('chart');

      // Counted again from a fresh page, the focus starting at the top.
      await reloadApp(app.page);
      await app.page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      const stops = await keys.tabsToChart();
      console.log(`tab stops from the top to the chart's panel: ${TAB_STOPS_BEFORE} before, ${stops} now; 1 with the skip link`);
      expect(stops).not.toBeNull();
      expect(stops!).toBeLessThan(TAB_STOPS_BEFORE / 3);
    } finally {
      await app.close();
    }
  });

  it('moves through the catalog with arrows, and Enter in the search box picks the first result', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const keys = new KeyboardPage(page);
    const catalog = new CatalogPage(page);
    try {
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      await keys.press('Control+f');
      expect(await keys.focused()).toBe('catalog-search');

      // ↓ enters the list on the whole industry; the next ↓ steps over the sections' heading.
      await keys.press('ArrowDown');
      expect(await keys.focusedAttribute('data-position')).toBe('1');
      await keys.press('ArrowDown');
      expect(await keys.focusedAttribute('data-position')).toBe('3');
      // One tab stop for the whole list: the series reached.
      expect(await page.locator('[data-testid="catalog-item"][tabindex="0"]').count()).toBe(1);
      expect(await page.getAttribute('[data-testid="catalog-item"][tabindex="0"]', 'data-position')).toBe('3');

      // End: the last series, far down the virtualised list, drawn and focused.
      const total = await catalog.seriesCount();
      const groups = await page.evaluate(() => document.querySelectorAll('.catalog__heading').length);
      expect(total).toBeGreaterThan(50);
      await keys.press('End');
      // the focus is on an entry already (position 3): wait until it has moved, as the last one is drawn after a scroll
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('data-testid') === 'catalog-item' && document.activeElement.getAttribute('data-position') !== '3',
      );
      const last = Number(await keys.focusedAttribute('data-position'));
      expect(last).toBeGreaterThanOrEqual(total + Math.max(groups, 1) - 1);
      expect(await catalog.list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

      // Enter on an entry shows it; Home goes back to the first; ↑ from there to the search box.
      await keys.press('ArrowUp');
      const chosen = await keys.focusedAttribute('data-series-id');
      await keys.press('Enter');
      await page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${chosen}"]`);
      await keys.press('Home');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-position') === '1');
      await keys.press('ArrowUp');
      expect(await keys.focused()).toBe('catalog-search');

      // Enter right after typing: the first result of what was typed, once its answer is in.
      await keys.type('phu tho');
      await keys.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-testid="chart-title"]')?.textContent?.startsWith('Phú Thọ — '));
      expect(await keys.focused()).toBe('catalog-search');
    } finally {
      await app.close();
    }
  });

  it("moves through the header's tabs with arrows, Home and End, one tab stop for all", async () => {
    const app = await openApp(browser());
    const { page } = app;
    const keys = new KeyboardPage(page);
    try {
      await keys.press('Tab', 'Tab');
      expect(await keys.focused()).toBe('tab-explore');
      await keys.press('ArrowRight');
      expect(await keys.focused()).toBe('tab-latest');
      expect(await page.getAttribute('[data-testid="tab-latest"]', 'aria-selected')).toBe('true');
      await page.waitForSelector('[data-testid="view-latest"]');
      await keys.press('End');
      expect(await keys.focused()).toBe('tab-import');
      await page.waitForSelector('[data-testid="view-import"]');
      await keys.press('ArrowRight');
      expect(await keys.focused()).toBe('tab-explore');
      await keys.press('ArrowLeft', 'Home');
      expect(await keys.focused()).toBe('tab-explore');
      expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
      // Tab leaves the tab list for what follows it (the as-of date), not the next tab.
      await keys.press('Tab');
      expect(await keys.focused()).toBe('as-of-input');
    } finally {
      await app.close();
    }
  });
});
