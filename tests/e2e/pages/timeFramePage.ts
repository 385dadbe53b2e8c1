// Explore's time frame and second axis: the date range, this year against last year, a series of
// another unit on a right-hand axis, and a third unit refused.
import type { Locator, Page } from 'playwright-core';

export class TimeFramePage {
  constructor(readonly page: Page) {}

  control(): Locator {
    return this.page.locator('[data-testid="time-frame"]');
  }

  /** The range options' labels, in order, once the control shows. */
  async rangeOptions(): Promise<string[]> {
    await this.page.locator('[data-testid="range-select"]').waitFor();
    return this.page.locator('[data-testid="range-select"] option').allTextContents();
  }

  /** Chooses a range by its label and waits until the control states the months it now shows. */
  async chooseRange(label: string, from: string): Promise<void> {
    await this.page.selectOption('[data-testid="range-select"]', { label });
    await this.page.waitForSelector(`[data-testid="time-frame"][data-range-from="${from}"]`);
    await this.page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
  }

  /** The period codes of the table under the chart, top to bottom. */
  async tablePeriods(): Promise<string[]> {
    const rows = this.page.locator('[data-testid="figure-row"], [data-testid="comparison-row"]');
    return (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-period')))).filter((p): p is string => p !== null);
  }

  /** Searches the compare picker for `search` and adds the first entry containing `text`, without waiting for a chip. */
  async pickToAdd(search: string, text: string): Promise<void> {
    await this.page.fill('[data-testid="compare-add"]', search);
    await this.page.waitForSelector(`[data-testid="compare-options"][data-current="true"][data-search=${JSON.stringify(search.trim())}]`);
    await this.page.locator('[data-testid="compare-option"]', { hasText: text }).first().click();
  }

  refusal(): Locator {
    return this.page.locator('[data-testid="compare-refused"]');
  }

  /** Switches to this year against last year and waits until that chart is drawn. */
  async showYearLines(): Promise<void> {
    await this.page.click('[data-testid="display-years"]');
    await this.page.waitForSelector('[data-testid="chart"][data-chart="year-over-year"][data-rendered="true"]');
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.selectOption('[data-testid="year-select"]', String(year));
    await this.page.waitForSelector(`[data-testid="chart"][data-chart="year-over-year"][data-rendered="true"][data-years="${year - 1} ${year}"]`);
  }
}
