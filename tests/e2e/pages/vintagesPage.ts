// Vintages: a figure's history and revision chart in the figure panel, and the release the
// latest view names with what it changed.
import type { Locator, Page } from 'playwright-core';
import { ExplorePage } from './explorePage.js';
import { LatestPage } from './latestPage.js';

export class VintagesPage {
  readonly panel: Locator;
  readonly vintages: Locator;
  readonly revisionChart: Locator;
  readonly meanRevision: Locator;
  readonly release: Locator;
  readonly revisedFigures: Locator;
  readonly newPeriods: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('[data-testid="figure-panel"]');
    this.vintages = this.panel.locator('[data-testid="figure-vintage"]');
    this.revisionChart = this.panel.locator('[data-testid="revision-chart"]');
    this.meanRevision = this.panel.locator('[data-testid="mean-revision"]');
    this.release = page.locator('[data-testid="latest-release"]');
    this.revisedFigures = this.release.locator('[data-testid="latest-revised-figure"]');
    this.newPeriods = this.release.locator('[data-testid="latest-new-period"]');
  }

  /** Opens a whole-industry figure of Explore's table in the figure panel, as the keyboard does. */
  async openWholeIndustryFigure(period: string): Promise<void> {
    const explore = new ExplorePage(this.page);
    await explore.showWholeIndustry();
    const row = explore.figureRow(period);
    await row.focus();
    await this.page.keyboard.press('Enter');
    await this.panel.waitFor();
  }

  /** Waits until the history has arrived and its revision chart is drawn; opens the chart if it was hidden. */
  async openRevisionChart(): Promise<void> {
    const toggle = this.panel.locator('[data-testid="revision-chart-toggle"]');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.panel.locator('[data-testid="revision-chart"][data-rendered="true"]').waitFor();
  }

  vintageReleases(): Promise<string[]> {
    return this.vintages.locator('td:first-child strong').allTextContents();
  }

  async openLatest(): Promise<void> {
    await new LatestPage(this.page).open();
    await this.release.waitFor();
  }

  releaseName(): Promise<string | null> {
    return this.release.locator('[data-testid="latest-release-name"]').textContent();
  }

  releaseFacts(): Promise<string | null> {
    return this.release.locator('[data-testid="latest-release-facts"]').textContent();
  }

  revisedFigure(geo: string, item: string, period: string): Locator {
    return this.release.locator(`[data-testid="latest-revised-figure"][data-geo="${geo}"][data-item="${item}"][data-period="${period}"]`);
  }
}
