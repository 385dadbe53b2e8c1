// Number parsing for imported figures. Pure, no I/O.
//
// Decisions:
// - Decimal point ("9.3", "1,234.5") and decimal comma ("9,3", "1.234,5") are both read, but a caller that knows the
//   file's convention passes it, and a number written in the other convention is reported, never silently re-read.
// - Thousands separators must group by three digits; a space, no-break space or narrow no-break space also groups.
// - The minus may be "-" or the Unicode minus "−" (U+2212); a leading "+" is allowed.
// - Parentheses "(3.4)" are NOT read as negative: statistical releases use parentheses for asides ("leather (17 per
//   cent)"), never for accounting negatives, so guessing a sign would invent data. They are rejected as not-a-number.

export type DecimalMark = '.' | ',';

export type NumberParse =
  | { ok: true; value: number; decimals: number; /** true when the text could be read in both conventions ("1,234"). */ ambiguous: boolean }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'wrong-mark'; /** for wrong-mark: the convention the text seems to use */ seems?: DecimalMark };

const MINUS = /^[-\u2212]/;
const SPACES = /[\u0020\u00a0\u202f\u2009]/g;

/** Shape of a numeric text, sign removed: which separators it uses and how. */
export type NumberShape =
  | { kind: 'int' } // 123, 1 234
  | { kind: 'dot' } // 9.3, 1,234.5 — only a decimal point reading works
  | { kind: 'comma' } // 9,3, 1.234,5 — only a decimal comma reading works
  | { kind: 'ambiguous' } // 1,234 or 1.234 or 1,234,567.0? (one separator followed by exactly three digits)
  | { kind: 'invalid' };

function stripSign(text: string): { body: string; negative: boolean } | null {
  let t = text.trim();
  let negative = false;
  if (MINUS.test(t)) {
    negative = true;
    t = t.slice(1).trimStart();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trimStart();
  }
  if (t === '') return null;
  return { body: t, negative };
}

const INT_PLAIN = /^\d+$/;
const INT_SPACED = /^\d{1,3}([\u0020\u00a0\u202f\u2009]\d{3})+$/;

/** Classifies a number's text by its separators (sign and spaces allowed). */
export function numberShape(text: string): NumberShape {
  const s = stripSign(text);
  if (!s) return { kind: 'invalid' };
  const b = s.body;
  if (INT_PLAIN.test(b) || INT_SPACED.test(b)) return { kind: 'int' };
  const dotOk = readWith(b, '.') !== null;
  const commaOk = readWith(b, ',') !== null;
  if (dotOk && commaOk) return { kind: 'ambiguous' };
  if (dotOk) return { kind: 'dot' };
  if (commaOk) return { kind: 'comma' };
  return { kind: 'invalid' };
}

