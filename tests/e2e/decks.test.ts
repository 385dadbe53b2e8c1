// Export in real Chromium: a two-chart deck built while exploring, a release that revises one of
// its figures, Refresh listing the change, and the deck exported as a PowerPoint file whose chart
// holds the new number; a chart's PNG at 2× has twice its pixels.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot, screenshotView } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { DecksPage } from './pages/decksPage.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';

/** Every value cached in a deck's chart parts, chart by chart. */
async function chartValues(file: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const charts = Object.keys(zip.files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(charts.map(async (name) => [...(await zip.file(name)!.async('string')).matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!)));
}

const pngSize = (file: string): { width: number; height: number } => {
  const bytes = fs.readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describeInChromium('decks in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('builds a two-chart deck, refreshes it after a revising release, lists the change and exports it', async () => {
    const dir = tempDir();
    const app = await openApp(browser());
    const { page } = app;
    try {
      const explore = new ExplorePage(page);
      const decks = new DecksPage(page);
      await explore.showWholeIndustry();
      const canvas = page.locator('[data-testid="chart"] canvas');
      const shown = (await canvas.boundingBox())!;
      const png = pngSize(await decks.exportFromMenu('png-2', path.join(dir, 'chart.png')));
      expect(png).toEqual({ width: Math.round(shown.width) * 2, height: Math.round(shown.height) * 2 });
      await decks.openMenu();
      await screenshotView(page, 'export-menu');
      const svg = fs.readFileSync(await decks.exportFromMenu('svg', path.join(dir, 'chart.svg')), 'utf8');
      expect(svg).toMatch(/<text[^>]*>Whole<\/text>/);
      expect(
        fs
          .readFileSync(await decks.exportFromMenu('pdf', path.join(dir, 'chart.pdf')))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const pasted = await decks.copyData();
      expect(pasted.split('\r\n')[0]).toBe('\tMonth\tYear to date\tQuarter\tYear');
      expect(pasted).toMatch(/\r\nJan–Nov 2025\t\t9\.3\t\t\r\n/);
      await decks.addToDeck();
      await explore.showRanking();
      await decks.addToDeck();

      await decks.open();
      expect(await decks.slides.count()).toBe(2);
      expect(await decks.refresh()).toEqual([]);

      const csv = path.join(dir, 'revision.csv');
      fs.writeFileSync(csv, 'item,period,basis,value,status\nTOTAL,2025-01..2025-11,yoy,9.6,official\nC,2025-01..2025-11,yoy,10.9,official\n');
      const importer = new ImportPage(page);
      await importer.chooseFile(csv);
      await importer.commit();

      await decks.open();
      const changes = await decks.refresh();
      expect(changes.some((c) => /^Slide 1, .*: 9\.3 → 9\.6$/.test(c))).toBe(true);
      expect(changes.some((c) => /^Slide 2, .*Manufacturing: 10\.6 → 10\.9$/.test(c))).toBe(true);
      await screenshot(page, 'deck-refreshed');

      const deck = await decks.exportDeck(path.join(dir, 'deck.pptx'));
      const values = await chartValues(deck);
      expect(values).toHaveLength(2);
      expect(values[0]).toContain('9.6');
      expect(values[1]).toContain('10.9');
    } finally {
      await app.close();
    }
  });
});
