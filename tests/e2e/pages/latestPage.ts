// The latest release at a glance: the headline and the ranked blocks.
import type { Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export const LATEST_BLOCKS = ['latest-sections', 'latest-industries', 'latest-products', 'latest-localities'] as const;

export class LatestPage {
  constructor(readonly page: Page) {}

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('latest');
  }

  headline(): Promise<string | null> {
    return this.page.textContent('[data-testid="latest-headline"]');
  }

  /** Waits for every block, and for the sections' chart. */
  async waitForBlocks(): Promise<void> {
    for (const block of LATEST_BLOCKS) await this.page.waitForSelector(`[data-testid="${block}"]`);
    await this.page.waitForSelector('[data-testid="latest-sections"] canvas');
  }
}
