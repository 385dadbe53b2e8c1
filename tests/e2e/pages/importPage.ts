// Import: choosing files or pasting text, the preview and its decisions, the layout mapper, the
// result, and what is remembered between months.
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

export type ChangeKind = 'new' | 'revised' | 'history' | 'unchanged';

/** One state the progress bar showed. */
export interface ProgressSeen {
  phase: string;
  percent: string | null;
  text: string;
}

export class ImportPage {
  readonly preview: Locator;
  readonly figureRows: Locator;
  readonly result: Locator;
  readonly unknownNames: Locator;
  readonly layoutMapper: Locator;
  readonly progressBar: Locator;

  constructor(readonly page: Page) {
    this.preview = page.locator('[data-testid="import-preview"]');
    this.figureRows = page.locator('[data-testid="import-figure-row"]');
    this.result = page.locator('[data-testid="import-result"]');
    this.unknownNames = page.locator('[data-testid="import-unknown-name"]');
    this.layoutMapper = page.locator('[data-testid="layout-mapper"]');
    this.progressBar = page.locator('[data-testid="import-progress"]');
  }

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('import');
  }

  waitForView(): Promise<unknown> {
    return this.page.waitForSelector('[data-testid="view-import"]');
  }

  /** Gives the file input a file, waiting for nothing. */
  setFile(file: string): Promise<void> {
    return this.page.setInputFiles('[data-testid="import-file"]', file);
  }

  /** Opens Import, chooses a file and waits for its preview's rows. */
  async chooseFile(file: string): Promise<void> {
    await this.open();
    await this.setFile(file);
    await this.waitForRows();
  }

  /** Cancels what the progress bar shows (sending, or main reading the files). */
  cancel(): Promise<void> {
    return this.page.getByTestId('import-cancel').click();
  }

  async waitForRows(): Promise<void> {
    await this.preview.waitFor();
    await this.page.waitForSelector('[data-testid="import-figure-row"]');
  }

  rows(change: ChangeKind): Locator {
    return this.page.locator(`[data-testid="import-figure-row"][data-change="${change}"]`);
  }

  rowAt(where: { geo?: string; period?: string }): Locator {
    const geo = where.geo ? `[data-geo="${where.geo}"]` : '';
    const period = where.period ? `[data-period="${where.period}"]` : '';
    return this.page.locator(`[data-testid="import-figure-row"]${geo}${period}`);
  }

  format(): Promise<string | null> {
    return this.page.textContent('[data-testid="import-format"]');
  }

  counts(): Promise<string | null> {
    return this.page.textContent('[data-testid="import-counts"]');
  }

  errors(): Promise<string | null> {
    return this.page.textContent('[data-testid="import-errors"]');
  }

  already(): Locator {
    return this.page.locator('[data-testid="import-already"]');
  }

  fileName(): Promise<string | null> {
    return this.page.getAttribute('[data-testid="import-file-preview"]', 'data-file');
  }

  isReady(): Promise<string | null> {
    return this.preview.getAttribute('data-ready');
  }

  filter(kind: ChangeKind | 'all'): Promise<void> {
    return this.page.click(`[data-testid="import-filter-${kind}"]`);
  }

  setReleaseName(name: string): Promise<void> {
    return this.page.fill('[data-testid="import-release-name"]', name);
  }

  setReleaseDate(publishedOn: string): Promise<void> {
    return this.page.fill('[data-testid="import-release-date"]', publishedOn);
  }

  /** Names the previewed release, its publisher and the day it was published. */
  async setRelease(release: { name: string; publisher: string; publishedOn: string }): Promise<void> {
    await this.setReleaseName(release.name);
    await this.page.fill('[data-testid="import-release-publisher"]', release.publisher);
    await this.setReleaseDate(release.publishedOn);
  }

  async setReleaseStatus(status: 'estimate' | 'preliminary' | 'official'): Promise<void> {
    await this.page.selectOption('[data-testid="import-release-status"]', status);
  }

  canCommit(): Promise<boolean> {
    return this.page.isEnabled('[data-testid="import-commit"]');
  }

  /** Stores the preview; with `stored`, waits for a result that stored that many releases. */
  async commit(stored?: number): Promise<void> {
    await this.page.click('[data-testid="import-commit"]');
    if (stored === undefined) await this.result.waitFor();
    else await this.page.waitForSelector(`[data-testid="import-result"][data-stored="${stored}"]`);
  }

  openReleases(): Promise<void> {
    return this.page.click('[data-testid="import-open-releases"]');
  }

  unknownChoice(name: Locator = this.unknownNames): Locator {
    return name.locator('[data-testid="import-unknown-choice"]');
  }

  unknownSectionCount(): Promise<number> {
    return this.page.locator('[data-testid="import-unknown"]').count();
  }

  /** From now on, notes every state the progress bar passes through, however brief. */
  recordProgress(): Promise<void> {
    return this.page.evaluate(() => {
      const seen: { phase: string; percent: string | null; text: string }[] = [];
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      const note = (): void => {
        const bar = document.querySelector('[data-testid="import-progress"]');
        if (!bar) return;
        const text = document.querySelector('.progress__text')?.textContent ?? '';
        const entry = { phase: bar.getAttribute('data-phase') ?? '', percent: bar.getAttribute('data-percent'), text };
        const last = seen.at(-1);
        if (!last || last.phase !== entry.phase || last.percent !== entry.percent) seen.push(entry);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  progressSeen(): Promise<ProgressSeen[]> {
    return this.page.evaluate(() => (window as unknown as { progressSeen: ProgressSeen[] }).progressSeen);
  }

  /** Pastes text into the box and reads it, waiting for the preview. */
  async pasteText(text: string): Promise<void> {
    await this.open();
    await this.page.fill('[data-testid="import-text"]', text);
    await this.page.click('[data-testid="import-read-text"]');
    await this.preview.waitFor();
  }

  /** A figure the text states with different values, by its key. */
  clash(key: string): Locator {
    return this.page.locator(`[data-testid="import-clash"][data-key="${key}"]`);
  }

  chooseClashValue(key: string, value: number): Promise<void> {
    return this.clash(key).locator(`[data-testid="import-clash-option"][data-value="${value}"]`).check();
  }

  // ---- the layout mapper ---------------------------------------------------------------------

  /** A mapper field by its test id suffix: "sheet", "header-row", "column-D", "basis-B"… */
  layoutValue(field: string): Promise<string> {
    return this.page.inputValue(`[data-testid="layout-${field}"]`);
  }

  async chooseLayout(field: string, value: string): Promise<void> {
    await this.page.selectOption(`[data-testid="layout-${field}"]`, value);
  }

  saveLayoutAs(name: string): Promise<void> {
    return this.page.fill('[data-testid="layout-save-name"]', name);
  }

  async previewWithLayout(): Promise<void> {
    await this.page.click('[data-testid="layout-preview"]');
    await this.page.waitForSelector('[data-testid="import-figure-row"]');
  }

  // ---- remembered layouts and names ----------------------------------------------------------

  openRemembered(): Promise<void> {
    return this.page.click('[data-testid="import-remembered"] summary');
  }

  remembered(): Promise<string | null> {
    return this.page.textContent('[data-testid="import-remembered"]');
  }

  rememberedName(folded: string, code: string): Locator {
    return this.page.locator(`[data-testid="remembered-name"][data-folded="${folded}"][data-code="${code}"]`);
  }

  rememberedTemplate(name: string): Locator {
    return this.page.locator(`[data-testid="remembered-template"][data-name="${name}"]`);
  }

  async forget(entry: Locator): Promise<void> {
    await entry.locator('[data-testid="remembered-delete"]').click();
    await entry.locator('[data-testid="remembered-delete-confirm"]').click();
  }
}
