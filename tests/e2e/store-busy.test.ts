// Storing an import while another process (the CLI importing) holds the store's write lock, in real
// Chromium through the web host: the window says in its language that the store is busy and that
// nothing changed, keeps the preview, and stores it when asked again once the lock is free.
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInChromium, openApp, screenshot } from '../helpers/browser.js';
import { StoreLockHolder } from '../helpers/store-lock.js';
import { ImportPage } from './pages/importPage.js';
import { ShellPage } from './pages/shellPage.js';

const REVISION_CSV = path.resolve(import.meta.dirname, '../fixtures/e2e/import-revision.csv');

describeInChromium('an import while another process writes the store (needs /usr/bin/chromium)', (browser) => {
  it('says the store is busy in Vietnamese, then stores the same preview once the lock is free', async () => {
    const app = await openApp(browser(), 'vi-VN');
    const holder = StoreLockHolder.start(app.store.path);
    const importer = new ImportPage(app.page);
    const shell = new ShellPage(app.page);
    try {
      const releasesBefore = app.store.db.prepare('SELECT COUNT(*) FROM releases').pluck().get();
      await importer.chooseFile(REVISION_CSV);
      app.store.db.pragma('busy_timeout = 300');
      await holder.hold();
      await app.page.click('[data-testid="import-commit"]');
      const banner = shell.errorBanner();
      await banner.waitFor();
      expect(await banner.textContent()).toContain(
        'Kho dữ liệu đang bận: một lần nhập khác đang chạy (một cửa sổ hoặc lệnh iip khác đang ghi vào kho). Chưa có gì thay đổi; hãy thử lại khi việc đó xong.',
      );
      expect(await banner.textContent()).toContain('import:commit, busy');
      await screenshot(app.page, 'import-store-busy');
      expect(app.store.db.prepare('SELECT COUNT(*) FROM releases').pluck().get()).toBe(releasesBefore);

      await holder.release();
      expect(await importer.isReady()).toBe('true');
      await importer.commit(1);
      expect(app.store.db.prepare('SELECT COUNT(*) FROM releases').pluck().get()).toBe((releasesBefore as number) + 1);
    } finally {
      await holder.stop();
      await app.close();
    }
  }, 60_000);
});
