// The app makes no network request: in real Chromium through the web host, every request and web
// socket of the page is watched from before it loads (tests/helpers/network-watch.ts), and any to
// somewhere other than the host's loopback origin fails the test, across the whole tour: explore
// (search, a series, a transformation, a comparison, the ranking), import (a real file, previewed and
// committed), notes (one added, all exported) and export (PNG, SVG, CSV, XLSX and PowerPoint files, a
// deck). Its fonts are the bundled Be Vietnam Pro, Vietnamese letters included. The built renderer
// is read too: no remote stylesheet, and no URL a browser would fetch (the few http(s) strings it
// holds are XML namespaces and messages, each listed below with why it is never fetched).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererDir } from '../../electron/core/paths.js';
import { describeInChromium, openApp, screenshotView } from '../helpers/browser.js';
import { cspViolations, staysLocal, watchNetwork, type NetworkWatch } from '../helpers/network-watch.js';
import { tempDir } from '../helpers/temp.js';
import { DecksPage } from './pages/decksPage.js';
import { DocumentPage } from './pages/documentPage.js';
import { ExplorePage } from './pages/explorePage.js';
import { ImportPage } from './pages/importPage.js';
import { NotesPage } from './pages/notesPage.js';
import { ShellPage } from './pages/shellPage.js';

const IMPORT_REVISION = path.resolve(import.meta.dirname, '../fixtures/e2e/import-revision.csv');

/** What a downloaded file starts with, by kind. */
const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  svg: (b) => /^(<\?xml[^>]*>\s*)?<svg\b/.test(b.toString('utf8', 0, 200)),
  csv: (b) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
  zip: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
};

