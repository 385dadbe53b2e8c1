// Keyboard use without the palette, in real Chromium through the web host: how many tab stops the
// chart is from the page's top, the skip link, arrows through the catalog and the tabs.
import { expect, it } from 'vitest';
import { describeInChromium, openApp } from '../helpers/browser.js';
import { KeyboardPage } from './pages/keyboardPage.js';

describeInChromium('keyboard: skip link, catalog arrows, tabs (needs /usr/bin/chromium)', (browser) => {
  it('measures the tab stops to the chart', async () => {
    const app = await openApp(browser());
    const keys = new KeyboardPage(app.page);
    try {
      await app.page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
      console.log('tab stops to the chart panel:', await keys.tabsToChart());
    } finally {
      await app.close();
    }
  });
});
