// The app-wide as-of date: the header's date input and clear button, and the banner under the header.
import type { Locator, Page } from 'playwright-core';

export class AsOfPage {
  readonly input: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.input = page.locator('[data-testid="as-of-input"]');
    this.banner = page.locator('[data-testid="as-of-banner"]');
  }

  /** Types a day (YYYY-MM-DD) into the header's control and waits for the banner naming it; '' clears it. */
  async set(day: string): Promise<void> {
    await this.input.fill(day);
    if (day === '') await this.banner.waitFor({ state: 'detached' });
    else await this.page.locator(`[data-testid="as-of-banner"][data-as-of="${day}"]`).waitFor();
  }

  bannerText(): Promise<string | null> {
    return this.banner.locator('[data-testid="as-of-banner-text"]').textContent();
  }

  /** The banner's "Back to today". */
  async backToToday(): Promise<void> {
    await this.banner.locator('[data-testid="as-of-today"]').click();
    await this.banner.waitFor({ state: 'detached' });
  }

  /** The header's × next to the date. */
  async clear(): Promise<void> {
    await this.page.click('[data-testid="as-of-clear"]');
    await this.banner.waitFor({ state: 'detached' });
  }
}
