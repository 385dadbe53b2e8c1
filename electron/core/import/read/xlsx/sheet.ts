// A worksheet as plain data: the cells that hold something, merged ranges, hidden rows and
// columns. Built by workbook.ts; the table readers never see exceljs.
import type { LegacyEncoding } from '../legacy-encoding.js';

export type CellValue = number | string | boolean | null;

export interface Cell {
  /** Text (legacy-font text already in Unicode), number, logical value; a formula's cached result. */
  value: CellValue;
  /** Excel error text (#N/A, #REF!, #DIV/0! …) when the cell holds an error. */
  error?: string;
  hasFormula: boolean;
  /** The number format code ("0.0", "#,##0.00"); null for General. */
  numFmt: string | null;
  /** The cell's font; null for cells in the workbook's default style (exceljs does not name that font). */
  font: string | null;
  /** For a number under a date format: the date it shows, ISO (value stays the serial number). */
  date?: string;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** 1-based, inclusive. */
export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** A sheet as plain data without its cells, as a worker posts it; the cells follow in batches. */
export interface SheetOutline {
  name: string;
  state: SheetState;
  merges: MergeRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  legacy: LegacyEncoding | null;
  decodedCells: number;
}

/** Cells with their places, in parallel arrays: cells[i] is at (rows[i], cols[i]). */
export interface CellBatch {
  rows: number[];
  cols: number[];
  cells: Cell[];
}

export class Sheet {
  /** row → column → cell; only cells with a value, an error or a formula. */
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly merges: MergeRange[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  /** Last row and column holding a cell (formatting alone does not count). */
  maxRow = 0;
  maxCol = 0;
  /** The legacy encoding (TCVN3, VNI) most of the sheet's text was in, when not Unicode. */
  legacy: LegacyEncoding | null = null;
  /** How many text cells were converted from a legacy encoding. */
  decodedCells = 0;
  private mergeIndex: Map<string, MergeRange> | null = null;

  constructor(
    readonly name: string,
    readonly state: SheetState,
  ) {}

  /** A sheet with this outline and no cells yet (structured clone keeps no class: the worker posts outlines). */
  static fromOutline(outline: SheetOutline): Sheet {
    const sheet = new Sheet(outline.name, outline.state);
    for (const m of outline.merges) sheet.merges.push(m);
    for (const r of outline.hiddenRows) sheet.hiddenRows.add(r);
    for (const c of outline.hiddenCols) sheet.hiddenCols.add(c);
    sheet.legacy = outline.legacy;
    sheet.decodedCells = outline.decodedCells;
    return sheet;
  }

  outline(): SheetOutline {
    const { name, state, legacy, decodedCells } = this;
    return { name, state, merges: [...this.merges], hiddenRows: [...this.hiddenRows], hiddenCols: [...this.hiddenCols], legacy, decodedCells };
  }

  /** The cells in row, then column, order of insertion, `size` a batch. */
  *cellBatches(size: number): Generator<CellBatch> {
    let batch: CellBatch = { rows: [], cols: [], cells: [] };
    for (const [r, row] of this.rows) {
      for (const [c, cell] of row) {
        batch.rows.push(r);
        batch.cols.push(c);
        batch.cells.push(cell);
        if (batch.cells.length < size) continue;
        yield batch;
        batch = { rows: [], cols: [], cells: [] };
      }
    }
    if (batch.cells.length > 0) yield batch;
  }

  addCells(batch: CellBatch): void {
    for (let i = 0; i < batch.cells.length; i++) this.setCell(batch.rows[i]!, batch.cols[i]!, batch.cells[i]!);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  setCell(row: number, col: number, cell: Cell): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, cell);
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  *cells(): Generator<Cell> {
    for (const row of this.rows.values()) yield* row.values();
  }

  /** The merged range that covers the cell, if any. */
  mergeAt(row: number, col: number): MergeRange | undefined {
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      for (const m of this.merges) {
        for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) this.mergeIndex.set(`${r},${c}`, m);
      }
    }
    return this.mergeIndex.get(`${row},${col}`);
  }

  /** The cell, or for a cell inside a merged range, the range's top-left cell. */
  effectiveCell(row: number, col: number): { cell: Cell | undefined; row: number; col: number; merge?: MergeRange } {
    const m = this.mergeAt(row, col);
    if (!m) return { cell: this.cell(row, col), row, col };
    return { cell: this.cell(m.r1, m.c1), row: m.r1, col: m.c1, merge: m };
  }
}
