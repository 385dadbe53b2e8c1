// The Preferences screen, opened from the header: each preference's field, save, and what it says.
import type { Locator, Page } from 'playwright-core';

export class PreferencesPage {
  readonly screen: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.screen = page.locator('[data-testid="preferences"]');
    this.error = this.screen.locator('[data-testid="pref-error"]');
  }

  async open(): Promise<void> {
    await this.page.click('[data-testid="open-preferences"]');
    // the fields show once the store has answered
    await this.screen.locator('[data-testid="pref-author"]').waitFor();
  }

  async close(): Promise<void> {
    await this.screen.locator('[data-testid="preferences-close"]').click();
    await this.screen.waitFor({ state: 'detached' });
  }

  fillAuthor(name: string): Promise<void> {
    return this.screen.locator('[data-testid="pref-author"]').fill(name);
  }

  fillBackupsKept(text: string): Promise<void> {
    return this.screen.locator('[data-testid="pref-backups-kept"]').fill(text);
  }

  /** Picks an option of one of the screen's drop-downs, by its test id without the `pref-`. */
  async choose(field: 'language' | 'number-format' | 'export-format' | 'export-aspect' | 'export-scale', value: string): Promise<void> {
    await this.screen.locator(`[data-testid="pref-${field}"]`).selectOption(value);
  }

  value(field: string): Promise<string> {
    return this.screen.locator(`[data-testid="pref-${field}"]`).inputValue();
  }

  /** Saves and waits until the store has taken them. */
  async save(): Promise<void> {
    await this.screen.locator('[data-testid="pref-save"]').click();
    await this.screen.locator('[data-testid="pref-saved"]').waitFor();
  }

  /** Saves what the store will refuse; answers what the screen says. */
  async saveRefused(): Promise<string> {
    await this.screen.locator('[data-testid="pref-save"]').click();
    await this.error.waitFor();
    return (await this.error.textContent()) ?? '';
  }
}