describeInChromium('offline: the whole tour without a request off this machine (needs /usr/bin/chromium)', (browser) => {
  it('explores, imports, writes and exports notes, exports charts, data and a deck; every request stays on the loopback origin; fonts are bundled', async () => {
    let watch: NetworkWatch | undefined;
    let origin = '';
    const app = await openApp(browser(), 'en-US', {
      beforeLoad: async (context, page, appOrigin) => {
        origin = appOrigin;
        watch = await watchNetwork(context, page, appOrigin);
      },
    });
    const { page } = app;
    const dir = tempDir();
    const explore = new ExplorePage(page);
    const decks = new DecksPage(page);
    const notes = new NotesPage(page);
    try {
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      // Explore: "phu tho" finds Phú Thọ, its series drawn and compared with the whole industry; the
      // whole industry's figure noted, its view switched and transformed; the ranking drawn.
      await explore.search('phu tho');
      await expect.poll(() => explore.catalogItem('Phú Thọ').count()).toBeGreaterThan(0);
      await explore.showSeries(explore.catalogItem('Phú Thọ').first());
      expect(await explore.chartTitle()).toContain('Phú Thọ');
      await explore.searchToAdd('whole industry');
      const wholeIndustry = await page.locator('[data-testid="compare-option"] .compare-picker__name', { hasText: 'Whole industry' }).first().textContent();
      await explore.addToChart(wholeIndustry!, 'whole industry');
      expect(await explore.chartChips()).toHaveLength(2);
      await explore.search('');
      await explore.showWholeIndustry();
      // a note on a figure of the whole industry (exported below)
      await page.locator('[data-testid="figure-row"]').first().focus();
      await page.keyboard.press('Enter');
      await notes.panel.waitFor();
      await notes.addNoteInPanel('Written offline', { author: 'Lan' });
      await notes.closePanel();
      await explore.chooseView('mom/pct');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"][data-axis-title="% change on previous month"]');
      await explore.chooseTransform('ma3', /^3-month moving average/);
      expect(await explore.legend()).toEqual(['3-month moving average']);
      const ranking = await explore.showRanking();
      expect(Number(await ranking.getAttribute('data-bars'))).toBeGreaterThan(0);

      // Import: a tidy CSV previewed and committed.
      const importer = new ImportPage(page);
      await importer.chooseFile(IMPORT_REVISION);
      expect(await importer.figureRows.count()).toBeGreaterThan(0);
      await importer.commit(1);

      // Notes: every note exported (one was added above).
      await notes.open();
      await expect.poll(() => notes.listed.count()).toBe(1);
      const notesFile = JSON.parse(fs.readFileSync(await notes.exportAll(path.join(dir, 'offline.iipnotes')), 'utf8')) as { notes: { text: string }[] };
      expect(notesFile.notes.map((n) => n.text)).toEqual(['Written offline']);

      // Export: the chart as pictures, its data as files, a slide, and a deck.
      await explore.showWholeIndustry();
      for (const [item, kind] of [
        ['png-1', 'png'],
        ['svg', 'svg'],
        ['csv', 'csv'],
        ['xlsx', 'zip'],
        ['pptx', 'zip'],
      ] as const) {
        const saved = await decks.exportFromMenu(item, path.join(dir, `chart-${item}`));
        expect(MAGIC[kind]!(fs.readFileSync(saved)), item).toBe(true);
      }
      await decks.addToDeck();
      await decks.open();
      await expect.poll(() => decks.slides.count()).toBe(1);
      expect(MAGIC.zip!(fs.readFileSync(await decks.exportDeck(path.join(dir, 'deck.pptx'))))).toBe(true);

      // In Vietnamese too: the bundled font draws its letters.
      await new ShellPage(page).switchLanguage('vi');
      await explore.open();
      await explore.waitForChart();
      const fonts = await new DocumentPage(page).fonts('Be Vietnam Pro', 'Phú Thọ, Bắc Ninh, Hải Dương');
      expect(fonts.status).toBe('loaded');
      expect(fonts.drawsVietnamese).toBe(true);
      // the Vietnamese subset (U+1EA0–1EF9: ạ … ỹ) and the Latin one loaded in both weights the app uses, from its own assets
      const weightsCovering = (range: string) => fonts.loaded.filter((f) => f.unicodeRange.includes(range)).map((f) => f.weight);
      expect(weightsCovering('U+1EA0-1EF9').sort()).toEqual(['400', '600']);
      expect(weightsCovering('U+0-FF').sort()).toEqual(['400', '600']);
      await screenshotView(page, 'offline-tour-vi');

      const linked = await new DocumentPage(page).linkedResources();
      expect(linked.filter((url) => !staysLocal(url, origin))).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }

    const seen = watch!;
    expect(seen.outside).toEqual([]);
    expect(seen.failed).toEqual([]);
    expect(seen.webSockets).toEqual([]);
    expect(seen.serviceWorkers).toEqual([]);
    // the watch saw the tour: the app's scripts, its fonts and its calls, all from the loopback origin
    const ofType = (type: string) => seen.requests.filter((r) => r.resourceType === type);
    expect(ofType('script').length).toBeGreaterThan(0);
    expect(ofType('font').length).toBeGreaterThan(0);
    expect(ofType('font').every((r) => r.url.startsWith(`${origin}/assets/be-vietnam-pro-`) && r.url.endsWith('.woff2'))).toBe(true);
    expect(seen.requests.filter((r) => r.url.includes('/api/')).length).toBeGreaterThan(20);
    expect(seen.requests.every((r) => staysLocal(r.url, origin))).toBe(true);
    // the tour takes 13–25 s here alone, about 45 s beside other jobs on the shared 2 cores
  }, 120_000);

  it('would catch a request elsewhere: one the page makes past its policy, and one the policy stops', async () => {
    let watch: NetworkWatch | undefined;
    const app = await openApp(browser(), 'en-US', {
      beforeLoad: async (context, page, appOrigin) => {
        watch = await watchNetwork(context, page, appOrigin);
      },
    });
    try {
      const { page } = app;
      // a navigation is not the policy's to stop: the watch refuses it before any network
      await page
        .context()
        .newPage()
        .then((other) => other.goto('http://192.0.2.1/font.woff2'))
        .catch(() => undefined);
      // a stylesheet from elsewhere is stopped by the policy before a request exists
      await page.evaluate(() => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = 'https://fonts.googleapis.com/css2?family=Roboto';
        document.head.append(link);
      });
      await expect.poll(() => cspViolations(page)).toEqual(['style-src-elem https://fonts.googleapis.com/css2?family=Roboto']);
    } finally {
      await app.close().catch(() => undefined); // the blocked stylesheet is an error in the page, expected here
    }
    expect(watch!.outside).toEqual(['http://192.0.2.1/font.woff2']);
    // Chromium reports the request the policy stopped as failed too
    expect(watch!.failed).toEqual([
      { url: 'http://192.0.2.1/font.woff2', failure: 'net::ERR_BLOCKED_BY_CLIENT' },
      { url: 'https://fonts.googleapis.com/css2?family=Roboto', failure: 'csp' },
    ]);
  });
});

