// Explore's Contributions mode: the stacked chart, the stated-vs-computed table, the no-weights
// message and the weights file input.
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export class ContributionsPage {
  readonly panel: Locator;
  readonly chart: Locator;
  readonly noWeights: Locator;
  readonly message: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('[data-testid="contributions-panel"]');
    this.chart = page.locator('[data-testid="contribution-chart"]');
    this.noWeights = page.locator('[data-testid="contributions-no-weights"]');
    this.message = page.locator('[data-testid="weights-message"]');
    this.title = page.locator('[data-testid="contributions-title"]');
  }

  /** Opens Explore in Contributions mode and waits for the table. */
  async open(): Promise<void> {
    await new ShellPage(this.page).openTab('explore');
    await this.page.click('[data-testid="mode-contributions"]');
    await this.page.waitForSelector('[data-testid="contributions-table"]');
  }

  /** Waits until the chart has drawn `stacked` periods with stacked contributions. */
  waitForChart(stacked: number): Promise<unknown> {
    return this.page.waitForSelector(`[data-testid="contribution-chart"][data-rendered="true"][data-stacked-periods="${stacked}"]`);
  }

  row(code: string): Locator {
    return this.page.locator(`[data-testid="contribution-row-${code}"]`);
  }

  cell(code: string, column: number): Locator {
    return this.row(code).locator('td').nth(column);
  }

  chooseKind(kind: 'month' | 'cumulative'): Promise<string[]> {
    return this.page.selectOption('[data-testid="contributions-kind"]', kind);
  }

  /** Gives the weights file input a file and waits for the message that starts with `says` (case matters). */
  async importWeights(file: string, says: string): Promise<string | null> {
    await this.page.setInputFiles('[data-testid="weights-file"]', file);
    const message = this.page.locator('[data-testid="weights-message"]', { hasText: new RegExp(`^${says}`) });
    await message.waitFor();
    return message.textContent();
  }
}
