// Notes: clicking a drawn bar or point, the figure panel, the editor, chart footnotes and markers,
// the Notes tab with its export, import preview and conflicts.
import type { Locator, Page } from 'playwright-core';
import { ShellPage } from './shellPage.js';

/** Where on a chart's canvas a colour is first drawn (top to bottom, left to right), in page pixels. */
async function firstPixelOf(page: Page, chart: Locator, rgb: [number, number, number]): Promise<{ x: number; y: number }> {
  const canvas = chart.locator('canvas');
  const spot = await canvas.evaluate((el, colour) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const scale = c.width / c.getBoundingClientRect().width;
    for (let y = 0; y < c.height; y += 2) {
      for (let x = 0; x < c.width; x += 2) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(data[i]! - colour[0]) < 6 && Math.abs(data[i + 1]! - colour[1]) < 6 && Math.abs(data[i + 2]! - colour[2]) < 6 && data[i + 3]! > 250) {
          return { x: x / scale + 3, y: y / scale + 3 };
        }
      }
    }
    return null;
  }, rgb);
  if (!spot) throw new Error(`nothing drawn in rgb(${rgb.join(', ')}) on the chart`);
  const box = (await canvas.boundingBox())!;
  return { x: box.x + spot.x, y: box.y + spot.y };
}

export class NotesPage {
  readonly panel: Locator;
  readonly footnotes: Locator;
  readonly listed: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('[data-testid="figure-panel"]');
    this.footnotes = page.locator('[data-testid="chart-notes"] [data-testid="note"]');
    this.listed = page.locator('[data-testid="notes-list"] [data-testid="note"]');
  }

  open(): Promise<void> {
    return new ShellPage(this.page).openTab('notes');
  }

  /** Clicks the first bar (or point) drawn in this colour, as a user clicks what they see. */
  async clickDrawn(chart: Locator, rgb: [number, number, number]): Promise<void> {
    const { x, y } = await firstPixelOf(this.page, chart, rgb);
    await this.page.mouse.click(x, y);
    await this.panel.waitFor();
  }

  /** Writes a note in the open editor; `author` the first time. */
  async write(text: string, { author, tags, approved }: { author?: string; tags?: string; approved?: boolean } = {}): Promise<void> {
    if (author) await this.page.fill('[data-testid="note-author"]', author);
    await this.page.fill('[data-testid="note-text-input"]', text);
    if (tags) await this.page.fill('[data-testid="note-tags"]', tags);
    if (approved) await this.page.selectOption('[data-testid="note-status"]', 'approved');
    await this.page.click('[data-testid="note-save"]');
    await this.page.locator('[data-testid="note-editor"]').waitFor({ state: 'detached' });
  }

  async addNoteInPanel(text: string, options: { author?: string } = {}): Promise<void> {
    await this.panel.locator('[data-testid="figure-add-note"]').click();
    await this.write(text, options);
  }

  closePanel(): Promise<void> {
    return this.page.click('[data-testid="figure-panel-close"]');
  }

  async editFootnote(index: number, text: string): Promise<void> {
    await this.footnotes.nth(index).locator('[data-testid="note-edit"]').click();
    await this.write(text);
  }

  /** Exports every note; returns the downloaded file's path. */
  async exportAll(saveTo: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click('[data-testid="notes-export"]')]);
    await download.saveAs(saveTo);
    return saveTo;
  }

  /** Picks a notes file and waits for its preview; returns the preview's counts text. */
  async previewImport(file: string): Promise<Record<string, string>> {
    await this.page.setInputFiles('[data-testid="notes-import-file"]', file);
    await this.page.locator('[data-testid="notes-import-preview"]').waitFor();
    return this.counts('[data-testid="notes-import-preview"]');
  }

  async applyImport(): Promise<Record<string, string>> {
    await this.page.click('[data-testid="notes-import-apply"]');
    await this.page.locator('[data-testid="notes-imported"]').waitFor();
    return this.counts('[data-testid="notes-imported"]');
  }

  private async counts(scope: string): Promise<Record<string, string>> {
    const items = this.page.locator(`${scope} [data-testid="notes-import-counts"] li`);
    const out: Record<string, string> = {};
    for (const li of await items.all()) out[(await li.getAttribute('data-outcome'))!] = (await li.textContent())!.trim();
    return out;
  }
}
