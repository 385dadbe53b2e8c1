// A sheet seen as a grid of texts and numbers: merged header cells resolved, number formats at
// hand. Legacy-font text is already Unicode (xlsx/legacy-text.ts).
import { cellPlace, type Place } from '../../../../shared/messages/place.js';
import type { LegacyEncoding } from '../../read/legacy-encoding.js';
import { formatDecimals } from '../../read/xlsx/number-format.js';
import { cellAddress, type Cell, type Sheet } from '../../read/xlsx/sheet.js';
import { cleanText, fold } from './text.js';

export class Grid {
  private readonly textCache = new Map<string, string>();

  constructor(readonly sheet: Sheet) {}

  get name(): string {
    return this.sheet.name;
  }

  get maxRow(): number {
    return this.sheet.maxRow;
  }

  get maxCol(): number {
    return this.sheet.maxCol;
  }

  /** Legacy encoding most of the sheet's text was in, when it was not Unicode. */
  get legacy(): LegacyEncoding | null {
    return this.sheet.legacy;
  }

  /** How many text cells were converted from a legacy encoding. */
  get decodedCells(): number {
    return this.sheet.decodedCells;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.cell(row, col);
  }

  address(row: number, col: number): string {
    return `${this.sheet.name}!${cellAddress(row, col)}`;
  }

  /** The cell as a message's place (sheet and cell). */
  place(row: number, col: number): Place {
    return cellPlace(this.sheet.name, cellAddress(row, col));
  }

  /** The cell's text as shown (NFC, whitespace collapsed); numbers as plain digits; '' when empty. */
  text(row: number, col: number): string {
    return this.textOf(row, col, this.cell(row, col));
  }

  /** Like text(), but a cell inside a merged range reads as the range's top-left cell. */
  mergedText(row: number, col: number): { text: string; row: number; col: number; mergeStartCol: number | null } {
    const eff = this.sheet.effectiveCell(row, col);
    return { text: this.textOf(eff.row, eff.col, eff.cell), row: eff.row, col: eff.col, mergeStartCol: eff.merge ? eff.merge.c1 : null };
  }

  folded(row: number, col: number): string {
    return fold(this.text(row, col));
  }

  decimals(row: number, col: number): number | null {
    return formatDecimals(this.cell(row, col)?.numFmt);
  }

  private textOf(row: number, col: number, c: Cell | undefined): string {
    if (!c) return '';
    const key = `${row},${col}`;
    const cached = this.textCache.get(key);
    if (cached !== undefined) return cached;
    let out: string;
    if (typeof c.value === 'string') out = cleanText(c.value);
    else if (typeof c.value === 'number') out = String(c.value);
    else if (typeof c.value === 'boolean') out = c.value ? 'TRUE' : 'FALSE';
    else out = c.error ?? '';
    this.textCache.set(key, out);
    return out;
  }
}
