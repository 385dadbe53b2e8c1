// Mapping a spreadsheet's layout in Chromium: a table no reader knows shows the layout mapper; the
// mapping previews its figures, commits and is saved as a template; next month's file (sheet renamed,
// header a row lower) is then read by that template with no mapping.
import { beforeAll, expect, it } from 'vitest';
import { listTemplates } from '../../electron/core/import/repository.js';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ImportPage } from './pages/importPage.js';
import { tempDir } from '../helpers/temp.js';
import { writeDecember, writeNovember } from '../fixtures/xlsx/make-layout-fixtures.js';

describeInChromium('layout templates in Chromium (needs /usr/bin/chromium)', (browser) => {
  const files = { november: '', december: '' };
  beforeAll(async () => {
    const dir = tempDir();
    files.november = await writeNovember(dir);
    files.december = await writeDecember(dir);
  });

  it('maps a layout, previews with it, saves it as a template, and reads next month by itself', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const importer = new ImportPage(page);
    try {
      await importer.open();
      await importer.setFile(files.november);
      await importer.layoutMapper.waitFor();
      expect(await importer.errors()).toMatch(/no saved layout templates/);
      // the guesses: the table sheet, its header row and names column, the period and basis of each column
      expect(await importer.layoutValue('sheet')).toBe('Biểu 05');
      expect(await importer.layoutValue('header-row')).toBe('4');
      expect(await importer.layoutValue('label-column')).toBe('1');
      expect(await importer.layoutValue('column-D')).toBe('cumulative');
      expect(await importer.layoutValue('basis-B')).toBe('mom');
      // the user's own choices
      await importer.chooseLayout('column-B', 'month');
      await importer.chooseLayout('basis-B', 'mom');
      await importer.chooseLayout('column-C', 'month');
      await importer.chooseLayout('basis-C', 'yoy');
      await importer.saveLayoutAs('IIP theo địa phương');
      await importer.previewWithLayout();
      expect(await importer.figureRows.count()).toBe(24);
      expect(await importer.rowAt({ geo: 'L25', period: '2025-11' }).count()).toBe(2);
      await screenshot(page, 'import-template-mapped');

      await importer.commit();
      expect(await importer.result.getAttribute('data-stored')).toBe('1');
      expect(listTemplates(app.store.db).map((t) => t.name)).toEqual(['IIP theo địa phương']);

      await importer.setFile(files.december);
      await importer.waitForRows();
      expect(await importer.layoutMapper.count()).toBe(0);
      expect(await importer.rowAt({ geo: 'L25', period: '2025-12' }).count()).toBe(2);
      expect(await importer.figureRows.count()).toBe(27);

      // the saved layout is listed under Import → Remembered, and deleting it means asking again
      await importer.openRemembered();
      const saved = importer.rememberedTemplate('IIP theo địa phương');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('Biểu 05');
      await importer.forget(saved);
      await expect.poll(() => saved.count()).toBe(0);
      await importer.setFile(files.december);
      await importer.layoutMapper.waitFor();
    } finally {
      await app.close();
    }
  }, 60_000);
});
