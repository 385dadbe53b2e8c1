// The explorer in real Chromium through the web host: search, chart, language, latest release.
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { LatestPage } from './pages/latestPage.js';
import { ReleasesPage } from './pages/releasesPage.js';
import { ShellPage } from './pages/shellPage.js';

describeInChromium('explorer in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('finds "phu tho" without diacritics and charts it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    try {
      await explore.search('phu tho');
      const item = explore.catalogItem('Phú Thọ');
      await expect.poll(() => explore.catalogItems.count()).toBe(1);
      expect(await item.getAttribute('data-geo')).toBe('P25');
      await explore.showSeries(item);
      expect(await explore.chartTitle()).toContain('Phú Thọ');
      const row = explore.figureRow('2025-01..2025-05');
      await expect.poll(() => row.textContent()).toContain('46.7');
      await screenshot(page, 'explore-phu-tho-en');

      await new ShellPage(page).switchLanguage('vi');
      await expect.poll(() => row.textContent()).toContain('46,7');
      await expect.poll(() => explore.chartTitle()).toMatch(/Phú Thọ.*(cùng kỳ|Chỉ số)|(cùng kỳ|Chỉ số).*Phú Thọ/s);
      await explore.waitForChart();
      await screenshot(page, 'explore-phu-tho-vi');
    } finally {
      await app.close();
    }
  });

  it('shows the latest release: headline, sections and rankings', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const shell = new ShellPage(page);
    const latest = new LatestPage(page);
    try {
      expect(await shell.documentLang()).toBe('vi');
      await latest.open();
      await expect.poll(() => latest.headline()).toContain('9,3');
      await latest.waitForBlocks();
      await screenshot(page, 'latest-release-vi');
      await shell.switchLanguage('en');
      await expect.poll(() => latest.headline()).toContain('9.3');
      await screenshot(page, 'latest-release-en');
    } finally {
      await app.close();
    }
  });

  it('lists the releases with their provenance', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const releases = new ReleasesPage(page);
    try {
      await releases.open();
      await expect.poll(() => releases.text()).toContain('004_fddd2170433b1f9a.txt');
    } finally {
      await app.close();
    }
  });
});
