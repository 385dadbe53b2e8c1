// A bad file's problem in the window's language: in Vietnamese when the UI is Vietnamese, in English
// when the user switches to English (the same problem, said again from its code, not fetched again);
// a refused notes file in the error banner, in Vietnamese.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ImportPage } from './pages/importPage.js';
import { NotesPage } from './pages/notesPage.js';
import { ShellPage } from './pages/shellPage.js';
import { tempDir } from '../helpers/temp.js';

const UNKNOWN_BASIS = path.resolve('tests/fixtures/malformed/unknown-basis.csv');

describeInChromium('import messages in the UI language (needs /usr/bin/chromium)', (browser) => {
  it('says a bad file’s problem, its file and its place in Vietnamese, then in English', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const importer = new ImportPage(page);
    const shell = new ShellPage(page);
    try {
      expect(await shell.documentLang()).toBe('vi');
      await importer.open();
      await importer.setFile(UNKNOWN_BASIS);
      const problem = page.locator('[data-testid="import-error"][data-file="unknown-basis.csv"]');
      await problem.waitFor();
      expect(await problem.getAttribute('data-code')).toBe('csv.basis-unknown');
      expect(await problem.textContent()).toMatch(/^unknown-basis\.csv \(dòng 3, cột basis\): kỳ so sánh không xác định "annual" \(cần một trong: yoy, /);
      await screenshot(page, 'import-problem-vi');

      await shell.switchLanguage('en');
      await expect.poll(() => problem.textContent()).toMatch(/^unknown-basis\.csv \(row 3, column basis\): unknown basis "annual" \(expected yoy, /);
    } finally {
      await app.close();
    }
  });

  it('says a refused notes file in the error banner in Vietnamese, its file and field named', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const notes = new NotesPage(page);
    const shell = new ShellPage(page);
    const file = path.join(tempDir(), 'bad.iipnotes');
    fs.writeFileSync(file, '{"format":"something else"}');
    try {
      await notes.open();
      await page.setInputFiles('[data-testid="notes-import-file"]', file);
      await shell.errorBanner().waitFor();
      expect(await shell.errorBanner().textContent()).toContain(
        'bad.iipnotes (trường format): không phải tệp ghi chú của IIP Explorer (cần "format": "iip-notes")',
      );
    } finally {
      await app.close();
    }
  });
});
