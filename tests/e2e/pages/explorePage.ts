// Explore: the catalog, one series' chart and figure table.
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
}
