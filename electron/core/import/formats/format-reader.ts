// The one interface every format implements: a file's content in (its bytes, or for the .xlsx
// formats the workbook already loaded), the figures and release details it states out. Readers of
// formats that can be large may also read a stream of chunks, so a big file is never held whole.
import type { FormatId } from '../../../shared/contract/import.js';
import type { XlsxTemplate } from '../../../shared/xlsx-template.js';
import type { ParseResult } from '../types.js';

/** Layout templates for workbooks the statistics-office reader does not recognise. */
export interface TemplateChoice {
  /** Saved templates to try by shape. */
  saved: readonly XlsxTemplate[];
  /** A template chosen for this import (by name on the command line, or mapped in the preview): used first. */
  given?: XlsxTemplate;
}

export interface ReadOptions {
  /** The name used in messages, locations and the release. */
  fileName: string;
  /** Refuse the file past this many figures (see MAX_FIGURES_PER_FILE). */
  maxFigures: number;
  /** For workbooks: the layout templates to try. */
  templates?: TemplateChoice;
  /** The publication date the user gave on import (press text places relative periods on it). */
  publishedOn?: string;
}

/** Reads one format. `Input` is the file's bytes, or a loaded Workbook for the .xlsx formats. */
export interface FormatReader<Input = Buffer> {
  readonly format: FormatId;
  read(input: Input, opts: ReadOptions): ParseResult | Promise<ParseResult>;
  /** Reads the file as it streams from disk, chunk by chunk; the same result as `read`. */
  readStream?(chunks: AsyncIterable<Buffer>, opts: ReadOptions): Promise<ParseResult>;
}
