// Notes in real Chromium through the web host: a note added by clicking a bar shows as a marker,
// is edited, exported, and imported into a fresh store where the same marker appears; a range
// band on a series; a colleague's conflicting file resolved. Note text is never read as HTML.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { POSITIVE } from '../../electron/shared/charts/palette.js';
import { call } from '../helpers/staging.js';
import { describeInChromium, openApp, screenshot, screenshotOf } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { ExplorePage } from './pages/explorePage.js';
import { NotesPage } from './pages/notesPage.js';
import { ShellPage } from './pages/shellPage.js';

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const HOSTILE = '<img src=x onerror=alert(1)> motor vehicles +34%: <script>alert(2)</script>';

/** Fails the test if the page ever opens a dialog (a note's text run as script would). */
function refuseDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
}

describeInChromium('notes in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('adds a note by clicking a bar, sees its marker, edits it, exports it, and sees the same marker in a fresh store', async () => {
    const dir = tempDir();
    const dialogs: string[] = [];
    const first = await openApp(browser());
    let file: string;
    let barName: string;
    try {
      const { page } = first;
      refuseDialogs(page, dialogs);
      const explore = new ExplorePage(page);
      const notes = new NotesPage(page);
      const chart = await explore.showRanking();
      expect(await chart.getAttribute('data-note-markers')).toBe('0');
      await notes.clickDrawn(chart, rgb(POSITIVE));
      barName = (await notes.panel.locator('h2').textContent())!.split(' · ')[0]!;
      expect(await notes.panel.locator('[data-testid="figure-panel-sources"] li').count()).toBeGreaterThan(0);
      await notes.addNoteInPanel(HOSTILE, { author: 'Nguyễn Thị Lan' });
      await expect.poll(() => notes.panel.locator('[data-testid="note-text"]').first().textContent()).toBe(HOSTILE);
      await notes.closePanel();

      await page.locator('[data-testid="ranking-chart"][data-note-markers="1"][data-rendered="true"]').waitFor();
      expect(await notes.footnotes.count()).toBe(1);
      expect(await notes.footnotes.first().getAttribute('data-n')).toBe('1');
      expect(await notes.footnotes.first().locator('[data-testid="note-text"]').textContent()).toBe(HOSTILE);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await screenshot(page, 'notes-ranking-marker');

      await notes.editFootnote(0, `${HOSTILE}\nsecond line`);
      await expect.poll(() => notes.footnotes.first().locator('[data-testid="note-text"]').textContent()).toBe(`${HOSTILE}\nsecond line`);

      await explore.showWholeIndustry();
      await page.click('[data-testid="series-add-note"]');
      await page.click('[data-testid="note-scope-range"]');
      const periods = await page.locator('[data-testid="note-from"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      const [from, to] = [periods.findLast((p) => /^\d{4}-01$/.test(p))!, periods.findLast((p) => /^\d{4}-02$/.test(p))!];
      await page.selectOption('[data-testid="note-from"]', from);
      await page.selectOption('[data-testid="note-to"]', to);
      await page.check('[data-testid="note-every-chart"]');
      await notes.write('Tết fell in late January', { tags: 'lịch' });
      const banded = page.locator('[data-testid="chart"][data-note-bands="1"][data-rendered="true"]');
      await banded.waitFor();
      await screenshotOf(banded, 'notes-series-band');

      // The keyboard way: a table row, Enter, and the panel has the focus.
      await page.locator('[data-testid="figure-row"]').first().focus();
      await page.keyboard.press('Enter');
      await notes.panel.waitFor();
      expect(await notes.panel.evaluate((el) => el === document.activeElement)).toBe(true);
      await screenshotOf(notes.panel, 'figure-panel');
      await page.keyboard.press('Escape');
      await notes.panel.waitFor({ state: 'detached' });

      await notes.open();
      expect(await notes.listed.count()).toBe(2);
      await page.fill('[data-testid="notes-search"]', 'tet');
      await expect.poll(() => notes.listed.count()).toBe(1);
      await page.fill('[data-testid="notes-search"]', '');
      file = await notes.exportAll(path.join(dir, 'lan.iipnotes'));
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
        format: 'iip-notes',
        notes: [{ text: `${HOSTILE}\nsecond line` }, { text: 'Tết fell in late January' }],
      });
      await screenshot(page, 'notes-panel');
      await new ShellPage(page).switchLanguage('vi');
      await screenshot(page, 'notes-panel-vi');
    } catch (e) {
      await screenshot(first.page, 'notes-debug');
      throw e;
    } finally {
      await first.close();
    }

    const second = await openApp(browser());
    try {
      const { page } = second;
      refuseDialogs(page, dialogs);
      const notes = new NotesPage(page);
      await notes.open();
      expect(await notes.previewImport(file)).toMatchObject({ new: expect.stringMatching(/^2 /) });
      expect(await notes.applyImport()).toMatchObject({ new: expect.stringMatching(/^2 /) });
      await expect.poll(() => notes.listed.count()).toBe(2);
      const chart = await new ExplorePage(page).showRanking();
      await page.locator('[data-testid="ranking-chart"][data-note-markers="1"][data-rendered="true"]').waitFor();
      expect(await chart.getAttribute('data-note-markers')).toBe('1');
      expect(await notes.footnotes.first().locator('[data-testid="note-text"]').textContent()).toBe(`${HOSTILE}\nsecond line`);
      await notes.clickDrawn(chart, rgb(POSITIVE));
      expect(await notes.panel.locator('h2').textContent()).toContain(barName);
      expect(await notes.panel.locator('[data-testid="figure-panel-notes"] [data-testid="note-text"]').textContent()).toBe(`${HOSTILE}\nsecond line`);
    } finally {
      await second.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('imports a colleague’s conflicting file and resolves the conflict by keeping theirs', async () => {
    const dir = tempDir();
    const app = await openApp(browser());
    const colleague = await openApp(browser());
    const mine = createCore({ db: app.store.db, storePath: app.store.path });
    const theirs = createCore({ db: colleague.store.db, storePath: colleague.store.path });
    try {
      const anchor = { scope: 'series', geo: 'VN', item: 'TOTAL', basis: 'yoy' } as const;
      const note = await call(mine.handlers, 'notes:add', { anchor, text: 'v1', author: 'Lan' });
      await call(theirs.handlers, 'notes:import', { fileName: 'lan.iipnotes', content: (await call(mine.handlers, 'notes:export', {})).content });
      await call(mine.handlers, 'notes:update', { id: note.id, text: 'Lan’s v2' });
      await call(theirs.handlers, 'notes:update', { id: note.id, text: 'Minh’s v2' });
      const file = path.join(dir, 'minh.iipnotes');
      fs.writeFileSync(file, (await call(theirs.handlers, 'notes:export', {})).content);

      const { page } = app;
      const notes = new NotesPage(page);
      await notes.open();
      expect(await notes.previewImport(file)).toMatchObject({ conflict: expect.stringMatching(/^1 /) });
      await notes.applyImport();
      const conflict = page.locator('[data-testid="notes-conflict"]');
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('Minh’s v2');
      await screenshot(page, 'notes-conflict');
      await conflict.locator('[data-testid="conflict-keep-theirs"]').click();
      await conflict.waitFor({ state: 'detached' });
      await expect.poll(() => notes.listed.locator('[data-testid="note-text"]').allTextContents()).toEqual(['Minh’s v2']);
    } finally {
      mine.close();
      theirs.close();
      await colleague.close();
      await app.close();
    }
  });
});
