// Explore: the catalog, one series' chart and figure table; several series on one chart, the
// transformation control, what could not be computed, and the table of the values drawn.
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export class ExplorePage {
  readonly catalogItems: Locator;

  constructor(readonly page: Page) {
    this.catalogItems = page.locator('[data-testid="catalog-item"]');
  }

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('explore');
  }

  waitForView(): Promise<unknown> {
    return this.page.waitForSelector('[data-testid="view-explore"]');
  }

  search(text: string): Promise<void> {
    return this.page.fill('[data-testid="catalog-search"]', text);
  }

  catalogItem(hasText: string): Locator {
    return this.page.locator('[data-testid="catalog-item"]', { hasText });
  }

  seriesItem(geo: string, item: string): Locator {
    return this.page.locator(`[data-testid="catalog-item"][data-item="${item}"][data-geo="${geo}"]`);
  }

  /** A series of the index itself (not output or contributions), which the catalog shows without a measure. */
  indexSeriesItem(geo: string, item: string): Locator {
    return this.seriesItem(geo, item).filter({ hasNot: this.page.locator('.catalog__measure') });
  }

  /** Clicks a catalog entry and waits until its chart is drawn. */
  async showSeries(entry: Locator): Promise<void> {
    await entry.click();
    const seriesId = await entry.getAttribute('data-series-id');
    await this.page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${seriesId}"]`);
  }

  async showWholeIndustry(): Promise<void> {
    await this.page.click('[data-testid="tab-explore"]');
    await this.showSeries(this.seriesItem('VN', 'TOTAL'));
  }

  waitForChart(): Promise<unknown> {
    return this.page.waitForSelector('[data-testid="chart"][data-rendered="true"]');
  }

  chartTitle(): Promise<string | null> {
    return this.page.textContent('[data-testid="chart-title"]');
  }

  figureRow(period: string): Locator {
    return this.page.locator(`[data-testid="figure-row"][data-period="${period}"]`);
  }

  /** Ranking mode, waiting until its bars are drawn. */
  async showRanking(): Promise<Locator> {
    await this.page.click('[data-testid="tab-explore"]');
    await this.page.click('[data-testid="mode-ranking"]');
    const chart = this.page.locator('[data-testid="ranking-chart"][data-rendered="true"]');
    await chart.waitFor();
    return chart;
  }

  // ---- several series, transformations -------------------------------------------------------

  chart(): Locator {
    return this.page.locator('[data-testid="chart"]');
  }

  /** Chooses a view ("base/index", "yoy/pct") in the comparison selector. */
  async chooseView(key: string): Promise<void> {
    await this.page.selectOption('[data-testid="basis-select"]', key);
  }

  /** The compare picker's search box (a combobox). */
  comparePicker(): Locator {
    return this.page.locator('[data-testid="compare-add"]');
  }

  /** Waits until the compare picker's list shows the matches of `search` (the box's text, trimmed). */
  waitForMatches(search: string): Promise<unknown> {
    return this.page.waitForSelector(`[data-testid="compare-options"][data-current="true"][data-search=${JSON.stringify(search.trim())}]`);
  }

  /** Types a search in the compare picker and waits for its matches. */
  async searchToAdd(search: string): Promise<void> {
    await this.comparePicker().fill(search);
    await this.waitForMatches(search);
  }

  /** The picker's entry named exactly `name` (a series, with its view where not the chart's). */
  compareOption(name: string): Locator {
    return this.page.locator('[data-testid="compare-option"]').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  compareOptionNames(): Promise<string[]> {
    return this.page.locator('[data-testid="compare-option"] .compare-picker__name').allTextContents();
  }

  /**
   * Adds a series to the chart by its name in the picker (found by searching `search`, by default the
   * name before its view), waiting until its chip shows.
   */
  async addToChart(name: string, search = name.split(' — ')[0]!): Promise<void> {
    const before = await this.page.locator('[data-testid="compare-chip"]').count();
    await this.searchToAdd(search);
    await this.compareOption(name).first().click();
    await this.page.locator('[data-testid="compare-chip"]').nth(before).waitFor();
  }

  chartChips(): Promise<string[]> {
    return this.page.locator('[data-testid="compare-chip"]').allTextContents();
  }

  transformOption(choice: string): Locator {
    return this.page.locator(`[data-testid="transform-${choice}"]`);
  }

  /** Chooses a transformation and waits until the chart has drawn it (its axis title says so). */
  async chooseTransform(choice: string, axisTitle: RegExp): Promise<void> {
    await this.transformOption(choice).click();
    await this.page.waitForFunction(
      ([source, flags]) => {
        const chart = document.querySelector('[data-testid="chart"]');
        return chart?.getAttribute('data-rendered') === 'true' && new RegExp(source!, flags).test(chart.getAttribute('data-axis-title') ?? '');
      },
      [axisTitle.source, axisTitle.flags],
    );
  }

  axisTitle(): Promise<string | null> {
    return this.chart().getAttribute('data-axis-title');
  }

  /** The legend's entries, in order. */
  async legend(): Promise<string[]> {
    return ((await this.chart().getAttribute('data-legend')) ?? '').split(' | ').filter(Boolean);
  }

  /** The lines under the chart naming the points not computed and why. */
  notComputed(reason?: string): Locator {
    return this.page.locator(`[data-testid="not-computed-reason"]${reason ? `[data-reason="${reason}"]` : ''}`);
  }

  /** A cell of the table of values drawn: one period, one series. */
  comparisonCell(period: string, seriesId: string): Locator {
    return this.page.locator(`[data-testid="comparison-row"][data-period="${period}"] td[data-series-id="${seriesId}"]`);
  }
}
