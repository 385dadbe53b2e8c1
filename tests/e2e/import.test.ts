// The import flow in real Chromium through the web host: choose a file, preview what would change,
// commit, see it in Explore, undo it; re-importing changes nothing; unknown names get a decision.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, openApp, screenshot, type AppSession } from '../helpers/browser.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/e2e');
const REVISION_CSV = path.join(FIXTURES, 'import-revision.csv');
const UNKNOWN_CSV = path.join(FIXTURES, 'import-unknown-locality.csv');
const RELEASE_NAME = 'E2E test: IIP December 2025';

const releaseCount = (app: AppSession): number => (app.store.db.prepare('SELECT COUNT(*) AS n FROM releases').get() as { n: number }).n;
const rows = (page: Page, change: string) => page.locator(`[data-testid="import-figure-row"][data-change="${change}"]`);

async function chooseFile(page: Page, file: string): Promise<void> {
  await page.click('[data-testid="tab-import"]');
  await page.waitForSelector('[data-testid="view-import"]');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.waitForSelector('[data-testid="import-preview"]');
  await page.waitForSelector('[data-testid="import-figure-row"]');
}

async function showWholeIndustry(page: Page): Promise<void> {
  await page.click('[data-testid="tab-explore"]');
  const item = page.locator('[data-testid="catalog-item"][data-item="TOTAL"][data-geo="VN"]');
  await item.click();
  const seriesId = await item.getAttribute('data-series-id');
  await page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${seriesId}"]`);
}

