// The explorer's catalog list: virtualised, so only the rows in view are in the page.
import type { Locator, Page } from 'playwright-core';

export class CatalogPage {
  readonly list: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator('[data-testid="catalog-list"]');
    this.items = page.locator('[data-testid="catalog-item"]');
  }

  /** How many series the list holds (loaded or not), as its first page counted them. */
  async seriesCount(): Promise<number> {
    return Number(await this.list.getAttribute('data-series-count'));
  }

  /** Scrolls the list to a fraction of its height (0 the top, 1 the bottom). */
  async scrollTo(fraction: number): Promise<void> {
    await this.list.evaluate((el, f) => {
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, fraction);
  }

  item(seriesId: number): Locator {
    return this.page.locator(`[data-testid="catalog-item"][data-series-id="${seriesId}"]`);
  }
}
