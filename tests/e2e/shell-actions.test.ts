// The window runs the action a menu entry sends (the shell:action event main pushes), in real
// Chromium through the web host. Main's menu needs Electron, absent here: its place is taken by the
// host's own event stream, which pushes shell:action when the page calls app:info with an action
// queued. The renderer's side (the bridge's event, the registry, the views' handlers) is the real one.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { AppAction } from '../../electron/shared/app-actions.js';
import { createCore } from '../../electron/core/handlers.js';
import type { Handlers } from '../../electron/core/context.js';
import { rendererDir } from '../../electron/core/paths.js';
import { openStore } from '../../electron/core/store.js';
import { startHost } from '../../electron/host/server.js';
import { describeInChromium } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp.js';
import { YourDataPage } from './pages/yourDataPage.js';

describeInChromium('shell:action runs the app actions (needs /usr/bin/chromium)', (browser) => {
  it('switches the language, opens the export menu on the chart from another tab, backs up the store', async () => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('the renderer is not built; run npm run build');
    const store = openStore(path.join(tempDir(), 'iip.sqlite'));
    const core = createCore({ db: store.db, storePath: store.path });
    const queued: AppAction[] = [];
    const handlers: Handlers = {
      ...core.handlers,
      'app:info': async (input, call) => {
        const info = await core.handlers['app:info'](input, call);
        for (const action of queued.splice(0)) call.emit('shell:action', { action });
        return info;
      },
    };
    const host = await startHost({ handlers, staticDir: rendererDir });
    const context = await browser().newContext({ locale: 'en-US', viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    /** Main's menu, as far as the window sees it: the event arrives. */
    const menu = async (action: AppAction) => {
      queued.push(action);
      await page.evaluate(async () => {
        const token = sessionStorage.getItem('iip.token') ?? '';
        await fetch('/api/app:info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-IIP-Token': token }, body: '{}' });
      });
    };
    try {
      await page.goto(host.url);
      await page.waitForSelector('html[data-ready="true"]');
      await page.waitForSelector('[data-testid="chart"][data-rendered="true"]');

      await menu('language-vi');
      await page.waitForSelector('html[lang="vi"]');

      // From another tab: Explore opens, and once its chart is drawn the export menu opens on its first entry.
      await page.click('[data-testid="tab-latest"]');
      await page.waitForSelector('[data-testid="view-latest"]');
      await menu('export-chart');
      await page.waitForSelector('[data-testid="export-menu"] details[open]');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'export-pptx');

      // Back up: the Releases tab opens, "Your data" makes the backup.
      const yourData = new YourDataPage(page);
      await menu('backup');
      await yourData.panel.waitFor();
      await expect.poll(() => yourData.rows.count(), { timeout: 10_000 }).toBe(1);
    } finally {
      await context.close();
      await host.close();
      core.close();
      store.db.close();
    }
  });
});
