// Mapping a spreadsheet's layout in Chromium: a table no reader knows shows the layout mapper; the
// mapping previews its figures, commits and is saved as a template; next month's file (sheet renamed,
// header a row lower) is then read by that template with no mapping.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTemplates } from '../../electron/core/import/repository.js';
import { chromiumPath, launchBrowser, openApp, screenshot } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { writeDecember, writeNovember } from '../fixtures/xlsx/make-layout-fixtures.js';

describe.skipIf(chromiumPath === null)('layout templates in Chromium (needs /usr/bin/chromium)', () => {
  let browser: Browser;
  const files = { november: '', december: '' };
  beforeAll(async () => {
    browser = await launchBrowser();
    const dir = tempDir();
    files.november = await writeNovember(dir);
    files.december = await writeDecember(dir);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('maps a layout, previews with it, saves it as a template, and reads next month by itself', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.click('[data-testid="tab-import"]');
      await page.setInputFiles('[data-testid="import-file"]', files.november);
      await page.waitForSelector('[data-testid="layout-mapper"]');
      expect(await page.textContent('[data-testid="import-errors"]')).toMatch(/no saved layout templates/);
      // the guesses: the table sheet, its header row and names column, the period and basis of each column
      expect(await page.inputValue('[data-testid="layout-sheet"]')).toBe('Biểu 05');
      expect(await page.inputValue('[data-testid="layout-header-row"]')).toBe('4');
      expect(await page.inputValue('[data-testid="layout-label-column"]')).toBe('1');
      expect(await page.inputValue('[data-testid="layout-column-D"]')).toBe('cumulative');
      expect(await page.inputValue('[data-testid="layout-basis-B"]')).toBe('mom');
      // the user's own choices
      await page.selectOption('[data-testid="layout-column-B"]', 'month');
      await page.selectOption('[data-testid="layout-basis-B"]', 'mom');
      await page.selectOption('[data-testid="layout-column-C"]', 'month');
      await page.selectOption('[data-testid="layout-basis-C"]', 'yoy');
      await page.fill('[data-testid="layout-save-name"]', 'IIP theo địa phương');
      await page.click('[data-testid="layout-preview"]');
      await page.waitForSelector('[data-testid="import-figure-row"]');
      expect(await page.locator('[data-testid="import-figure-row"]').count()).toBe(24);
      expect(await page.locator('[data-testid="import-figure-row"][data-geo="L25"][data-period="2025-11"]').count()).toBe(2);
      await screenshot(page, 'import-template-mapped');

      await page.click('[data-testid="import-commit"]');
      await page.waitForSelector('[data-testid="import-result"]');
      expect(await page.getAttribute('[data-testid="import-result"]', 'data-stored')).toBe('1');
      expect(listTemplates(app.store.db).map((t) => t.name)).toEqual(['IIP theo địa phương']);

      await page.setInputFiles('[data-testid="import-file"]', files.december);
      await page.waitForSelector('[data-testid="import-figure-row"]');
      expect(await page.locator('[data-testid="layout-mapper"]').count()).toBe(0);
      expect(await page.locator('[data-testid="import-figure-row"][data-geo="L25"][data-period="2025-12"]').count()).toBe(2);
      expect(await page.locator('[data-testid="import-figure-row"]').count()).toBe(27);

      // the saved layout is listed under Import → Remembered, and deleting it means asking again
      await page.click('[data-testid="import-remembered"] summary');
      const saved = page.locator('[data-testid="remembered-template"][data-name="IIP theo địa phương"]');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('Biểu 05');
      await saved.locator('[data-testid="remembered-delete"]').click();
      await saved.locator('[data-testid="remembered-delete-confirm"]').click();
      await expect.poll(() => saved.count()).toBe(0);
      await page.setInputFiles('[data-testid="import-file"]', files.december);
      await page.waitForSelector('[data-testid="layout-mapper"]');
    } finally {
      await app.close();
    }
  }, 60_000);
});
