// The compare chart in real Chromium through the web host: the selected series is read with its
// sources (figures:series), the series compared with it as drawn (figures:points); the table shows
// the same values as the store holds, and so does the clipboard's copy. The fixture is a monthly 2015 = 100 index of mining (B,
// without June 2024) and manufacturing (C), 2023-01..2025-10, with invented values.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp } from '../helpers/browser.js';
import { DecksPage } from './pages/decksPage.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';

const SECTIONS_INDEX = path.resolve(import.meta.dirname, '../fixtures/e2e/sections-index-2015.csv');

/** The fixture's values of one section, by month, as written. */
function fixtureValues(item: string): Map<string, string> {
  const rows = fs.readFileSync(SECTIONS_INDEX, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((l) => l.split(',')).flatMap((f) => (f[1] === item ? [[f[3]!, f[6]!] as const] : [])));
}

/** The first import's chart runs the whole store's checks (seconds on a busy machine). */
const SLOW = 90_000;

describeInChromium('explore: compared series drawn from figures:points in Chromium (needs /usr/bin/chromium)', (browser) => {
  it(
    'asks figures:series for the selected series only, figures:points for the one compared, and shows the same values',
    async () => {
      const app = await openApp(browser());
      const { page } = app;
      const explore = new ExplorePage(page);
      try {
        await new ImportPage(page).chooseFile(SECTIONS_INDEX);
        await new ImportPage(page).commit();
        const asked: { channel: string; seriesId: number }[] = [];
        page.on('request', (r) => {
          const channel = /\/api\/(figures:series|figures:points)$/.exec(r.url())?.[1];
          if (channel) asked.push({ channel, seriesId: (JSON.parse(r.postData() ?? '{}') as { seriesId: number }).seriesId });
        });
        await explore.open();
        await explore.search('manufacturing');
        await explore.showSeries(explore.indexSeriesItem('VN', 'C'));
        await explore.chooseView('base/index');
        await explore.addToChart('Mining and quarrying');
        await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-legend*="Mining and quarrying"]');
        const chips = page.locator('[data-testid="compare-chip"]');
        const manufacturing = Number(await chips.nth(0).getAttribute('data-series-id'));
        const mining = Number(await chips.nth(1).getAttribute('data-series-id'));

        expect(asked.some((a) => a.channel === 'figures:points' && a.seriesId === mining)).toBe(true);
        expect(asked.some((a) => a.channel === 'figures:series' && a.seriesId === manufacturing)).toBe(true);
        expect(asked.some((a) => a.channel === 'figures:series' && a.seriesId === mining)).toBe(false);
        expect(asked.some((a) => a.channel === 'figures:points' && a.seriesId === manufacturing)).toBe(false);

        // Every month of both in the table as the fixture states it; June 2024 missing from mining.
        for (const [item, id] of [
          ['C', manufacturing],
          ['B', mining],
        ] as const) {
          const values = fixtureValues(item);
          expect(values.size).toBeGreaterThan(30);
          for (const [period, value] of values) expect(await explore.comparisonCell(period, String(id)).textContent()).toBe(value);
        }
        expect(fixtureValues('B').has('2024-06')).toBe(false);
        expect(await explore.comparisonCell('2024-06', String(mining)).textContent()).toBe('–');

        // A click on a compared point opens it whole (sources included): its series asked for then.
        const canvas = page.locator('[data-testid="chart"] canvas');
        const box = (await canvas.boundingBox())!;
        // Manufacturing's legend entry (the first, left of the middle at the bottom) hides its line.
        await canvas.click({ position: { x: box.width / 2 - 70, y: box.height - 14 } });
        const clicked = asked.length;
        await canvas.click({ position: { x: box.width - 16, y: box.height / 2 } });
        const panel = page.locator('[data-testid="figure-panel"]');
        await expect.poll(() => panel.locator('#figure-panel-title').textContent()).toBe('Mining and quarrying · Oct 2025');
        expect(await panel.locator('[data-testid="figure-panel-sources"]').textContent()).toContain('sections-index-2015.csv');
        expect(asked.slice(clicked)).toEqual([{ channel: 'figures:series', seriesId: mining }]);
        await page.keyboard.press('Escape');

        // The clipboard's copy holds values only: the same, asking nothing more.
        const before = asked.length;
        const pasted = (await new DecksPage(page).copyData()).replace(/\r\n$/, '').split('\r\n');
        expect(asked.slice(before)).toEqual([]);
        expect(pasted[0]).toBe('\tManufacturing\tMining and quarrying');
        expect(pasted).toContain('Aug 2024\t201.0\t78.1');
        expect(pasted).toContain('Jun 2024\t205.5\t');
      } finally {
        await app.close();
      }
    },
    SLOW,
  );
});
