// The Notes tab names each note's series from the catalog's series of the places and items the notes
// name (not the whole catalog: megabytes on a national store), and opens a note's chart.
import { expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { seriesName } from '../../electron/shared/format.js';
import { call } from '../helpers/staging.js';
import { describeInChromium, openApp, reloadApp } from '../helpers/browser.js';
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
      // The catalog was asked for the notes' places and items only.
      expect(asked.map((body) => JSON.parse(body) as unknown)).toContainEqual({ geos: ['VN'], items: ['C', 'TOTAL'] });
      expect(asked).not.toContain('{}');

      const manufacturingNote = notes.listed.filter({ hasText: 'a new plant' });
      await manufacturingNote.locator('[data-testid="note-show-chart"]').click();
      const explore = new ExplorePage(page);
      await expect.poll(() => explore.chartTitle()).toContain(seriesName(manufacturing, 'en'));
    } finally {
      await session.close();
    }
  });
});
