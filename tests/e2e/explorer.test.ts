// The explorer in real Chromium through the web host: search, chart, language, latest release.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, openApp, screenshot } from '../helpers/browser.js';

describe.skipIf(chromiumPath === null)('explorer in Chromium (needs /usr/bin/chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds "phu tho" without diacritics and charts it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.fill('[data-testid="catalog-search"]', 'phu tho');
      const item = page.locator('[data-testid="catalog-item"]', { hasText: 'Phú Thọ' });
      await expect.poll(() => page.locator('[data-testid="catalog-item"]').count()).toBe(1);
      expect(await item.getAttribute('data-geo')).toBe('P25');
      await item.click();
      const seriesId = await item.getAttribute('data-series-id');
      await page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${seriesId}"]`);
      const title = await page.textContent('[data-testid="chart-title"]');
      expect(title).toContain('Phú Thọ');
      const row = page.locator('[data-testid="figure-row"][data-period="2025-01..2025-05"]');
      await expect.poll(() => row.textContent()).toContain('46.7');
      await screenshot(page, 'explore-phu-tho-en');

      await page.selectOption('[data-testid="lang-switch"]', 'vi');
      await page.waitForSelector('html[lang="vi"]');
      await expect.poll(() => row.textContent()).toContain('46,7');
      await expect.poll(() => page.textContent('[data-testid="chart-title"]')).toMatch(/Phú Thọ.*(cùng kỳ|Chỉ số)|(cùng kỳ|Chỉ số).*Phú Thọ/s);
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      await screenshot(page, 'explore-phu-tho-vi');
    } finally {
      await app.close();
    }
  });

  it('shows the latest release: headline, sections and rankings', async () => {
    const app = await openApp(browser, 'vi-VN');
    const { page } = app;
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      await page.click('[data-testid="tab-latest"]');
      await page.waitForSelector('[data-testid="view-latest"]');
      await expect.poll(() => page.textContent('[data-testid="latest-headline"]')).toContain('9,3');
      for (const block of ['latest-sections', 'latest-industries', 'latest-products', 'latest-localities']) {
        await page.waitForSelector(`[data-testid="${block}"]`);
      }
      await page.waitForSelector('[data-testid="latest-sections"] canvas');
      await screenshot(page, 'latest-release-vi');
      await page.selectOption('[data-testid="lang-switch"]', 'en');
      await expect.poll(() => page.textContent('[data-testid="latest-headline"]')).toContain('9.3');
      await screenshot(page, 'latest-release-en');
    } finally {
      await app.close();
    }
  });

  it('lists the releases with their provenance', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.click('[data-testid="tab-releases"]');
      await page.waitForSelector('[data-testid="view-releases"]');
      await expect.poll(() => page.textContent('[data-testid="view-releases"]')).toContain('004_fddd2170433b1f9a.txt');
    } finally {
      await app.close();
    }
  });
});
