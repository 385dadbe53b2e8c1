// The Notes tab names each note's series from the catalog's entries of the notes shown, asked by id
// (not the whole catalog: megabytes on a national store), and opens a note's chart; with more notes
// than a page, it asks the store a page at a time, filters there (diacritics ignored) and pages.
import { expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { saveNote } from '../../electron/core/notes/repository.js';
import { withRevision } from '../../electron/core/notes/revision.js';
import type { NoteAnchor } from '../../electron/shared/contract/notes.js';
import { seriesName } from '../../electron/shared/format.js';
import { call } from '../helpers/staging.js';
import { describeInChromium, openApp, reloadApp, screenshotView } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { NotesPage } from './pages/notesPage.js';

describeInChromium('the Notes tab in Chromium (needs /usr/bin/chromium)', (browser) => {
  it("names each note's series and opens its chart", async () => {
    const session = await openApp(browser());
    try {
      const { page, store } = session;
      const core = createCore({ db: store.db, storePath: store.path });
      let asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/catalog:list')) asked.push(r.postData() ?? '');
      });
      // Two notes: manufacturing's series, and a figure of the whole industry's; their names as the catalog gives them.
      const catalog = (await call(core.handlers, 'catalog:list', {})).groups.flatMap((g) => g.series);
      const manufacturing = catalog.find((s) => s.geo.code === 'VN' && s.item.code === 'C' && s.measure === 'iip')!;
      const whole = catalog.find((s) => s.geo.code === 'VN' && s.item.code === 'TOTAL' && s.measure === 'iip')!;
      await call(core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'C', measure: 'iip' }, text: 'a new plant', author: 'Lan' });
      await call(core.handlers, 'notes:add', {
        anchor: { scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2024-12' },
        text: 'Tết',
        author: 'Lan',
      });
      core.close();
      await reloadApp(page);

      const notes = new NotesPage(page);
      asked = [];
      await notes.open();
      const labels = () => notes.listed.locator('.note__anchor').allTextContents();
      await expect.poll(async () => (await labels()).join(' | ')).toContain(seriesName(manufacturing, 'en'));
      expect((await labels()).join(' | ')).toContain(`${seriesName(whole, 'en')} · `);
      // The catalog was asked for the notes' series only.
      expect(asked.map((body) => JSON.parse(body) as unknown)).toContainEqual({ ids: [whole.id, manufacturing.id].sort((a, b) => a - b) });
      expect(asked).not.toContain('{}');

      const manufacturingNote = notes.listed.filter({ hasText: 'a new plant' });
      await manufacturingNote.locator('[data-testid="note-show-chart"]').click();
      const explore = new ExplorePage(page);
      await expect.poll(() => explore.chartTitle()).toContain(seriesName(manufacturing, 'en'));
    } finally {
      await session.close();
    }
  });

  it('lists a page of notes at a time, filters them in the store (diacritics ignored) and opens one', async () => {
    const session = await openApp(browser());
    try {
      const { page, store } = session;
      const core = createCore({ db: store.db, storePath: store.path });
      const catalog = (await call(core.handlers, 'catalog:list', {})).groups.flatMap((g) => g.series);
      const manufacturing = catalog.find((s) => s.geo.code === 'VN' && s.item.code === 'C' && s.measure === 'iip')!;
      core.close();
      // 61 notes a minute apart: 60 on the whole industry, then one on manufacturing about Phú Thọ.
      const whole: NoteAnchor = { scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null };
      const onManufacturing: NoteAnchor = { scope: 'series', geo: 'VN', item: 'C', measure: 'iip', basis: null };
      for (let i = 0; i < 61; i++) {
        const at = new Date(Date.UTC(2030, 6, 1, 9, i)).toISOString();
        const [anchor, text] = i < 60 ? [whole, `note ${i + 1}`] : [onManufacturing, 'Nhà máy mới ở Phú Thọ'];
        saveNote(
          store.db,
          withRevision(
            {
              id: `n${i + 1}`,
              anchor,
              text,
              author: 'Lan',
              tags: [],
              status: 'draft',
              showOnCharts: true,
              valueWhenWritten: null,
              createdAt: at,
              updatedAt: at,
              deletedAt: null,
            },
            [],
          ),
        );
      }
      const listAsked: { limit?: number; offset?: number; search?: string; onSeries?: unknown }[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/notes:list')) listAsked.push(JSON.parse(r.postData() ?? '{}') as { limit?: number });
      });
      await reloadApp(page);
      const notes = new NotesPage(page);
      await notes.open();
      const range = page.locator('[data-testid="notes-pager-range"]');
      await expect.poll(() => range.textContent()).toBe('1–50 of 61');
      await expect.poll(() => notes.listed.count()).toBe(50);
      expect(await notes.listed.first().textContent()).toContain('note 1');
      await screenshotView(page, 'notes-paged');

      await page.click('[data-testid="notes-pager-next"]');
      await expect.poll(() => range.textContent()).toBe('51–61 of 61');
      // The pager moves on the click; the list follows when its page arrives (aria-busy till then).
      await expect.poll(() => notes.listed.count()).toBe(11);
      expect(await page.locator('[data-testid="notes-pager-next"]').isDisabled()).toBe(true);
      // Every ask was for a page or a chart's series (the chart behind the tabs), never for every note.
      expect(listAsked.filter((input) => input.limit === 50).length).toBeGreaterThan(1);
      expect(listAsked.filter((input) => input.limit !== 50 && input.onSeries === undefined)).toEqual([]);

      // The search goes to the store, diacritics ignored; the page starts again, and fits on one.
      await page.fill('[data-testid="notes-search"]', 'phu tho');
      await expect.poll(() => notes.listed.count()).toBe(1);
      expect(await page.locator('[data-testid="notes-pager"]').count()).toBe(0);
      expect(listAsked.filter((input) => input.limit === 50).at(-1)).toEqual({ search: 'phu tho', offset: 0, limit: 50 });
      // The series filter offers the notes' two series by name.
      const options = await page.locator('[data-testid="notes-filter-series"] option').allTextContents();
      expect(options).toHaveLength(3);
      expect(options).toContain(seriesName(manufacturing, 'en'));

      await notes.listed.first().locator('[data-testid="note-show-chart"]').click();
      await expect.poll(() => new ExplorePage(page).chartTitle()).toContain(seriesName(manufacturing, 'en'));
    } finally {
      await session.close();
    }
  });
});