describe.skipIf(chromiumPath === null)('import in Chromium (needs /usr/bin/chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews a tidy CSV, stores it, shows it in Explore, and undoes it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      const before = releaseCount(app);
      await chooseFile(page, REVISION_CSV);

      const preview = page.locator('[data-testid="import-preview"]');
      await expect.poll(() => rows(page, 'new').count()).toBe(1);
      expect(await rows(page, 'revised').count()).toBe(1);
      expect(await rows(page, 'unchanged').count()).toBe(1);
      expect(await page.locator('[data-testid="import-figure-row"]').count()).toBe(3);
      expect(await page.textContent('[data-testid="import-format"]')).toContain('CSV');
      expect(await page.textContent('[data-testid="import-counts"]')).toBe('1 new · 1 revised · 1 unchanged');
      expect(await page.locator('[data-testid="import-already"]').count()).toBe(0);

      const revised = rows(page, 'revised');
      expect(await revised.getAttribute('data-period')).toBe('2025-01..2025-11');
      expect(await revised.textContent()).toMatch(/\+9\.3%\s*→\s*\+9\.42%/);
      expect(await revised.textContent()).toContain('Whole industry');
      expect(await rows(page, 'new').textContent()).toContain('+10.1%');
      const unchanged = rows(page, 'unchanged');
      expect(await unchanged.textContent()).toContain('Manufacture of motor vehicles');
      expect(await unchanged.getAttribute('data-item')).toBe('29');

      // the filters show one kind at a time
      await page.click('[data-testid="import-filter-revised"]');
      await expect.poll(() => page.locator('[data-testid="import-figure-row"]').count()).toBe(1);
      await page.click('[data-testid="import-filter-all"]');
      await expect.poll(() => page.locator('[data-testid="import-figure-row"]').count()).toBe(3);

      // release details can be set before storing
      await page.fill('[data-testid="import-release-name"]', RELEASE_NAME);
      await page.selectOption('[data-testid="import-release-status"]', 'preliminary');
      expect(await preview.getAttribute('data-ready')).toBe('true');
      await screenshot(page, 'import-preview');

      await page.click('[data-testid="import-commit"]');
      const result = page.locator('[data-testid="import-result"]');
      await result.waitFor();
      expect(await result.getAttribute('data-stored')).toBe('1');
      expect(await result.textContent()).toContain(RELEASE_NAME);
      expect(await result.textContent()).toContain('3 figures');
      expect(releaseCount(app)).toBe(before + 1);
      expect(await page.locator('[data-testid="import-preview"]').count()).toBe(0);
      // the header's store line is asked again
      await expect.poll(() => page.textContent('[data-testid="store-info"]')).toContain(`${before + 1} releases`);

      await showWholeIndustry(page);
      const december = page.locator('[data-testid="figure-row"][data-period="2025-12"]');
      const janNov = page.locator('[data-testid="figure-row"][data-period="2025-01..2025-11"]');
      await expect.poll(() => december.textContent()).toContain('10.1');
      await expect.poll(() => janNov.textContent()).toContain('9.42');
      expect(await janNov.textContent()).toMatch(/revised from \+9\.3%/);
      expect(await janNov.textContent()).toContain(RELEASE_NAME);
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      await screenshot(page, 'import-chart');

      // the result's link opens the releases, where the new one can be undone
      await page.click('[data-testid="tab-import"]');
      await page.click('[data-testid="import-open-releases"]');
      await page.waitForSelector('[data-testid="view-releases"]');
      const row = page.locator('[data-testid="release-row"]', { hasText: RELEASE_NAME });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('preliminary');
      await row.locator('[data-testid="release-undo"]').click();
      // nothing happens before the confirm step
      expect(releaseCount(app)).toBe(before + 1);
      await screenshot(page, 'release-undo-confirm');
      await row.locator('[data-testid="release-undo-confirm"]').click();
      await expect.poll(() => row.count()).toBe(0);
      expect(releaseCount(app)).toBe(before);
      await expect.poll(() => page.textContent('[data-testid="store-info"]')).toContain(`${before} releases`);

      await showWholeIndustry(page);
      await expect.poll(() => janNov.textContent()).toContain('9.3');
      expect(await janNov.textContent()).not.toContain('9.42');
      expect(await december.count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('says a file already imported changes nothing, and storing it again changes nothing', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await chooseFile(page, REVISION_CSV);
      await page.click('[data-testid="import-commit"]');
      await page.waitForSelector('[data-testid="import-result"][data-stored="1"]');
      const after = releaseCount(app);
      const figures = (app.store.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n;

      await chooseFile(page, REVISION_CSV);
      await page.waitForSelector('[data-testid="import-already"]');
      expect(await page.textContent('[data-testid="import-already"]')).toContain('nothing will change');
      // what the file says is now what the store shows
      await expect.poll(() => rows(page, 'unchanged').count()).toBe(3);
      expect(await page.textContent('[data-testid="import-counts"]')).toBe('0 new · 0 revised · 3 unchanged');

      await page.click('[data-testid="import-commit"]');
      const result = page.locator('[data-testid="import-result"]');
      await result.waitFor();
      expect(await result.getAttribute('data-stored')).toBe('0');
      expect(await result.textContent()).toContain('Nothing changed');
      expect(await result.textContent()).toContain('import-revision.csv was imported before');
      expect(releaseCount(app)).toBe(after);
      expect((app.store.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n).toBe(figures);
    } finally {
      await app.close();
    }
  });

  it('asks about an unknown locality and is ready once a suggestion is chosen', async () => {
    const app = await openApp(browser, 'vi-VN');
    const { page } = app;
    try {
      await page.click('[data-testid="tab-import"]');
      await page.setInputFiles('[data-testid="import-file"]', UNKNOWN_CSV);
      const preview = page.locator('[data-testid="import-preview"]');
      await preview.waitFor();
      const name = page.locator('[data-testid="import-unknown-name"]');
      await expect.poll(() => name.count()).toBe(1);
      expect(await name.getAttribute('data-label')).toBe('Phu Tho tinh');
      expect(await name.getAttribute('data-kind')).toBe('geo');
      expect(await preview.getAttribute('data-ready')).toBe('false');
      expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true);
      const choice = name.locator('[data-testid="import-unknown-choice"]');
      const suggestion = choice.locator('option[value="code:P25"]');
      expect(await suggestion.textContent()).toContain('Phú Thọ');
      expect(await choice.locator('option').allTextContents()).toContain('Bỏ qua các số liệu này');
      await screenshot(page, 'import-unknown-vi');

      await choice.selectOption('code:P25');
      await expect.poll(() => preview.getAttribute('data-ready')).toBe('true');
      expect(await page.isEnabled('[data-testid="import-commit"]')).toBe(true);
      const row = page.locator('[data-testid="import-figure-row"][data-geo="P25"]');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getAttribute('data-change')).toBe('new');
      expect(await row.textContent()).toContain('Phú Thọ');
      expect(await row.textContent()).toContain('+12,5%');
      expect(await page.textContent('[data-testid="import-counts"]')).toBe('1 mới · 0 điều chỉnh · 0 không đổi');
      // the decision stays shown and can be changed
      expect(await choice.inputValue()).toBe('code:P25');

      await page.click('[data-testid="import-commit"]');
      await page.waitForSelector('[data-testid="import-result"][data-stored="1"]');
      // the mapping is remembered: next time the name is known
      await page.setInputFiles('[data-testid="import-file"]', UNKNOWN_CSV);
      await page.waitForSelector('[data-testid="import-already"]');
      expect(await page.locator('[data-testid="import-unknown"]').count()).toBe(0);

      // Import → Remembered lists the name matched by hand, and forgets it on request
      await page.click('[data-testid="import-remembered"] summary');
      const remembered = page.locator('[data-testid="remembered-name"][data-folded="phu tho tinh"][data-code="P25"]');
      await remembered.waitFor();
      expect(await remembered.textContent()).toContain('Phú Thọ');
      await screenshot(page, 'import-remembered-vi');
      await remembered.locator('[data-testid="remembered-delete"]').click();
      await remembered.locator('[data-testid="remembered-delete-confirm"]').click();
      await expect.poll(() => remembered.count()).toBe(0);
      expect(await page.textContent('[data-testid="import-remembered"]')).toContain('Chưa có tên nào được tự ghép');
    } finally {
      await app.close();
    }
  });

  it('takes a file dropped anywhere on the window; leaving the unknown name out makes it ready', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.waitForSelector('[data-testid="view-explore"]');
      const csv = fs.readFileSync(UNKNOWN_CSV, 'utf8');
      const dataTransfer = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
        return dt;
      }, csv);
      for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app-main', type, { dataTransfer });
      await page.waitForSelector('[data-testid="view-import"]');
      expect(await page.getAttribute('[data-testid="tab-import"]', 'aria-selected')).toBe('true');
      const preview = page.locator('[data-testid="import-preview"]');
      await preview.waitFor();
      await expect.poll(() => page.locator('[data-testid="import-unknown-name"]').count()).toBe(1);
      expect(await page.getAttribute('[data-testid="import-file-preview"]', 'data-file')).toBe('dropped.csv');

      await page.selectOption('[data-testid="import-unknown-choice"]', 'leave-out');
      await expect.poll(() => preview.getAttribute('data-ready')).toBe('true');
      expect(await page.textContent('[data-testid="import-counts"]')).toBe('0 new · 0 revised · 0 unchanged · 1 unmatched');
      expect(await page.isEnabled('[data-testid="import-commit"]')).toBe(true);
      expect(await page.locator('.drop-overlay').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
