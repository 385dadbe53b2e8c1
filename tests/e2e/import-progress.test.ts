// A file of several MB imported through the window in real Chromium (web host): sent to main in
// chunks with a determinate progress bar, then main's progress (Server-Sent Events) while it reads,
// matches and compares, then the preview's diff; stored, and its staged copy removed.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, openApp, screenshot } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { tidyCsvOfSize } from '../helpers/tidy-csv.js';

const FIGURES = 20_000;

describe.skipIf(chromiumPath === null)('importing a large file in Chromium (needs /usr/bin/chromium)', () => {
  let browser: Browser;
  let file = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    file = path.join(tempDir(), 'iip-history.csv');
    fs.writeFileSync(file, tidyCsvOfSize(9 * 2 ** 20, FIGURES));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the upload and main’s phases as percentages, then the preview’s diff', async () => {
    const app = await openApp(browser, 'vi-VN');
    const { page } = app;
    try {
      await page.click('[data-testid="tab-import"]');
      await page.waitForSelector('[data-testid="view-import"]');
      // Every state the progress bar passes through, however brief.
      await page.evaluate(() => {
        const seen: { phase: string; percent: string | null; text: string }[] = [];
        (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
        const note = (): void => {
          const bar = document.querySelector('[data-testid="import-progress"]');
          if (!bar) return;
          const text = document.querySelector('.progress__text')?.textContent ?? '';
          const entry = { phase: bar.getAttribute('data-phase') ?? '', percent: bar.getAttribute('data-percent'), text };
          const last = seen.at(-1);
          if (!last || last.phase !== entry.phase || last.percent !== entry.percent) seen.push(entry);
        };
        new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await page.setInputFiles('[data-testid="import-file"]', file);
      await page.waitForSelector('[data-testid="import-preview"]');
      await page.waitForSelector('[data-testid="import-figure-row"]');
      expect(await page.textContent('[data-testid="import-counts"]')).toBe('20.000 mới · 0 điều chỉnh · 0 không đổi');
      expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);
      await screenshot(page, 'import-large-preview');

      const seen = await page.evaluate(() => (window as unknown as { progressSeen: { phase: string; percent: string | null; text: string }[] }).progressSeen);
      const uploading = seen.filter((s) => s.phase === 'uploading' && s.percent !== null);
      // 9 MB in 4 MiB chunks: at least 0, then part way, as chunks are answered.
      expect(uploading.map((s) => Number(s.percent)).some((p) => p > 0 && p < 100)).toBe(true);
      expect(uploading[0]!.text).toBe('Đang gửi tệp: iip-history.csv');
      // Main's progress arrived over the event stream: determinate, with the phase named.
      const fromMain = seen.filter((s) => ['reading', 'matching', 'comparing'].includes(s.phase) && s.percent !== null);
      expect(fromMain.length).toBeGreaterThan(0);
      expect(fromMain.some((s) => s.text.startsWith('Đang đọc tệp: iip-history.csv') || s.text.startsWith('Đang khớp tên') || s.text.startsWith('Đang đối chiếu'))).toBe(true);

      await page.click('[data-testid="import-commit"]');
      await page.waitForSelector('[data-testid="import-result"][data-stored="1"]');
      expect(await page.textContent('[data-testid="import-result"]')).toContain('20.000 số liệu');
    } finally {
      await app.close();
    }
  }, 120_000);
});
