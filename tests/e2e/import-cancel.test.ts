// Cancelling a preview in real Chromium (web host): while main reads a real monthly workbook, Cancel
// has main stop it (import:cancel with the preview's request id; the preview answers "cancelled"),
// the progress bar goes, nothing is previewed or stored; the same file previews whole afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { ImportPage } from './pages/importPage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RELEASE = path.resolve(here, '../../../shared/gso-releases/2021-09-29-03-Bieu-9.2021.xlsx');

describeInChromium('cancelling an import preview in Chromium (needs /usr/bin/chromium)', (browser) => {
  it.skipIf(!fs.existsSync(RELEASE))(
    'Cancel stops main reading a workbook; nothing is previewed or stored',
    async () => {
      const app = await openApp(browser(), 'en-US');
      const { page, store } = app;
      const importer = new ImportPage(page);
      const releases = (): unknown => store.db.prepare('SELECT count(*) AS n FROM releases').get();
      try {
        await importer.open();
        const before = releases();
        const previewAnswer = page.waitForResponse((r) => r.url().endsWith('/api/import:preview'));
        const cancelAnswer = page.waitForResponse((r) => r.url().endsWith('/api/import:cancel'));
        await importer.setFile(RELEASE);
        await page.locator('[data-testid="import-progress"][data-phase="reading"]').waitFor();
        await importer.cancel();
        expect(await (await cancelAnswer).json()).toEqual({ ok: true, value: { cancelled: true } });
        expect(await (await previewAnswer).json()).toEqual({ ok: false, error: { code: 'not-found', message: 'the preview was cancelled' } });
        await expect.poll(() => importer.progressBar.count()).toBe(0);
        expect(await importer.preview.count()).toBe(0);
        expect(releases()).toEqual(before);
        await screenshot(page, 'import-cancelled');

        await importer.setFile(RELEASE);
        await importer.waitForRows();
        expect(await importer.figureRows.count()).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
