// The writers this build has, by format. A format without one is answered "not available";
// adding one is a line here.
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { BadInputError } from '../../errors.js';
import { writeCsv } from './csv.js';
import { writePptx } from './pptx.js';
import type { ExportFormat, ExportWriter, WriteOptions } from './writer.js';
import { writeXlsx } from './xlsx.js';

/** Pictures load Chart.js and the native canvas only when one is asked for. */
const picture =
  (name: 'writePng' | 'writeSvg' | 'writePdf'): ExportWriter =>
  async (specs, options) =>
    (await import('./image.js'))[name](specs, options);

export const WRITERS: Partial<Record<ExportFormat, ExportWriter>> = {
  pptx: writePptx,
  csv: writeCsv,
  xlsx: writeXlsx,
  png: picture('writePng'),
  svg: picture('writeSvg'),
  pdf: picture('writePdf'),
};

/** Thrown for a format this build has no writer for (answered as bad input). */
export class FormatUnavailableError extends BadInputError {
  constructor(readonly format: string) {
    super(`export to ${format} is not available yet in this build`);
  }
}

export const hasWriter = (format: ExportFormat): boolean => WRITERS[format] !== undefined;

/** The file's bytes for these specs in `format`. */
export async function writeExport(format: ExportFormat, specs: ChartSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  const writer = WRITERS[format];
  if (!writer) throw new FormatUnavailableError(format);
  if (format !== 'pptx' || !options.pictureSlides) return writer(specs, options);
  // Slides with pictures: each chart drawn alone at 3×, in the place the native chart would take.
  const png = picture('writePng');
  const pictures = await Promise.all(specs.map((spec) => png([spec], { scale: 3, chartOnly: true })));
  return writer(specs, { ...options, pictures });
}