/**
 * The http(s) strings the built renderer holds that a browser never fetches, each with why; any
 * other URL in it fails the test below.
 */
const NEVER_FETCHED: { url: RegExp; why: string }[] = [
  { url: /^http:\/\/www\.w3\.org\/(1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML)$/, why: "XML namespace names (React DOM's createElementNS)" },
  { url: /^https:\/\/react\.dev\/errors\/$/, why: "the start of the link in React's production error messages (text)" },
  { url: /^https?:\/\/json-schema\.org\/draft[-/\w]*\/schema#?$/, why: "zod's JSON Schema output: the $schema identifier, a string" },
  { url: /^http:\/\/\[\$\{e\}\]$/, why: "zod's IPv6 check: an address parsed with new URL, never requested" },
  { url: /^http:\/\/\$\{e\.url\}$/, why: "linkify-it (in markdown-it) normalising a link's text, a string; the Help page turns no text into links" },
];

/** The README is the Help page's text, shown, never fetched (its web links open outside the app, after asking). */
const README = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');

/** The built renderer's text files: the page, its scripts and stylesheets. */
const rendererTexts = (): { file: string; text: string }[] =>
  (fs.readdirSync(rendererDir, { recursive: true }) as string[])
    .filter((f) => /\.(html|js|css)$/.test(f))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(rendererDir, f), 'utf8') }));

describe('offline: the built renderer fetches nothing from elsewhere (needs npm run build)', () => {
  it('holds no URL a browser would fetch, only namespaces and messages', () => {
    const texts = rendererTexts();
    expect(texts.some((t) => t.file.endsWith('index.html'))).toBe(true);
    const found = texts.flatMap(({ file, text }) => [...text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map((m) => ({ file, url: m[0] })));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ url }) => !README.includes(url) && !NEVER_FETCHED.some((allowed) => allowed.url.test(url)))).toEqual([]);
  });

  it('loads its stylesheets and fonts from its own files: no @import, every url() relative or data', () => {
    const sheets = rendererTexts().filter((t) => t.file.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const { file, text } of sheets) {
      expect(text, file).not.toMatch(/@import/);
      for (const [, target] of text.matchAll(/url\(\s*['"]?([^'")]+)/g)) expect(target, file).toMatch(/^(\.\/|data:)/);
    }
    const fonts = sheets.flatMap(({ text }) => [...text.matchAll(/url\(\s*['"]?\.\/(be-vietnam-pro-[\w-]+\.woff2)/g)].map((m) => m[1]!));
    expect(fonts.some((f) => f.startsWith('be-vietnam-pro-vietnamese-'))).toBe(true);
    for (const font of fonts) expect(fs.existsSync(path.join(rendererDir, 'assets', font)), font).toBe(true);
  });

  it('names its icon in the page itself, so the browser asks nowhere for one (the policy is tests/unit/csp.test.ts)', () => {
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    expect([...html.matchAll(/<link rel="icon" href="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,']);
  });
});
