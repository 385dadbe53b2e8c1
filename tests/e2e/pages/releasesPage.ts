// The releases list, and undoing one (after its confirm step).
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export class ReleasesPage {
  constructor(readonly page: Page) {}

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('releases');
  }

  waitForView(): Promise<unknown> {
    return this.page.waitForSelector('[data-testid="view-releases"]');
  }

  text(): Promise<string | null> {
    return this.page.textContent('[data-testid="view-releases"]');
  }

  row(hasText: string): Locator {
    return this.page.locator('[data-testid="release-row"]', { hasText });
  }

  /** Every row's Undo button. */
  get undoButtons(): Locator {
    return this.page.locator('[data-testid="release-undo"]');
  }

  askToUndo(row: Locator): Promise<void> {
    return row.locator('[data-testid="release-undo"]').click();
  }

  confirmUndo(row: Locator): Promise<void> {
    return row.locator('[data-testid="release-undo-confirm"]').click();
  }
}
