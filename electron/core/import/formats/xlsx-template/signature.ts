// The shape of a sheet, to find a mapped layout again next month: the header row's texts without
// digits ("Tháng 11 năm 2025" and "Tháng 12 năm 2025" agree), the first names in the label column
// and the column count. Matching tries every sheet and every likely header row, so a renamed sheet
// or a row added above the table still matches.
import { foldForSearch, textSimilarity } from '../../../../shared/text.js';
import type { SheetDescription, SheetSignature, XlsxTemplate } from '../../../../shared/xlsx-template.js';
import type { SheetGrid, TemplateWorkbook } from './workbook.js';

export const PREVIEW_ROWS = 15;
const SIGNATURE_LABELS = 8;
/** Header rows tried when locating a layout: tables start near the top. */
const HEADER_SEARCH_ROWS = 40;
/** A sheet scoring below this is not the mapped layout. */
export const MATCH_THRESHOLD = 0.75;

/** Folded, digits removed, punctuation spaced out: the part of a header that stays from month to month. */
export function foldHeader(text: string): string {
  return foldForSearch(text.replace(/\d+/g, ' ').replace(/[()[\]:;,.\-–/%]+/g, (m) => ` ${m.includes('%') ? '%' : ''} `));
}

/** A name as a matching key: folded, leading bullets and numbering left out. */
export function foldLabel(text: string): string {
  return foldForSearch(text.replace(/^[\s\-–—+*•·]+/, '').replace(/^(\d+|[ivx]+|[a-z])[.)]\s+/i, ''));
}

function labelsUnder(grid: SheetGrid, headerRow: number, labelColumn: number, limit: number): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r <= grid.rowCount && out.length < limit; r++) {
    const label = foldLabel(grid.text(r, labelColumn));
    if (label !== '' && !/^\d+([.,]\d+)?$/.test(label)) out.push(label);
  }
  return out;
}

export function signatureOf(grid: SheetGrid, headerRow: number, labelColumn: number): SheetSignature {
  const headers: string[] = [];
  for (let c = 1; c <= grid.columnCount; c++) headers.push(foldHeader(grid.text(headerRow, c)));
  return { columnCount: grid.columnCount, headers, labels: labelsUnder(grid, headerRow, labelColumn, SIGNATURE_LABELS) };
}

/** 0..1: how well a sheet read with this header row fits a saved signature. */
export function scoreSignature(saved: SheetSignature, grid: SheetGrid, headerRow: number, labelColumn: number): number {
  const named = saved.headers.map((h, i) => [h, i] as const).filter(([h]) => h !== '');
  if (named.length === 0) return 0;
  const header = named.reduce((sum, [h, i]) => sum + textSimilarity(h, foldHeader(grid.text(headerRow, i + 1))), 0) / named.length;
  const found = new Set(labelsUnder(grid, headerRow, labelColumn, SIGNATURE_LABELS * 3));
  const labels = saved.labels.length === 0 ? header : saved.labels.filter((l) => found.has(l)).length / saved.labels.length;
  const width = Math.max(saved.columnCount, grid.columnCount, 1);
  const columns = 1 - Math.min(1, Math.abs(saved.columnCount - grid.columnCount) / width);
  // The names weigh almost as much as the headers: the same headers over other names is another table.
  return 0.5 * header + 0.4 * labels + 0.1 * columns;
}

export interface Location {
  sheet: SheetGrid;
  headerRow: number;
  score: number;
}

/** The sheet and header row where the template's layout fits best, or null below the threshold. */
export function locateTemplate(workbook: TemplateWorkbook, template: XlsxTemplate): Location | null {
  const saved = template.sheetMatch;
  if (!saved) {
    // A mapping just made on this very file: its sheet, as mapped.
    const sheet = workbook.sheets.find((s) => s.name === template.sheet);
    return sheet ? { sheet, headerRow: template.headerRow, score: 1 } : null;
  }
  let best: Location | null = null;
  for (const sheet of workbook.sheets) {
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      // Ties go to the sheet of the same name, then to the row the template names.
      const score =
        scoreSignature(saved, sheet, r, template.labelColumn) + (sheet.name === template.sheet ? 0.001 : 0) + (r === template.headerRow ? 0.0005 : 0);
      if (!best || score > best.score) best = { sheet, headerRow: r, score };
    }
  }
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}

/** The saved template that fits one of the workbook's sheets best, above the threshold. */
export function findTemplate<T extends XlsxTemplate>(workbook: TemplateWorkbook, templates: readonly T[]): { template: T; location: Location } | null {
  let best: { template: T; location: Location } | null = null;
  for (const template of templates) {
    if (!template.sheetMatch) continue;
    const location = locateTemplate(workbook, template);
    if (location && (!best || location.score > best.location.score)) best = { template, location };
  }
  return best;
}

/** The row with the most text cells among the first rows that is followed by numbers: a header row. */
function guessHeaderRow(grid: SheetGrid): number {
  let best = 1;
  let bestScore = -1;
  for (let r = 1; r <= Math.min(grid.rowCount, PREVIEW_ROWS); r++) {
    let texts = 0;
    for (let c = 1; c <= grid.columnCount; c++) if (grid.text(r, c) !== '' && grid.cell(r, c).number === null) texts++;
    // Numbers right under the row count double: the header is the last text row above the figures.
    let numbersBelow = 0;
    for (let c = 1; c <= grid.columnCount; c++) numbersBelow += grid.cell(r + 1, c).number !== null ? 2 : grid.cell(r + 2, c).number !== null ? 1 : 0;
    const score = numbersBelow > 0 ? texts + numbersBelow : texts / 10;
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best;
}

function guessLabelColumn(grid: SheetGrid, headerRow: number): number {
  let best = 1;
  let bestCount = -1;
  for (let c = 1; c <= Math.min(grid.columnCount, 5); c++) {
    let count = 0;
    for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + 30); r++)
      if (/\p{L}{2}/u.test(grid.text(r, c)) && grid.cell(r, c).number === null) count++;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

export function describeSheet(grid: SheetGrid): SheetDescription {
  const rows: string[][] = [];
  for (let r = 1; r <= Math.min(grid.rowCount, PREVIEW_ROWS); r++) {
    const row: string[] = [];
    for (let c = 1; c <= grid.columnCount; c++) row.push(grid.text(r, c));
    rows.push(row);
  }
  const guessedHeaderRow = guessHeaderRow(grid);
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    rows,
    guessedHeaderRow,
    guessedLabelColumn: guessLabelColumn(grid, guessedHeaderRow),
  };
}

export const describeWorkbook = (workbook: TemplateWorkbook): SheetDescription[] =>
  workbook.sheets.filter((s) => !s.hidden && s.columnCount > 0).map(describeSheet);
