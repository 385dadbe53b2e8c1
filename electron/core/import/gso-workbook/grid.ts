// A sheet seen as a grid of texts and numbers: legacy-font text decoded, merged header cells
// resolved, number formats at hand.
import { decodeLegacy, detectLegacyEncoding, legacyFontEncoding, type LegacyEncoding } from '../legacy-encoding.js';
import { cleanText, fold } from './text.js';
import { cellAddress, formatDecimals, type Cell, type Sheet, type XlsxWorkbook } from './xlsx.js';

const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

export class Grid {
  /** Legacy encoding most of the sheet's text is in, when it is not Unicode. */
  readonly legacy: LegacyEncoding | null;
  /** How many text cells were converted from a legacy encoding. */
  decodedCells = 0;
  private readonly textCache = new Map<string, string>();

  constructor(
    readonly wb: XlsxWorkbook,
    readonly sheet: Sheet,
  ) {
    this.legacy = sheetEncoding(sheet);
  }

  get name(): string {
    return this.sheet.name;
  }

  get maxRow(): number {
    return this.sheet.maxRow;
  }

  get maxCol(): number {
    return this.sheet.maxCol;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.cell(row, col);
  }

  address(row: number, col: number): string {
    return `${this.sheet.name}!${cellAddress(row, col)}`;
  }

  /** The cell's text as shown (Unicode, NFC, whitespace collapsed); numbers as plain digits; '' when empty. */
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
    const c = this.cell(row, col);
    return c ? formatDecimals(this.wb.numFmt(c.style)) : null;
  }

  private textOf(row: number, col: number, c: Cell | undefined): string {
    if (!c) return '';
    const key = `${row},${col}`;
    const cached = this.textCache.get(key);
    if (cached !== undefined) return cached;
    let out: string;
    if (typeof c.value === 'string') out = cleanText(this.decode(c.value, c.style));
    else if (typeof c.value === 'number') out = String(c.value);
    else if (typeof c.value === 'boolean') out = c.value ? 'TRUE' : 'FALSE';
    else out = c.error ?? '';
    this.textCache.set(key, out);
    return out;
  }

  private decode(s: string, style: number): string {
    if (UNICODE_VIETNAMESE.test(s)) return s;
    const font = legacyFontEncoding(this.wb.fontName(style));
    const own = detectLegacyEncoding(s);
    // A cell's own tell-tale letters decide; otherwise a legacy font in a legacy sheet does.
    const enc = own ?? (this.legacy && font?.enc === this.legacy ? this.legacy : null);
    if (!enc) return s;
    // In a Unicode sheet a stray match counts only when the cell's font agrees.
    if (!this.legacy && font?.enc !== own) return s;
    this.decodedCells++;
    return decodeLegacy(s, enc, { upperCase: font?.enc === enc && font.upperCase });
  }
}

/** The sheet is in a legacy encoding when several text cells say so and they outnumber Unicode ones. */
function sheetEncoding(sheet: Sheet): LegacyEncoding | null {
  let tcvn = 0;
  let vni = 0;
  let unicode = 0;
  for (const row of sheet.rows.values()) {
    for (const c of row.values()) {
      if (typeof c.value !== 'string') continue;
      if (UNICODE_VIETNAMESE.test(c.value)) {
        unicode++;
        continue;
      }
      const enc = detectLegacyEncoding(c.value);
      if (enc === 'tcvn3') tcvn++;
      else if (enc === 'vni') vni++;
    }
  }
  const best: LegacyEncoding = tcvn >= vni ? 'tcvn3' : 'vni';
  const n = Math.max(tcvn, vni);
  return n >= 2 && n > unicode ? best : null;
}
