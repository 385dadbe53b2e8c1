// Text typed in the old 8-bit Vietnamese fonts (TCVN3 .VnTime, VNI-Times) converted to Unicode,
// cell by cell: a cell's own tell-tale letters decide, and in a sheet mostly in one legacy
// encoding the cell's font decides for text whose letters do not tell.
import { decodeLegacy, detectLegacyEncoding, legacyFontEncoding, type LegacyEncoding } from '../legacy-encoding.js';
import type { Sheet } from './sheet.js';

const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** Converts the sheet's legacy-font text cells in place; sets sheet.legacy and sheet.decodedCells. */
export function decodeLegacyText(sheet: Sheet): void {
  sheet.legacy = sheetEncoding(sheet);
  for (const cell of sheet.cells()) {
    if (typeof cell.value !== 'string') continue;
    const text = decodeCellText(cell.value, cell.font, sheet.legacy);
    if (text === null) continue;
    cell.value = text;
    sheet.decodedCells++;
  }
}

/** The cell's text in Unicode, or null when it is not legacy text. */
function decodeCellText(text: string, fontName: string | null, sheetLegacy: LegacyEncoding | null): string | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  // A cell in the default style has no font name here; in a legacy sheet that default is the legacy font.
  const font = legacyFontEncoding(fontName) ?? (fontName === null && sheetLegacy ? { enc: sheetLegacy, upperCase: false } : null);
  const own = detectLegacyEncoding(text);
  const enc = own ?? (sheetLegacy && font?.enc === sheetLegacy ? sheetLegacy : null);
  if (!enc) return null;
  // In a Unicode sheet a stray match counts only when the cell's font agrees.
  if (!sheetLegacy && font?.enc !== own) return null;
  return decodeLegacy(text, enc, { upperCase: font?.enc === enc && font.upperCase });
}

/** The sheet is in a legacy encoding when several text cells say so and they outnumber Unicode ones. */
function sheetEncoding(sheet: Sheet): LegacyEncoding | null {
  let tcvn = 0;
  let vni = 0;
  let unicode = 0;
  for (const c of sheet.cells()) {
    if (typeof c.value !== 'string') continue;
    if (UNICODE_VIETNAMESE.test(c.value)) {
      unicode++;
      continue;
    }
    const enc = detectLegacyEncoding(c.value);
    if (enc === 'tcvn3') tcvn++;
    else if (enc === 'vni') vni++;
  }
  const best: LegacyEncoding = tcvn >= vni ? 'tcvn3' : 'vni';
  const n = Math.max(tcvn, vni);
  return n >= 2 && n > unicode ? best : null;
}
