// The keyboard alone: key presses, where the focus is, and the tab stops between the page's top and
// the chart. No mouse call anywhere in this page object.
import type { Page } from 'playwright-core';

export class KeyboardPage {
  constructor(readonly page: Page) {}

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The focused element's test id (or its tag name when it has none). */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? '';
    });
  }

  /** An attribute of the focused element. */
  focusedAttribute(name: string): Promise<string | null> {
    return this.page.evaluate((n) => document.activeElement?.getAttribute(n) ?? null, name);
  }

  /** True when the focus is on the explore chart's panel or inside it. */
  private inChartPanel(): Promise<boolean> {
    return this.page.evaluate(() => document.activeElement?.closest('.explore__main section.panel, [data-testid="chart"]') != null);
  }

  /** Tab presses until the focus reaches the chart's panel (null: not within `limit`); from the page's top on a page just loaded. */
  async tabsToChart(limit = 300): Promise<number | null> {
    for (let n = 1; n <= limit; n++) {
      await this.page.keyboard.press('Tab');
      if (await this.inChartPanel()) return n;
    }
    return null;
  }
}
