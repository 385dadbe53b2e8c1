// The desktop shell's parts that work in the web host too, in real Chromium: the Help page (the
// README bundled into the app, no network) and About (version, store, counts) in both languages,
// files dropped together onto the window opening one import preview, and a colleague's .iipnotes
// file dropped onto it opening the notes import preview.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { countFigures } from '../../electron/core/figures/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { countReleases } from '../../electron/core/releases/repository.js';
import { describeInChromium, openApp, screenshotView } from '../helpers/browser.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';
import { ExplorePage } from './pages/explorePage.js';
import { HelpPage } from './pages/helpPage.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';

const VERSION = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
/** A count with its thousands marked: 1,234 in English, 1.234 in Vietnamese. */
const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const CSV = (value: number) => `geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2031-0${value},yoy,pct,${value}.5,estimate\n`;

describeInChromium('the shell in Chromium (needs /usr/bin/chromium)', (browser) => {
  it('shows the README as the Help page and About with the version, the store and its counts, in English and Vietnamese', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const help = new HelpPage(page);
    const shell = new ShellPage(page);
    try {
      await new ExplorePage(page).waitForView();
      await help.open();
      expect(await help.title(help.help)).toBe('IIP Explorer help');
      const contents = await help.contents();
      expect(contents.slice(0, 2)).toEqual(['Set up', 'Test']);
      expect(contents).toContain('Importing releases');
      // the README's own words, as text: a heading and a code block
      expect(await help.help.locator('h3#importing-releases').textContent()).toBe('Importing releases');
      expect(await help.help.locator('pre code').first().textContent()).toContain('npm start');
      await help.help.locator('.help-contents a', { hasText: 'Importing releases' }).click();
      await expect.poll(() => help.help.locator('h3#importing-releases').evaluate((h) => h.getBoundingClientRect().top < 200)).toBe(true);
      await screenshotView(page, 'help-en');

      await help.openAbout();
      expect(await help.title(help.about)).toBe('About IIP Explorer');
      await screenshotView(page, 'about-en');
      expect(await help.fact('version')).toBe(VERSION);
      expect(await help.fact('store')).toBe(app.store.path);
      expect(await help.fact('figures')).toBe(grouped(countFigures(app.store.db), ','));
      expect(await help.fact('releases')).toBe(String(countReleases(app.store.db)));
      await page.keyboard.press('Escape');
      await help.about.waitFor({ state: 'detached' });

      await shell.switchLanguage('vi');
      expect(await page.textContent('[data-testid="open-help"]')).toBe('Trợ giúp');
      await help.open();
      expect(await help.title(help.help)).toBe('Hướng dẫn sử dụng');
      expect(await help.help.textContent()).toContain('Hướng dẫn hiện chỉ có bằng tiếng Anh.');
      await help.openAbout();
      expect(await help.title(help.about)).toBe('Giới thiệu IIP Explorer');
      expect(await help.fact('figures')).toBe(grouped(countFigures(app.store.db), '.'));
      await help.about.locator('[data-testid="about-close"]').click();
      await help.about.waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });

  it('opens one import preview for files dropped onto the window together', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const shell = new ShellPage(page);
    const importer = new ImportPage(page);
    try {
      await new ExplorePage(page).waitForView();
      await shell.dropFiles([
        { name: 'march.csv', text: CSV(3), type: 'text/csv' },
        { name: 'april.csv', text: CSV(4), type: 'text/csv' },
      ]);
      await importer.waitForView();
      await importer.preview.waitFor();
      await expect
        .poll(() => page.locator('[data-testid="import-file-preview"]').evaluateAll((files) => files.map((f) => f.getAttribute('data-file'))))
        .toEqual(['march.csv', 'april.csv']);
      await expect.poll(() => importer.isReady()).toBe('true');
      expect(await shell.dropOverlayCount()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('opens the notes import preview for a colleague’s .iipnotes file dropped onto the window', async () => {
    const colleague = openStore(tempStorePath());
    const theirs = createCore({ db: colleague.db, storePath: colleague.path });
    const app = await openApp(browser());
    const { page } = app;
    try {
      await call(theirs.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL', basis: 'yoy' }, text: 'Minh’s note', author: 'Minh' });
      const { content } = await call(theirs.handlers, 'notes:export', {});
      await new ExplorePage(page).waitForView();
      await new ShellPage(page).dropFiles([{ name: 'minh.iipnotes', text: content, type: 'application/json' }]);
      const preview = page.locator('[data-testid="notes-import-preview"]');
      await preview.waitFor();
      expect(await page.getAttribute('[data-testid="tab-notes"]', 'aria-selected')).toBe('true');
      expect(await preview.locator('h3').textContent()).toBe('Preview: minh.iipnotes');
      expect(await preview.locator('[data-outcome="new"]').textContent()).toMatch(/^1 /);
    } finally {
      await app.close();
      theirs.close();
      colleague.db.close();
    }
  });
});
