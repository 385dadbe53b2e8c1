// An .xlsx read with exceljs into plain grids of cell texts and numbers, merged cells filled with
// the merged value, so the layout code below never touches exceljs.
import ExcelJS from 'exceljs';
import { ImportError } from '../types.js';
import { decimalsOfFloat } from '../numbers.js';

export interface GridCell {
  text: string;
  /** The number the cell holds (a formula's cached result), or null. */
  number: number | null;
  /** Decimals as displayed (from the number format), or as the text is written. */
  decimals: number | null;
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  /** 1-based row and column; outside the used range an empty cell. */
  cell(row: number, column: number): GridCell;
  text(row: number, column: number): string;
}

export interface TemplateWorkbook {
  sheets: SheetGrid[];
}

const EMPTY: GridCell = { text: '', number: null, decimals: null };
/** Rows read per sheet: monthly tables have tens to a few hundred; a sheet past this is not such a table. */
const MAX_ROWS = 5000;
const MAX_COLUMNS = 200;

/** Decimals a number format shows: "0.0" → 1, "#,##0.00" → 2, General → null. */
function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || /general/i.test(numFmt)) return null;
  const m = /0\.(0+)/.exec(numFmt.split(';')[0] ?? '');
  return m ? m[1]!.length : /0/.test(numFmt) ? 0 : null;
}

function cellOf(cell: ExcelJS.Cell): GridCell {
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result;
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return EMPTY;
    return { text: String(v), number: v, decimals: formatDecimals(cell.numFmt) ?? decimalsOfFloat(v) };
  }
  if (typeof v === 'string') return { text: v.trim(), number: null, decimals: null };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', number: null, decimals: null };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), number: null, decimals: null };
  if (typeof v === 'object') {
    if ('richText' in v) return { text: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('').trim(), number: null, decimals: null };
    if ('text' in v) return { text: String((v as { text: unknown }).text).trim(), number: null, decimals: null };
    if ('error' in v) return { text: String((v as { error: unknown }).error), number: null, decimals: null };
  }
  return EMPTY;
}

function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const rowCount = Math.min(ws.rowCount, MAX_ROWS);
  const columnCount = Math.min(ws.columnCount, MAX_COLUMNS);
  const cells: GridCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const out: GridCell[] = [];
    for (let c = 1; c <= columnCount; c++) out.push(cellOf(row.getCell(c)));
    cells.push(out);
  }
  // Trailing empty columns (formatting only) are not part of the table.
  let used = 0;
  for (const row of cells) for (let c = row.length; c > used; c--) if (row[c - 1]!.text !== '') used = c;
  const cell = (row: number, column: number): GridCell => cells[row - 1]?.[column - 1] ?? EMPTY;
  return { name: ws.name, hidden: ws.state !== 'visible', rowCount, columnCount: used, cell, text: (row, column) => cell(row, column).text };
}

export async function loadTemplateWorkbook(bytes: Buffer, fileName: string): Promise<TemplateWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(fileName, null, `cannot read this workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { sheets: wb.worksheets.map(gridOf) };
}
