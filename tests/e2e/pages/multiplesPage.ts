// Explore's small multiples and the ranking's top/bottom choice with its whole-country line.
import type { Locator, Page } from 'playwright-core';

export interface DrawnMultiple {
  seriesId: string;
  name: string;
  yMin: number;
  yMax: number;
}

export class MultiplesPage {
  constructor(readonly page: Page) {}

  /** Small multiples mode, waiting until the small charts in view are drawn. */
  async open(): Promise<void> {
    await this.page.click('[data-testid="tab-explore"]');
    await this.page.click('[data-testid="mode-multiples"]');
    await this.waitForGrid();
  }

  /** Waits until the grid shows this scale (when given) and the small charts in view are drawn. */
  async waitForGrid(scale?: 'shared' | 'free'): Promise<void> {
    await this.page.waitForFunction((wanted) => {
      const grid = document.querySelector('[data-testid="multiples"]');
      if (!grid || (wanted && grid.getAttribute('data-scale') !== wanted)) return false;
      const charts = [...grid.querySelectorAll('[data-testid="multiple"]')];
      // Charts below the window are drawn only when scrolled to: those in view must be drawn.
      const inView = charts.filter((c) => c.getBoundingClientRect().top < window.innerHeight);
      return charts.length === Number(grid.getAttribute('data-count')) && inView.length > 0 && inView.every((c) => c.getAttribute('data-rendered') === 'true');
    }, scale ?? null);
  }

  async chooseScale(scale: 'shared' | 'free'): Promise<void> {
    await this.page.selectOption('[data-testid="multiples-scale"]', scale);
    await this.waitForGrid(scale);
  }

  async chooseGroup(group: string): Promise<void> {
    await this.page.selectOption('[data-testid="multiples-group"]', group);
  }

  grid(): Locator {
    return this.page.locator('[data-testid="multiples"]');
  }

  /** The small charts drawn, with the y range each states. */
  async drawn(): Promise<DrawnMultiple[]> {
    return this.page.locator('[data-testid="multiple"]').evaluateAll((charts) =>
      charts.map((c) => ({
        seriesId: c.getAttribute('data-series-id') ?? '',
        name: c.getAttribute('data-name') ?? '',
        yMin: Number(c.getAttribute('data-y-min')),
        yMax: Number(c.getAttribute('data-y-max')),
      })),
    );
  }

  /** Clicks a small chart's title, which opens its series over time. */
  async openSeries(name: string): Promise<void> {
    await this.page.locator('[data-testid="multiple"]', { hasText: name }).locator('[data-testid="multiple-open"]').click();
  }

  // ---- the ranking's top/bottom choice ------------------------------------------------------

  /** Chooses which bars the ranking shows and waits until exactly `bars` are drawn. */
  async showRanking(show: 'all' | 'top' | 'bottom' | 'both', size: number, bars: number): Promise<Locator> {
    await this.page.selectOption('[data-testid="ranking-show"]', show);
    if (show !== 'all') await this.page.selectOption('[data-testid="ranking-size"]', String(size));
    const chart = this.page.locator(`[data-testid="ranking-chart"][data-rendered="true"][data-bars="${bars}"]`);
    await chart.waitFor();
    return chart;
  }
}
