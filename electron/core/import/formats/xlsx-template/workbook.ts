// A workbook (read by ../../read/xlsx/workbook.ts) as plain grids of cell texts and numbers, merged cells
// filled with the merged value, so the layout code works on texts and numbers only.
import { decimalsOfFloat } from '../../read/numbers.js';
import { formatDecimals } from '../../read/xlsx/number-format.js';
import type { Cell, Sheet } from '../../read/xlsx/sheet.js';
import { loadWorkbook, type Workbook } from '../../read/xlsx/workbook.js';

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

function gridCellOf(cell: Cell | undefined): GridCell {
  if (!cell) return EMPTY;
  const v = cell.value;
  if (cell.date !== undefined) return { text: cell.date, number: null, decimals: null };
  if (typeof v === 'number') return { text: String(v), number: v, decimals: formatDecimals(cell.numFmt) ?? decimalsOfFloat(v) };
  if (typeof v === 'string') return { text: v.trim(), number: null, decimals: null };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', number: null, decimals: null };
  if (cell.error !== undefined) return { text: cell.error, number: null, decimals: null };
  return EMPTY;
}

function gridOf(sheet: Sheet): SheetGrid {
  // A merged cell with content reaches as far as its range.
  let height = sheet.maxRow;
  let width = sheet.maxCol;
  for (const m of sheet.merges) {
    if (!sheet.cell(m.r1, m.c1)) continue;
    height = Math.max(height, m.r2);
    width = Math.max(width, m.c2);
  }
  const rowCount = Math.min(height, MAX_ROWS);
  const cells: GridCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row: GridCell[] = [];
    for (let c = 1; c <= Math.min(width, MAX_COLUMNS); c++) row.push(gridCellOf(sheet.effectiveCell(r, c).cell));
    cells.push(row);
  }
  // Columns whose cells are all empty at the right are not part of the table.
  let used = 0;
  for (const row of cells) for (let c = row.length; c > used; c--) if (row[c - 1]!.text !== '') used = c;
  const cell = (row: number, column: number): GridCell => cells[row - 1]?.[column - 1] ?? EMPTY;
  return { name: sheet.name, hidden: sheet.state !== 'visible', rowCount, columnCount: used, cell, text: (row, column) => cell(row, column).text };
}

export async function loadTemplateWorkbook(bytes: Buffer, fileName: string): Promise<TemplateWorkbook> {
  return templateWorkbookOf(await loadWorkbook(bytes, fileName));
}

/** A workbook already loaded (by the statistics-office reader, which found no IIP sheet in it). */
export function templateWorkbookOf(workbook: Workbook): TemplateWorkbook {
  return { sheets: workbook.sheets.map(gridOf) };
}
