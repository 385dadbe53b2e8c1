// Preferences in real Chromium through the web host: the author and the language edited on the
// screen, saved in the store and used (a note signed with the name without asking it, the window in
// Vietnamese after a reload even when localStorage says English), numbers in the preferred format,
// the export menu offering the preferred format and size first, a bad value refused on the screen
// naming the preference; and the header's language switch saved in the store.
import { expect, it } from 'vitest';
import { getPreferences } from '../../electron/core/preferences/repository.js';
import { describeInChromium, openApp, reloadApp, screenshotOf } from '../helpers/browser.js';
import { ExplorePage } from './pages/explorePage.js';
import { NotesPage } from './pages/notesPage.js';
import { PreferencesPage } from './pages/preferencesPage.js';
import { ShellPage } from './pages/shellPage.js';

describeInChromium('preferences in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('edits the author, the language, the number format and the export defaults on the screen, and the window uses them, after a reload too', async () => {
    const session = await openApp(browser(), 'en-US');
    try {
      const { page, store } = session;
      const shell = new ShellPage(page);
      const preferences = new PreferencesPage(page);
      const explore = new ExplorePage(page);
      const notes = new NotesPage(page);
      expect(await shell.documentLang()).toBe('en');
      // English counts: 1,234
      expect(await shell.storeInfo()).toMatch(/^Store: \d{1,3}(,\d{3})+ figures/);

      await preferences.open();
      expect(await preferences.value('author')).toBe('');
      expect(await preferences.value('language')).toBe('auto');
      await preferences.fillAuthor('Nguyễn Thị Lan');
      await preferences.choose('language', 'vi');
      await preferences.choose('number-format', 'en');
      await preferences.choose('export-format', 'png');
      await preferences.choose('export-scale', '3');
      await preferences.save();
      await page.waitForSelector('html[lang="vi"]');
      await screenshotOf(preferences.screen, 'preferences-screen');
      expect(getPreferences(store.db)).toMatchObject({
        authorName: 'Nguyễn Thị Lan',
        language: 'vi',
        numberFormat: 'en',
        exportFormat: 'png',
        exportSize: { aspect: '16:9', scale: 3 },
      });

      // a number of backups that is none: refused, naming it, nothing changed
      await preferences.fillBackupsKept('mười');
      expect(await preferences.saveRefused()).toMatch(/^Chưa lưu được: preferences:set: backupsKept: expected a whole number of backups/);
      expect(getPreferences(store.db).backupsKept).toBe(10);
      await preferences.close();

      // Vietnamese words, English separators
      expect(await page.textContent('[data-testid="tab-explore"]')).toBe('Khám phá');
      await expect.poll(() => shell.storeInfo()).toMatch(/^Kho dữ liệu: \d{1,3}(,\d{3})+ số liệu/);

      // the export menu offers the preferred format and size, first
      await explore.showWholeIndustry();
      expect(await page.textContent('[data-testid="export-preferred"]')).toBe('Xuất: Ảnh PNG 3×');
      expect(await page.locator('[data-testid="export-menu"] .export-menu__items button').first().getAttribute('data-testid')).toBe('export-png-3');

      // a note written without being asked who writes it, signed with the preference
      await page.click('[data-testid="series-add-note"]');
      expect(await page.locator('[data-testid="note-author"]').count()).toBe(0);
      await notes.write('Tết rơi vào cuối tháng Một');
      await notes.open();
      await expect.poll(() => notes.listed.first().textContent()).toContain('Nguyễn Thị Lan ·');

      // after a reload the store wins over what localStorage remembers for the first paint
      await page.evaluate(() => window.localStorage.setItem('iip.lang', 'en'));
      await reloadApp(page);
      await page.waitForSelector('html[lang="vi"]');
      expect(await page.textContent('[data-testid="tab-explore"]')).toBe('Khám phá');
      expect(await page.evaluate(() => window.localStorage.getItem('iip.lang'))).toBe('vi');
      await preferences.open();
      expect(await preferences.value('author')).toBe('Nguyễn Thị Lan');
      expect(await preferences.value('number-format')).toBe('en');
      await preferences.close();
    } finally {
      await session.close();
    }
  });

  it('saves the header’s language switch in the store', async () => {
    const session = await openApp(browser(), 'vi-VN');
    try {
      const shell = new ShellPage(session.page);
      expect(getPreferences(session.store.db).language).toBe('auto');
      await shell.switchLanguage('en');
      await expect.poll(() => getPreferences(session.store.db).language).toBe('en');
      await reloadApp(session.page);
      expect(await shell.documentLang()).toBe('en');
    } finally {
      await session.close();
    }
  });
});