/** Reads an unsigned body with the given decimal mark; null when it does not fit that convention. */
function readWith(body: string, mark: DecimalMark): { value: number; decimals: number } | null {
  const group = mark === '.' ? ',' : '.';
  const b = body.replace(SPACES, ' ');
  const at = b.indexOf(mark);
  if (at !== b.lastIndexOf(mark)) return null; // two decimal marks
  const intPart = at < 0 ? b : b.slice(0, at);
  const fracPart = at < 0 ? '' : b.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fracPart)) return null;
  if (intPart === '') {
    if (at < 0) return null;
  } else if (!/^\d+$/.test(intPart)) {
    // grouped integer part: 1,234,567 or 1 234 567 (one kind of separator)
    const grouped = new RegExp(`^\\d{1,3}(${group === '.' ? '\\.' : ','}\\d{3})+$`);
    const spaced = /^\d{1,3}( \d{3})+$/;
    if (!grouped.test(intPart) && !spaced.test(intPart)) return null;
  }
  const digits = intPart.replace(/[^\d]/g, '') || '0';
  const value = Number(`${digits}.${fracPart || '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value, decimals: fracPart.length };
}

const PLAIN = /^(-?)(\d+)(?:([.,])(\d+))?$/;

/**
 * The common case read quickly: digits with at most one separator that can only be a decimal mark
 * ("101.3", "-9,25", "7"); null for anything else, left to numberShape and parseNumber ("1,234",
 * grouped or spaced thousands, a Unicode minus, a plus). `mark` is null for an integer.
 */
export function readPlainNumber(text: string): { value: number; decimals: number; mark: DecimalMark | null } | null {
  const m = PLAIN.exec(text);
  if (!m) return null;
  const [, minus, int, mark, frac] = m as unknown as [string, string, string, DecimalMark | undefined, string | undefined];
  if (!mark || !frac) return { value: Number(int) * (minus ? -1 : 1) || 0, decimals: 0, mark: null };
  // one to three digits, a separator and exactly three more could be thousands: ambiguous
  if (frac.length === 3 && int.length <= 3) return null;
  return { value: Number(`${minus}${int}.${frac}`) || 0, decimals: frac.length, mark };
}

/**
 * Parses a number as written in a table or text.
 * mark: the file's decimal mark; 'auto' takes the reading that fits (a lone separator before exactly three digits is
 * ambiguous: read as decimal and flagged `ambiguous`, e.g. "1,234" → 1.234 — callers holding file-level context
 * should resolve it themselves with numberShape).
 */
export function parseNumber(text: string, mark: DecimalMark | 'auto' = 'auto'): NumberParse {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const s = stripSign(text);
  if (!s) return { ok: false, reason: 'not-a-number' };
  const shape = numberShape(text);
  if (shape.kind === 'invalid') return { ok: false, reason: 'not-a-number' };
  const sign = s.negative ? -1 : 1;
  const finish = (r: { value: number; decimals: number }, ambiguous: boolean): NumberParse => ({
    ok: true,
    value: sign * r.value || 0,
    decimals: r.decimals,
    ambiguous,
  });
  if (mark === 'auto') {
    // ambiguous: a single separator with three digits after it. Read it as a decimal mark.
    const auto = shape.kind === 'comma' ? ',' : shape.kind === 'dot' || shape.kind === 'int' ? '.' : (/[.,]/.exec(s.body)?.[0] as DecimalMark);
    const r = readWith(s.body, auto);
    // a number too large for a double (hundreds of digits) is none
    return r ? finish(r, shape.kind === 'ambiguous') : { ok: false, reason: 'not-a-number' };
  }
  const r = readWith(s.body, mark);
  if (r) return finish(r, shape.kind === 'ambiguous');
  return { ok: false, reason: 'wrong-mark', seems: mark === '.' ? ',' : '.' };
}

/** Number of decimals as written: "34" → 0, "34.30" → 2, "9,3" → 1. Exponent forms count effective places. */
export function countDecimals(text: string): number {
  const t = text.trim();
  const e = /^[-+\u2212]?(\d*)[.,]?(\d*)[eE]([-+]?\d+)$/.exec(t);
  if (e) return Math.max(0, (e[2] ?? '').length - Number(e[3]));
  const m = /[.,](\d+)$/.exec(t.replace(SPACES, ''));
  if (!m) return 0;
  // "1,234" with grouping is ambiguous; callers that care use parseNumber's result.
  return m[1]!.length;
}

const PLAIN_DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A machine decimal as in XML Schema / JSON / SDMX ("112.3", "-0.5", "1.1E2"): decimal point only, no grouping.
 * Returns null when not such a number. NaN/INF are not numbers here (callers treat "NaN" as missing).
 */
export function parsePlainDecimal(text: string): { value: number; decimals: number } | null {
  const t = text.trim();
  if (!PLAIN_DECIMAL.test(t)) return null;
  const value = Number(t);
  if (!Number.isFinite(value)) return null;
  return { value: value || 0, decimals: countDecimals(t) };
}

/**
 * Decimals for a value stored as a binary float (JSON numbers): the shortest round-trip text decides,
 * except float noise (more than 6 places, e.g. 110.80000000000001) which GSO publishes to 1 decimal.
 */
export function decimalsOfFloat(value: number): number {
  const d = countDecimals(String(value));
  return d > 6 ? 1 : d;
}
