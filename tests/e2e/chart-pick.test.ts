// A click on the series chart opens the figure drawn there: Chart.js hands back the index of the
// point among those it drew (fewer than the line's once decimated), and the chart finds the figure
// by that point's month. Real Chromium, the built app through the web host.
import { expect, it } from 'vitest';
import { describeInChromium, openApp } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';

describeInChromium('series chart clicks in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('opens the figure furthest right (the year 2025, placed at December) from a click at the right end of the chart', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    try {
      await explore.showWholeIndustry();
      const canvas = page.locator('[data-testid="chart"] canvas');
      const box = (await canvas.boundingBox())!;
      // The plot ends 12 px in from the right (the line charts' padding); the nearest point along x is the
      // one furthest right: the year 2025, which sits at December, after every month and year-to-date.
      await canvas.click({ position: { x: box.width - 16, y: box.height / 3 } });
      const panel = page.locator('[data-testid="figure-panel"]');
      await panel.waitFor();
      await expect.poll(() => panel.locator('#figure-panel-title').textContent()).toBe('Whole industry · 2025');
      // Its source in full: the series' answer names releases by id, listed once; the panel shows the release's own words.
      const sources = panel.locator('[data-testid="figure-panel-sources"]');
      await expect.poll(() => sources.textContent()).toContain('Ministry of Industry and Trade: 2025 IIP estimated up 9.5%');
      expect(await sources.textContent()).toContain('Ministry of Industry and Trade (news article)');
    } finally {
      await app.close();
    }
  });
});
