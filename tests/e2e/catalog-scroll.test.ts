// The catalog list in real Chromium on a store of over a thousand series: only a screenful of rows
// is in the page, and scrolling brings the later ones (their pages asked for as they come into view),
// down to the last series, which opens its chart.
import { expect, it } from 'vitest';
import { catalogPage } from '../../electron/core/catalog/page.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import type { Db } from '../../electron/core/db/connection.js';
import { describeInChromium, openApp, reloadApp, screenshotOf, screenshotView } from '../helpers/browser.js';
import { CatalogPage } from './pages/catalogPage.js';
import { ExplorePage } from './pages/explorePage.js';

/** Every province × the first 20 divisions, one month each: 1,260 series more. Invented values. */
async function addManySeries(db: Db): Promise<void> {
  const provinces = db.prepare<[], string>("SELECT code FROM geos WHERE kind = 'province' ORDER BY sortOrder").pluck().all();
  const divisions = db.prepare<[], string>("SELECT code FROM items WHERE kind = 'division' ORDER BY sortOrder LIMIT 20").pluck().all();
  const lines = provinces.flatMap((geo) => divisions.map((item) => `${geo},${item},iip,2030-01,yoy,pct,1.5,estimate`));
  const bytes = Buffer.from(['geo,item,measure,period,basis,unit,value,status', ...lines].join('\n'), 'utf8');
  const preview = await previewImport(db, [{ fileName: 'many.csv', bytes }], { release: { name: 'many', publishedOn: '2030-02-06' } });
  expect(preview.errors).toEqual([]);
  commitImport(db, preview);
}

describeInChromium('the catalog list in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('keeps only a screenful of rows in the page and scrolls to the last series', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    const catalog = new CatalogPage(page);
    try {
      await addManySeries(app.store.db);
      await reloadApp(page);
      const all = catalogPage(app.store.db, {});
      expect(all.total).toBeGreaterThan(1300);
      await expect.poll(() => catalog.seriesCount()).toBe(all.total);
      await expect.poll(() => catalog.items.count()).toBeGreaterThan(10);
      expect(await catalog.items.count()).toBeLessThan(80);
      await screenshotView(page, 'catalog-top');

      // Halfway down: a series from the middle of the list, fetched as it came into view.
      const middle = catalogPage(app.store.db, { offset: Math.floor(all.total / 2), limit: 1 }).groups[0]!.series[0]!;
      await catalog.scrollTo(0.5);
      await catalog.item(middle.id).waitFor();
      expect(await catalog.items.count()).toBeLessThan(80);

      // The bottom: the last series, which opens its chart.
      const last = catalogPage(app.store.db, { offset: all.total - 1, limit: 1 }).groups[0]!.series[0]!;
      await catalog.scrollTo(1);
      await catalog.item(last.id).waitFor();
      expect(await catalog.items.count()).toBeLessThan(80);
      await screenshotOf(catalog.list, 'catalog-scrolled-to-the-end');
      await explore.showSeries(catalog.item(last.id));
      expect(await catalog.item(last.id).getAttribute('aria-pressed')).toBe('true');
    } finally {
      await app.close();
    }
  });
});
