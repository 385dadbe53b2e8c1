// Spreadsheets in a layout the user mapped: read with a saved template found by the sheet's shape,
// or with a template given for this import; when none fits, say so with the sheets described so
// the user can map the layout.
import type { SheetDescription } from '../../../../shared/xlsx-template.js';
import type { FormatReader, TemplateChoice } from '../format-reader.js';
import { ImportError } from '../../types.js';
import { applyTemplate, type TemplateParseResult } from './apply.js';
import { describeWorkbook, findTemplate, locateTemplate } from './signature.js';
import type { Workbook } from '../../read/xlsx/workbook.js';
import { loadTemplateWorkbook, templateWorkbookOf, type TemplateWorkbook } from './workbook.js';

export { applyTemplate, periodFor, type TemplateParseResult } from './apply.js';
export { describeSheet, describeWorkbook, findTemplate, locateTemplate, MATCH_THRESHOLD, scoreSignature, signatureOf } from './signature.js';
export { loadTemplateWorkbook, type SheetGrid, type TemplateWorkbook } from './workbook.js';

/** A workbook no reader and no saved template understands: its sheets, for the user to map. */
export class LayoutNeededError extends ImportError {
  constructor(
    file: string,
    detail: string,
    readonly sheets: SheetDescription[],
  ) {
    super(file, null, detail);
    this.name = 'LayoutNeededError';
  }
}

export type { TemplateChoice };

/** Reads a workbook with the given template, or the saved one that fits; LayoutNeededError otherwise. */
export async function readWithTemplates(source: Buffer | Workbook, fileName: string, choice: TemplateChoice, why: string): Promise<TemplateParseResult> {
  const workbook: TemplateWorkbook = Buffer.isBuffer(source) ? await loadTemplateWorkbook(source, fileName) : templateWorkbookOf(source);
  if (choice.given) {
    const location = locateTemplate(workbook, choice.given);
    if (location) return applyTemplate(workbook, choice.given, fileName, location);
    throw new LayoutNeededError(
      fileName,
      `the layout of template '${choice.given.name}' matches none of this workbook's sheets (${workbook.sheets.map((s) => s.name).join(', ')}); map its layout in the Import tab`,
      describeWorkbook(workbook),
    );
  }
  const found = findTemplate(workbook, choice.saved);
  if (found) return applyTemplate(workbook, found.template, fileName, found.location);
  const templates =
    choice.saved.length === 0
      ? 'there are no saved layout templates'
      : `none of the ${choice.saved.length} saved layout template(s) (${choice.saved.map((t) => t.name).join(', ')}) matches its sheets`;
  throw new LayoutNeededError(
    fileName,
    `${why}; ${templates}. Map the layout of this workbook (sheet, header row, names column, period and basis of each column) in the Import tab, or use \`iip import FILE --template NAME\``,
    describeWorkbook(workbook),
  );
}

/**
 * Why a workbook is read with a template when none was given: the statistics-office reader found
 * no IIP sheet (formats/index.ts tries that reader first).
 */
const NOT_A_GSO_WORKBOOK = "this is not a statistics-office workbook (no sheet with a 'Toàn ngành công nghiệp' row)";

export const xlsxTemplateReader: FormatReader<Workbook> = {
  format: 'xlsx-template',
  read: (workbook, opts) =>
    readWithTemplates(workbook, opts.fileName, opts.templates ?? { saved: [] }, opts.templates?.given ? 'a layout template was given' : NOT_A_GSO_WORKBOOK),
};
