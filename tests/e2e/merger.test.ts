// Places across the 1 July 2025 merger in real Chromium through the web host. The fixture holds
// invented monthly year-on-year changes of Cần Thơ, Hậu Giang and Sóc Trăng (the provinces, to June
// 2025) and of the new locality Cần Thơ (from July 2025). Explore names where the locality comes
// from, follows it across the change as four separate lines with the break marked, and never shows
// a figure made by adding or averaging the provinces.
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshotOf } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { MergerPage } from './pages/mergerPage.js';
import { ShellPage } from './pages/shellPage.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/e2e/merger-can-tho.csv');
/** June 2025 in the fixture: Cần Thơ, Hậu Giang, Sóc Trăng. Their mean would be 8.5 and their sum 25.6. */
const JUNE = ['+8.4%', '+5.2%', '+12.0%'];

describeInChromium('explore: a place across the 1 July 2025 merger in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('names the provinces a locality was formed from and follows it across the change without combining them', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const explore = new ExplorePage(page);
    const merger = new MergerPage(page);
    try {
      const importer = new ImportPage(page);
      await importer.chooseFile(FIXTURE);
      await importer.commit();

      await explore.open();
      await explore.search('can tho');
      await explore.showSeries(explore.seriesItem('L92', 'TOTAL'));
      expect(await merger.sentence('L92')).toBe('Formed on 1 July 2025 from Cần Thơ, Hậu Giang and Sóc Trăng.');
      // Each former province has a series in the store, so each name opens it.
      for (const geo of ['P92', 'P93', 'P94']) expect(await merger.place(geo).evaluate((e) => e.tagName)).toBe('BUTTON');
      expect(await merger.note.count()).toBe(0);

      await merger.follow(true);
      expect(await explore.legend()).toEqual(['Cần Thơ (to Jun 2025)', 'Hậu Giang (to Jun 2025)', 'Sóc Trăng (to Jun 2025)', 'Cần Thơ (from Jul 2025)']);
      expect(await explore.chart().getAttribute('data-marked-break')).toBe('2025-07');
      expect(await merger.note.textContent()).toContain('They are not added or averaged: an index of the merged locality cannot be computed');

      const { headings, rows } = await merger.table();
      expect(headings).toEqual(['Period', 'Cần Thơ (to Jun 2025)', 'Hậu Giang (to Jun 2025)', 'Sóc Trăng (to Jun 2025)', 'Cần Thơ (from Jul 2025)']);
      expect(Object.keys(rows)).toEqual(['2025-10', '2025-09', '2025-08', '2025-07', '2025-06', '2025-05', '2025-04', '2025-03', '2025-02', '2025-01']);
      // Before the change only the provinces' own figures, after it only the locality's: no cell holds a combination.
      expect(rows['2025-06']).toEqual([...JUNE, '–']);
      expect(rows['2025-07']).toEqual(['–', '–', '–', '+9.7%']);
      const cells = Object.values(rows).flat();
      expect(cells).not.toContain('+8.5%');
      expect(cells).not.toContain('+25.6%');
      await screenshotOf(page.locator('section.panel'), 'explore-merger-follow-en');

      // A former province: merged into Cần Thơ with the other two; following keeps the same four lines, its own first.
      await merger.place('P93').click();
      expect(await merger.sentence('P93')).toBe('Merged into Cần Thơ on 1 July 2025 with Cần Thơ and Sóc Trăng.');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-legend^="Hậu Giang (to Jun 2025)"]');
      expect(await explore.legend()).toEqual(['Hậu Giang (to Jun 2025)', 'Cần Thơ (to Jun 2025)', 'Sóc Trăng (to Jun 2025)', 'Cần Thơ (from Jul 2025)']);

      await new ShellPage(page).switchLanguage('vi');
      expect(await merger.sentence('P93')).toBe('Sáp nhập vào Cần Thơ ngày 1/7/2025 cùng Cần Thơ và Sóc Trăng.');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-legend^="Hậu Giang (đến T6/2025)"]');
      expect(await merger.note.textContent()).toContain('Các số liệu không được cộng hay lấy trung bình');

      await merger.follow(false);
      expect(await explore.legend()).toEqual(['Tháng']);
      expect(await merger.note.count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
