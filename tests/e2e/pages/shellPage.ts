// The window around every view: tabs, the store line, the language switch, dropping files.
import type { Locator, Page } from 'playwright-core';

export type Tab = 'explore' | 'latest' | 'notes' | 'decks' | 'checks' | 'releases' | 'import';

export class ShellPage {
  constructor(readonly page: Page) {}

  async openTab(tab: Tab): Promise<void> {
    await this.page.click(`[data-testid="tab-${tab}"]`);
    await this.page.waitForSelector(`[data-testid="view-${tab}"]`);
  }

  isTabSelected(tab: Tab): Promise<string | null> {
    return this.page.getAttribute(`[data-testid="tab-${tab}"]`, 'aria-selected');
  }

  storeInfo(): Promise<string | null> {
    return this.page.textContent('[data-testid="store-info"]');
  }

  documentLang(): Promise<string | null> {
    return this.page.getAttribute('html', 'lang');
  }

  async switchLanguage(lang: 'vi' | 'en'): Promise<void> {
    await this.page.selectOption('[data-testid="lang-switch"]', lang);
    await this.page.waitForSelector(`html[lang="${lang}"]`);
  }

  /** Drags a file over the window and drops it, as a file manager would. */
  dropFile(name: string, text: string, type = 'text/csv'): Promise<void> {
    return this.dropFiles([{ name, text, type }]);
  }

  /** Drags files over the window together and drops them. */
  async dropFiles(files: { name: string; text: string; type: string }[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const { text, name, type } of files) dt.items.add(new File([text], name, { type }));
      return dt;
    }, files);
    for (const event of ['dragenter', 'dragover', 'drop']) await this.page.dispatchEvent('.app-main', event, { dataTransfer });
  }

  /** The banner showing the last error from the bridge. */
  errorBanner(): Locator {
    return this.page.locator('[data-testid="error-banner"]');
  }

  dropOverlayCount(): Promise<number> {
    return this.page.locator('.drop-overlay').count();
  }
}
