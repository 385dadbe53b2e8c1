// Decks: the Export menu under a chart (Add to deck, files), the Decks tab with its slides, refresh
// and export.
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export class DecksPage {
  readonly slides: Locator;
  readonly changes: Locator;

  constructor(readonly page: Page) {
    this.slides = page.locator('[data-testid="deck-slide"]');
    this.changes = page.locator('[data-testid="deck-change"]');
  }

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('decks');
  }

  /** Pins the chart on screen to the current deck (a new one if there is none). */
  async addToDeck(): Promise<void> {
    await this.page.click('[data-testid="add-to-deck"]');
    await this.page.locator('[data-testid="added-to-deck"]').waitFor();
  }

  /** Opens the Export menu (a <details>) unless it is open. */
  async openMenu(): Promise<void> {
    const menu = this.page.locator('[data-testid="export-menu"] details');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  /** Downloads what an Export menu item makes; returns the saved path. */
  async exportFromMenu(item: 'pptx' | 'pptx-43' | 'xlsx' | 'csv' | 'svg' | 'pdf' | 'png-1' | 'png-2' | 'png-3', saveTo: string): Promise<string> {
    await this.openMenu();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`[data-testid="export-${item}"]`)]);
    await download.saveAs(saveTo);
    return saveTo;
  }

  /** Copies the chart's numbers from the Export menu; returns what the clipboard holds. */
  async copyData(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.openMenu();
    await this.page.click('[data-testid="copy-data"]');
    await this.page.locator('[data-testid="added-to-deck"]').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async refresh(): Promise<string[]> {
    await this.page.click('[data-testid="deck-refresh"]');
    await this.page.locator('[data-testid="deck-changes"]').waitFor();
    return this.changes.allTextContents();
  }

  async exportDeck(saveTo: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click('[data-testid="deck-export"]')]);
    await download.saveAs(saveTo);
    return saveTo;
  }
}
