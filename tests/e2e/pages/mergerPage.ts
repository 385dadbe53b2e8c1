// Explore's merger line: how the selected place came out of the 1 July 2025 merger, its names
// (which open their series), the follow toggle and the note under a chart that follows.
import type { Locator, Page } from 'playwright-core';

export class MergerPage {
  readonly line: Locator;
  readonly text: Locator;
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.line = page.locator('[data-testid="merger-line"]');
    this.text = page.locator('[data-testid="merger-text"]');
    this.note = page.locator('[data-testid="merger-note"]');
  }

  place(geo: string): Locator {
    return this.page.locator(`[data-testid="merger-place"][data-geo="${geo}"]`);
  }

  /** Waits for the line of the place `geo` and gives its sentence. */
  async sentence(geo: string): Promise<string> {
    await this.page.locator(`[data-testid="merger-line"][data-geo="${geo}"]`).waitFor();
    return (await this.text.textContent()) ?? '';
  }

  /** Switches following on or off and waits until the chart has drawn it (the break marked, or not). */
  async follow(on: boolean): Promise<void> {
    await this.page.setChecked('[data-testid="merger-follow"]', on);
    await this.page.waitForSelector(
      on ? '[data-testid="chart"][data-rendered="true"][data-marked-break]' : '[data-testid="chart"][data-rendered="true"]:not([data-marked-break])',
    );
  }

  /** The table of values drawn: its column headings, and each row's period with its cells' text. */
  async table(): Promise<{ headings: string[]; rows: Record<string, string[]> }> {
    const headings = await this.page.locator('[data-testid="comparison-table"] thead th').allTextContents();
    const rows: Record<string, string[]> = {};
    for (const row of await this.page.locator('[data-testid="comparison-row"]').all()) {
      rows[(await row.getAttribute('data-period'))!] = await row.locator('td').allTextContents();
    }
    return { headings, rows };
  }
}
