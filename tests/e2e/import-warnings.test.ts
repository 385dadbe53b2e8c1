// A preview's warnings in the window's language: in Vietnamese when the UI is Vietnamese, in English
// after the user switches (said again from their codes, not fetched again).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';
import { tempDir } from '../helpers/temp.js';

describeInChromium('import warnings in the UI language (needs /usr/bin/chromium)', (browser) => {
  it('lists a tidy CSV’s warnings in Vietnamese, then in English', async () => {
    const file = path.join(tempDir(), 'figures.csv');
    fs.writeFileSync(file, ['geo,item,measure,period,basis,unit,value,comment', ',TOTAL,iip,2025-11,yoy,pct,10.8,ước tính', ''].join('\n'));
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const importer = new ImportPage(page);
    const shell = new ShellPage(page);
    try {
      await importer.chooseFile(file);
      const items = page.locator('[data-testid="import-warnings"] li');
      expect(await items.allTextContents()).toEqual(['cột 8 "comment" không phải là cột của CSV dạng gọn và đã bị bỏ qua']);
      await screenshot(page, 'import-warnings-vi');

      await shell.switchLanguage('en');
      await expect.poll(() => items.allTextContents()).toEqual(['column 8 "comment" is not a tidy CSV column and was ignored']);
    } finally {
      await app.close();
    }
  });
});
