// One writer per file format, all from the same chart specs (see @shared/export/chart-spec): a
// deck of one slide per spec, one chart's data, or its picture. Writers return bytes; who saves them, and
// where, is the caller's business (main after a save dialog, the web host as a download, the CLI).
import type { ChartSpec } from '../../../shared/export/chart-spec.js';

export const EXPORT_FORMATS = ['pptx', 'csv', 'xlsx', 'png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface WriteOptions {
  /** Slides: 16:9 (default) or 4:3. */
  aspect?: '16:9' | '4:3';
  /** Slides: the chart as a picture (PNG bytes per spec, same order) instead of a native chart. */
  pictures?: (Uint8Array | null)[];
  /** PNG: pixels per logical pixel of the 1200 × 675 picture (1 by default). */
  scale?: 1 | 2 | 3;
  /** Pictures (PNG, SVG, PDF): no background instead of white. */
  transparent?: boolean;
  /** PNG: the chart alone, without title, notes and source (a slide around it says those). */
  chartOnly?: boolean;
  /** Slides: each chart drawn as a high-resolution picture (3×, the chart alone) instead of a native chart. */
  pictureSlides?: boolean;
}

export type ExportWriter = (specs: ChartSpec[], options: WriteOptions) => Promise<Uint8Array>;

export const FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  pptx: { extension: '.pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  csv: { extension: '.csv', mime: 'text/csv; charset=utf-8' },
  xlsx: { extension: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  png: { extension: '.png', mime: 'image/png' },
  svg: { extension: '.svg', mime: 'image/svg+xml' },
  pdf: { extension: '.pdf', mime: 'application/pdf' },
};

/** The format a file name asks for by its extension, or null. */
export function formatOfFileName(fileName: string): ExportFormat | null {
  const lower = fileName.toLowerCase();
  return EXPORT_FORMATS.find((f) => lower.endsWith(FILE_TYPES[f].extension)) ?? null;
}
