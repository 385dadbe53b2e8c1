// The products' small multiples a page at a time in real Chromium: on a store holding more products
// than a page, the catalog is asked for one page of the group's output series (never the whole
// group), the pager says which of how many are drawn, and the next page draws the next ones.
import { expect, it } from 'vitest';
import { catalogPage } from '../../electron/core/catalog/page.js';
import type { Db } from '../../electron/core/db/connection.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { describeInChromium, openApp, reloadApp, screenshotView } from '../helpers/browser.js';
import { MultiplesPage } from './pages/multiplesPage.js';

/** Every province × the first two products, their output one month: over a hundred series more. Invented values. */
async function addProvinceProducts(db: Db): Promise<void> {
  const provinces = db.prepare<[], string>("SELECT code FROM geos WHERE kind = 'province' ORDER BY sortOrder").pluck().all();
  const products = db.prepare<[], string>("SELECT code FROM items WHERE kind = 'product' ORDER BY sortOrder LIMIT 2").pluck().all();
  const lines = provinces.flatMap((geo) => products.map((item) => `${geo},${item},output,2030-01,yoy,pct,2.5,estimate`));
  const bytes = Buffer.from(['geo,item,measure,period,basis,unit,value,status', ...lines].join('\n'), 'utf8');
  const preview = await previewImport(db, [{ fileName: 'products.csv', bytes }], { release: { name: 'products', publishedOn: '2030-02-06' } });
  expect(preview.errors).toEqual([]);
  commitImport(db, preview);
}

describeInChromium('small multiples a page at a time in Chromium (needs /usr/bin/chromium)', (browser) => {
  it("draws a page of the products and the next one, asking only for that page's series", async () => {
    const app = await openApp(browser());
    const { page } = app;
    const multiples = new MultiplesPage(page);
    try {
      await addProvinceProducts(app.store.db);
      const all = catalogPage(app.store.db, { group: 'product', measure: 'output' });
      expect(all.total).toBeGreaterThan(96);
      const idsOf = (offset: number) =>
        catalogPage(app.store.db, { group: 'product', measure: 'output', offset, limit: 48 }).groups.flatMap((g) => g.series.map((s) => String(s.id)));
      const asked: { group?: string; limit?: number }[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/catalog:list')) asked.push(JSON.parse(r.postData() ?? '{}') as { group?: string });
      });
      await reloadApp(page);
      await multiples.open();
      await multiples.chooseGroup('product');
      const range = page.locator('[data-testid="multiples-pager-range"]');
      await expect.poll(() => range.textContent()).toBe(`1–48 of ${all.total}`);
      await multiples.waitForGrid();
      // The page's series drawn, in the catalog's order, those without figures in the view left out.
      const first = (await multiples.drawn()).map((c) => c.seriesId);
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThanOrEqual(48);
      expect(first.every((id) => idsOf(0).includes(id))).toBe(true);
      await screenshotView(page, 'multiples-products-page-1');

      await page.click('[data-testid="multiples-pager-next"]');
      await expect.poll(() => range.textContent()).toBe(`49–96 of ${all.total}`);
      await expect.poll(async () => (await multiples.drawn()).map((c) => c.seriesId).every((id) => idsOf(48).includes(id))).toBe(true);
      await multiples.waitForGrid();
      expect((await multiples.drawn()).length).toBeGreaterThan(0);

      // Products were asked for a page at a time, of one measure: never the whole group.
      const products = asked.filter((input) => input.group === 'product');
      expect(products.length).toBeGreaterThan(0);
      expect(products.every((input) => input.limit === 48)).toBe(true);
      expect(products).toContainEqual({ group: 'product', measure: 'output', offset: 48, limit: 48 });

      // Another group starts on its first page (the sections fit on one: no pager).
      await multiples.chooseGroup('section');
      await multiples.waitForGrid();
      expect(await page.locator('[data-testid="multiples-pager"]').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
