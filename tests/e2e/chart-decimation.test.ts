// A long line in real Chromium: the app's own series chart (the chart page of the bench, bundled
// from the app's chart modules) thinned by Chart.js's LTTB to about a point a pixel, its gap kept
// as a break between two datasets under one legend entry, and the point behind a check mark still
// reached by the pointer, its tooltip naming its month.
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildChartPage, serveDir } from '../../scripts/bench/chart-page/build.js';
import { describeInChromium } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';

interface LongLineView {
  drawn: number[];
  legend: string[];
  marked: { x: number; y: number };
}
type ChartPage = { iipChartBench: { ready: Promise<void>; longLine(): Promise<LongLineView>; tooltipTitle(): string[] } };

describeInChromium('long lines in Chromium (needs /usr/bin/chromium)', (browser) => {
  let server: Server;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    const dir = path.join(tempDir(), 'chart-page');
    await buildChartPage({ outDir: dir });
    expect(fs.existsSync(path.join(dir, 'index.html'))).toBe(true);
    ({ server, url } = await serveDir(dir));
    page = await browser().newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${url}index.html`);
    await page.waitForFunction(() => (globalThis as unknown as Partial<ChartPage>).iipChartBench !== undefined);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    server?.close();
  });

  it('thins each unbroken run to about a point a pixel, keeps the gap and the marked point, and one legend entry', async () => {
    const view = await page.evaluate(() => (globalThis as unknown as ChartPage).iipChartBench.longLine());
    // Months 0–2,399 and 2,410–4,999: two runs past the threshold, then the kept point.
    expect(view.drawn).toHaveLength(3);
    const [before, after, kept] = view.drawn as [number, number, number];
    for (const run of [before, after]) {
      expect(run).toBeGreaterThan(500); // about the chart's width in pixels (1,000 wide)
      expect(run).toBeLessThanOrEqual(1000);
    }
    expect(kept).toBe(1);
    expect(view.legend).toEqual(['Month']);

    await page.mouse.move(view.marked.x, view.marked.y);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as ChartPage).iipChartBench.tooltipTitle())).toEqual(['Jan 1250']);
  });
});
