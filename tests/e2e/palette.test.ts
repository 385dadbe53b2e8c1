// The command palette by keyboard alone, in real Chromium through the web host (no mouse call in
// this file or its page objects): Ctrl+K, a transformation from the palette, "phu tho" finds Phú Thọ
// and shows its chart, a transformation its data refuse says why, an action switches the language,
// a view is chosen (and Ctrl+E there says there is no chart to export);
// the focus stays in the dialog and goes back where it was on Escape.
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { KeyboardPage } from './pages/keyboardPage.js';
import { PalettePage } from './pages/palettePage.js';

describeInChromium('command palette by keyboard alone (needs /usr/bin/chromium)', (browser) => {
  it('finds a series without diacritics, applies a transformation, runs an action', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const keys = new KeyboardPage(page);
    const palette = new PalettePage(page);
    try {
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');

      await palette.open();
      expect(await keys.focused()).toBe('palette-input');
      expect(await palette.dialog.getAttribute('role')).toBe('dialog');
      expect(await palette.dialog.getAttribute('aria-modal')).toBe('true');
      // Tab cannot leave the dialog.
      await keys.press('Tab', 'Tab', 'Shift+Tab');
      expect(await keys.focused()).toBe('palette-input');
      // Arrows move the active option, which the combobox names for screen readers.
      const empty = await palette.shown();
      expect(empty[0]).toMatchObject({ key: 'view:series', selected: true });
      await keys.press('ArrowDown');
      expect((await palette.shown())[1]?.selected).toBe(true);
      expect(await palette.activeDescendant()).toMatch(/-option-1$/);
      await keys.press('ArrowUp', 'ArrowUp');
      expect((await palette.shown()).at(-1)?.selected).toBe(true);

      // A transformation, by a few letters of its name, on the chart the window opened on.
      await palette.type('tb truot 3');
      await palette.waitForFirst('transform:ma3');
      await palette.runSelected();
      await page.waitForSelector('[data-testid="transform-ma3"][aria-checked="true"]');
      expect(await page.textContent('[data-testid="chart-title"]')).toContain('Trung bình trượt 3 tháng');

      // A series by name, typed without diacritics.
      await palette.open();
      await palette.type('phu tho');
      const key = await palette.waitForFirstSeries('Phú Thọ');
      const seriesId = key.replace('series:', '');
      expect((await palette.shown())[0]).toMatchObject({ kind: 'series', label: 'Phú Thọ', selected: true });
      await screenshot(page, 'palette-phu-tho-vi');
      await palette.runSelected();
      await page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${seriesId}"]`);
      expect(await page.textContent('[data-testid="chart-title"]')).toMatch(/^Phú Thọ — /);

      // Its figures are not monthly: a moving average is listed with the reason, and choosing it says so and changes nothing.
      await palette.open();
      await palette.type('tb truot 12');
      await palette.waitForFirst('transform:ma12');
      expect((await palette.shown())[0]?.disabled).toBe(true);
      await palette.runSelected();
      expect(await palette.notice().textContent()).toContain('Không áp dụng được: cần số liệu tháng');
      expect(await page.getAttribute('[data-testid="transform-none"]', 'aria-checked')).toBe('true');

      // An action of the menu: the language.
      await palette.open();
      await palette.type('tieng anh');
      await palette.waitForFirst('language-en');
      await palette.runSelected();
      await page.waitForSelector('html[lang="en"]');
      expect(await page.textContent('[data-testid="chart-title"]')).toMatch(/^Phú Thọ — IIP, % change/);

      // A view: the small multiples, where there is no single chart, so exporting one says so.
      await palette.open();
      await palette.type('small mult');
      await palette.waitForFirst('view:multiples');
      await palette.runSelected();
      await page.waitForSelector('[data-testid="mode-multiples"][aria-checked="true"]');
      await keys.press('Control+e');
      await page.waitForFunction(() => document.querySelector('[data-testid="action-notice"]')?.textContent?.startsWith('There is no chart to export'));
      await palette.open();
      await palette.type('time series');
      await palette.waitForFirst('view:series');
      await palette.runSelected();
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');

      // Escape closes and gives the focus back where it was (the search box, reached by Ctrl+F).
      await keys.press('Control+f');
      expect(await keys.focused()).toBe('catalog-search');
      await palette.open();
      await palette.close();
      expect(await keys.focused()).toBe('catalog-search');
    } finally {
      await app.close();
    }
  });
});
