// Text helpers for GSO workbook cells: labels as shown, and a folded form for matching keywords.
import { foldIY } from '../../../../shared/vietnamese.js';

/** NFC, line breaks, tabs and non-breaking spaces as single spaces, trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ')
    .trim();
}

/**
 * Lower case without diacritics, đ as d, i/y alike (kì/kỳ → ky), whitespace collapsed: "Tháng 11\nnăm 2024" →
 * "thang 11 nam 2024". Only for recognising words; never shown.
 */
export function fold(s: string): string {
  return foldIY(
    cleanText(s)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/[‘’`´]/g, "'")
      .normalize('NFC'),
  );
}

/** Number of decimal places a float shows when written in the shortest exact form (capped at 10). */
export function storedDecimals(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  // 15 significant digits drop binary noise such as 420.09999999999997.
  const s = Number(v.toPrecision(15)).toString();
  if (/e-/i.test(s)) return 10;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}
