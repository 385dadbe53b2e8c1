// The shell's dialogs: the Help page (the README inside the app) and About.
import type { Locator, Page } from 'playwright-core';

export class HelpPage {
  readonly help: Locator;
  readonly about: Locator;
  constructor(readonly page: Page) {
    this.help = page.locator('[data-testid="help"]');
    this.about = page.locator('[data-testid="about"]');
  }

  async open(): Promise<void> {
    await this.page.click('[data-testid="open-help"]');
    await this.help.waitFor();
  }

  title(dialog: Locator): Promise<string | null> {
    return dialog.locator('.modal-dialog__head h2').textContent();
  }

  /** The README's sections as the Help page lists them. */
  contents(): Promise<string[]> {
    return this.help.locator('.help-contents a').allTextContents();
  }

  async openAbout(): Promise<void> {
    await this.help.locator('[data-testid="help-about"]').click();
    await this.about.waitFor();
  }

  fact(name: 'version' | 'store' | 'figures' | 'releases' | 'series'): Promise<string | null> {
    return this.about.locator(`[data-testid="about-${name}"]`).textContent();
  }
}
