// Checks: the scope (whole store or one release, as of the app's date), the summary per kind, the findings
// by kind with their two values and gap, the revisions apart, and the link to a finding's chart.
import type { Locator, Page } from 'playwright-core';
import { AsOfPage } from './asOfPage.js';
import { ShellPage } from './shellPage.js';

export class ChecksPage {
  readonly view: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.view = page.locator('[data-testid="view-checks"]');
    this.findings = page.locator('[data-testid="check-finding"]');
  }

  /** Opens the tab and waits until the checks have answered. */
  async open(): Promise<void> {
    await new ShellPage(this.page).openTab('checks');
    await this.waitForReport();
  }

  async waitForReport(): Promise<void> {
    await this.page.waitForSelector('[data-testid="view-checks"][aria-busy="false"] [data-testid="checks-summary"]');
  }

  summaryRow(kind: string): Locator {
    return this.page.locator(`[data-testid="checks-summary-row"][data-kind="${kind}"]`);
  }

  kindSection(kind: string): Locator {
    return this.page.locator(`[data-testid="checks-kind"][data-kind="${kind}"]`);
  }

  /** The finding about one figure of a series (the series by id, the period as stored). */
  finding(kind: string, seriesId: number | string, period: string): Locator {
    return this.page.locator(`[data-testid="check-finding"][data-kind="${kind}"][data-series-id="${seriesId}"][data-period="${period}"]`);
  }

  none(): Locator {
    return this.page.locator('[data-testid="checks-none"]');
  }

  async chooseRelease(label: string | null): Promise<void> {
    await this.page.selectOption('[data-testid="checks-release"]', label === null ? { index: 0 } : { label });
    await this.waitForReport();
  }

  /** Sets the app's as-of date in the header (the Checks view follows it); '' clears it. */
  async setAsOf(date: string): Promise<void> {
    await new AsOfPage(this.page).set(date);
    await this.waitForReport();
  }

  /** Clicks "Open the chart" on a finding and waits until Explore has drawn that series. */
  async openChart(finding: Locator): Promise<string> {
    const seriesId = (await finding.getAttribute('data-series-id'))!;
    await finding.locator('[data-testid="check-open-chart"]').click();
    await this.page.waitForSelector(`[data-testid="chart"][data-rendered="true"][data-series-id="${seriesId}"]`);
    return seriesId;
  }

  /** The bar saying the view is narrowed to one series (from a chart's marks). */
  filter(): Locator {
    return this.page.locator('[data-testid="checks-filter"]');
  }
}
