// The document itself, beneath the views: the fonts it loaded and where its pictures come from.
import type { Page } from 'playwright-core';

export interface FontsReport {
  /** document.fonts.status: 'loaded' once every face the page uses has loaded. */
  status: string;
  /** The faces of a family that have loaded: weight and the ranges of characters each covers. */
  loaded: { family: string; weight: string; unicodeRange: string }[];
  /** Whether text in the family can be drawn with the faces loaded, without a fallback font. */
  drawsVietnamese: boolean;
}

export class DocumentPage {
  constructor(readonly page: Page) {}

  /** Waits for the document's fonts, then reports the faces of `family` and whether they draw `sample`. */
  fonts(family: string, sample: string): Promise<FontsReport> {
    return this.page.evaluate(
      async ({ family, sample }) => {
        await document.fonts.ready;
        const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
        return {
          status: document.fonts.status,
          loaded: faces.map((f) => ({ family: f.family.replace(/"/g, ''), weight: f.weight, unicodeRange: f.unicodeRange })),
          drawsVietnamese: document.fonts.check(`16px "${family}"`, sample),
        };
      },
      { family, sample },
    );
  }

  /** Where every picture, icon and stylesheet link of the document points. */
  linkedResources(): Promise<string[]> {
    return this.page.evaluate(() => [
      ...[...document.querySelectorAll('img')].map((img) => img.src),
      ...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
    ]);
  }
}
