// The command palette, driven by the keyboard alone: open it with Ctrl+K, type, read the options,
// move with the arrows, run with Enter, close with Escape. No mouse call anywhere in this page object.
import type { Locator, Page } from 'playwright-core';

export interface ShownOption {
  key: string;
  kind: string;
  label: string;
  selected: boolean;
  disabled: boolean;
}

export class PalettePage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('[data-testid="palette"]');
    this.input = page.locator('[data-testid="palette-input"]');
    this.options = page.locator('[data-testid="palette-option"]');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.dialog.waitFor();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog.waitFor({ state: 'detached' });
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  /** The options shown, in order. */
  shown(): Promise<ShownOption[]> {
    return this.options.evaluateAll((els) =>
      els.map((el) => ({
        key: el.getAttribute('data-key') ?? '',
        kind: el.getAttribute('data-kind') ?? '',
        label: el.querySelector('.palette__label')?.textContent ?? '',
        selected: el.getAttribute('aria-selected') === 'true',
        disabled: el.getAttribute('aria-disabled') === 'true',
      })),
    );
  }

  /** Waits until the first option is the one with this key (the search's answer is in). */
  async waitForFirst(key: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid="palette-option"][data-index="0"][data-key="${key}"]`);
  }

  /** Waits until the first option is a series whose label starts with this text. */
  async waitForFirstSeries(label: string): Promise<string> {
    const first = this.page.locator('[data-testid="palette-option"][data-index="0"][data-kind="series"]', { hasText: label });
    await first.waitFor();
    return (await first.getAttribute('data-key'))!;
  }

  /** Runs the option the arrows are on, and waits for the palette to close. */
  async runSelected(): Promise<void> {
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The id the combobox points the screen reader at, and the option holding it. */
  activeDescendant(): Promise<string | null> {
    return this.input.getAttribute('aria-activedescendant');
  }

  notice(): Locator {
    return this.page.locator('[data-testid="action-notice"]');
  }
}
