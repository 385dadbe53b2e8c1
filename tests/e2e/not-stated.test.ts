// A release whose file names no publisher (the store keeps 'not stated') is shown in the reader's
// language: in Vietnamese, the figure panel and the releases list say "không nêu". Real Chromium,
// the built app through the web host.
import { expect, it } from 'vitest';
import { insertFiguresOfReleases } from '../../electron/core/figures/repository.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { PUBLISHER_NOT_STATED } from '../../electron/shared/not-stated.js';
import { describeInChromium, openApp, reloadApp } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { ReleasesPage } from './pages/releasesPage.js';

describeInChromium('a publisher not stated, in Vietnamese (needs /usr/bin/chromium)', (browser) => {
  it('says "không nêu" in the figure panel and the releases list, never "not stated"', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page, store } = app;
    try {
      const release = {
        name: 'Tệp không nêu cơ quan',
        publisher: PUBLISHER_NOT_STATED,
        publishedOn: '2026-02-05',
        status: 'preliminary' as const,
        sourceKind: 'csv',
        sourceFile: 'x.csv',
      };
      const figure = {
        geo: 'VN',
        item: 'TOTAL',
        measure: 'iip' as const,
        period: '2026-01',
        basis: 'yoy' as const,
        unit: 'pct' as const,
        value: 7.4,
        decimals: 1,
        status: 'preliminary' as const,
      };
      insertFiguresOfReleases(store.db, [{ releaseId: insertRelease(store.db, release), figures: [figure] }]);
      await reloadApp(page);

      const explore = new ExplorePage(page);
      await explore.showWholeIndustry();
      await explore.figureRow('2026-01').click();
      const sources = page.locator('[data-testid="figure-panel-sources"]');
      await sources.waitFor();
      expect(await sources.textContent()).toContain('Tệp không nêu cơ quan');
      expect(await sources.textContent()).toContain('· không nêu ·');
      expect(await sources.textContent()).not.toContain(PUBLISHER_NOT_STATED);
      await page.keyboard.press('Escape');

      const releases = new ReleasesPage(page);
      await releases.open();
      await releases.waitForView();
      const row = releases.row('Tệp không nêu cơ quan');
      expect(await row.locator('td').first().textContent()).toBe('không nêu');
      expect(await releases.text()).not.toContain(PUBLISHER_NOT_STATED);
    } finally {
      await app.close();
    }
  });
});
