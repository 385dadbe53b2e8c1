// The store banner (a damaged store opened read-only, or an empty one kept aside) and "Your data"
// under the releases: the backups listed, one made now, one restored after its confirm step.
import type { Locator, Page } from 'playwright-core';

export class YourDataPage {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.locator('[data-testid="store-banner"]');
  }

  bannerText(): Promise<string | null> {
    return this.page.textContent('[data-testid="store-banner-text"]');
  }

  async restoreNewestFromBanner(): Promise<void> {
    await this.page.click('[data-testid="store-banner-restore"]');
    await this.page.click('[data-testid="store-banner-restore-confirm"]');
    await this.page.waitForSelector('[data-testid="store-banner-done"]');
  }

  get panel(): Locator {
    return this.page.locator('[data-testid="your-data"]');
  }

  /** The line under the title: how many backups are kept, or that the store is read-only. */
  intro(): Promise<string | null> {
    return this.page.textContent('[data-testid="your-data-intro"]');
  }

  get rows(): Locator {
    return this.page.locator('[data-testid="backup-row"]');
  }

  get backUpNow(): Locator {
    return this.page.locator('[data-testid="backup-now"]');
  }

  async restore(row: Locator): Promise<string | null> {
    await row.locator('[data-testid="backup-restore"]').click();
    await row.locator('[data-testid="backup-restore-confirm"]').click();
    return this.page.locator('[data-testid="your-data-message"]').textContent();
  }
}
