// A file of several MB imported through the window in real Chromium (web host): sent to main in
// chunks with a determinate progress bar, then main's progress (Server-Sent Events) while it reads,
// matches and compares, then the preview's diff (its first figures listed); stored, and its staged copy removed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { tidyCsvOfSize } from '../helpers/tidy-csv.js';
import { ImportPage } from './pages/importPage.js';

const FIGURES = 20_000;

describeInChromium('importing a large file in Chromium (needs /usr/bin/chromium)', (browser) => {
  let file = '';
  beforeAll(async () => {
    file = path.join(tempDir(), 'iip-history.csv');
    fs.writeFileSync(file, tidyCsvOfSize(9 * 2 ** 20, FIGURES));
  });

  it('shows the upload and main’s phases as percentages, then the preview’s diff', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const { page } = app;
    const importer = new ImportPage(page);
    try {
      await importer.open();
      await importer.recordProgress();
      await importer.setFile(file);
      await importer.waitForRows();
      expect(await importer.counts()).toBe('20.000 mới · 0 điều chỉnh · 0 không đổi');
      // the preview lists the first 1,000 new figures and says how many more it does not list
      expect(await page.getByTestId('import-unlisted').textContent()).toContain('19.000 số liệu khác không được liệt kê');
      expect(await importer.progressBar.count()).toBe(0);
      await screenshot(page, 'import-large-preview');

      const seen = await importer.progressSeen();
      const uploading = seen.filter((s) => s.phase === 'uploading' && s.percent !== null);
      // 9 MB in 4 MiB chunks: at least 0, then part way, as chunks are answered.
      expect(uploading.map((s) => Number(s.percent)).some((p) => p > 0 && p < 100)).toBe(true);
      expect(uploading[0]!.text).toBe('Đang gửi tệp: iip-history.csv');
      // Main's progress arrived over the event stream: determinate, with the phase named.
      const fromMain = seen.filter((s) => ['reading', 'matching', 'comparing'].includes(s.phase) && s.percent !== null);
      expect(fromMain.length).toBeGreaterThan(0);
      expect(
        fromMain.some((s) => s.text.startsWith('Đang đọc tệp: iip-history.csv') || s.text.startsWith('Đang khớp tên') || s.text.startsWith('Đang đối chiếu')),
      ).toBe(true);

      await importer.commit(1);
      expect(await importer.result.textContent()).toContain('20.000 số liệu');
    } finally {
      await app.close();
    }
  }, 120_000);
});
