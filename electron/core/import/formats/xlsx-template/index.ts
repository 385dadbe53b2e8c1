// Spreadsheets in a layout the user mapped: read with a saved template found by the sheet's shape,
// or with a template given for this import; when none fits, say so with the sheets described so
// the user can map the layout.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import { excerpt } from '../../read/limits.js';
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
    message: ImportSaid,
    readonly sheets: SheetDescription[],
  ) {
    super(file, null, message);
    this.name = 'LayoutNeededError';
  }
}

export type { TemplateChoice };

/** Reads a workbook with the given template, or the saved one that fits; LayoutNeededError otherwise. */
export async function readWithTemplates(source: Buffer | Workbook, fileName: string, choice: TemplateChoice, why: ImportSaid): Promise<TemplateParseResult> {
  const workbook: TemplateWorkbook = Buffer.isBuffer(source) ? await loadTemplateWorkbook(source, fileName) : templateWorkbookOf(source);
  if (choice.given) {
    const location = locateTemplate(workbook, choice.given);
    if (location) return applyTemplate(workbook, choice.given, fileName, location);
    throw new LayoutNeededError(
      fileName,
      said('template.given-matches-no-sheet', { template: excerpt(choice.given.name), sheets: excerpt(workbook.sheets.map((s) => s.name).join(', '), 200) }),
      describeWorkbook(workbook),
    );
  }
  const found = findTemplate(workbook, choice.saved);
  if (found) return applyTemplate(workbook, found.template, fileName, found.location);
  const templates =
    choice.saved.length === 0
      ? said('template.none-saved')
      : said('template.none-matches', { count: choice.saved.length, templates: excerpt(choice.saved.map((t) => t.name).join(', '), 200) });
  throw new LayoutNeededError(fileName, said('template.layout-needed', { why, templates }), describeWorkbook(workbook));
}

/**
 * Why a workbook is read with a template when none was given: the statistics-office reader found
 * no IIP sheet (formats/index.ts tries that reader first).
 */
const NOT_A_GSO_WORKBOOK = said('template.why-not-gso');

export const xlsxTemplateReader: FormatReader<Workbook> = {
  format: 'xlsx-template',
  read: (workbook, opts) =>
    readWithTemplates(workbook, opts.fileName, opts.templates ?? { saved: [] }, opts.templates?.given ? said('template.why-given') : NOT_A_GSO_WORKBOOK),
};
