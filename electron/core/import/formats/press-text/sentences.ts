// Step 1 of reading the text: sentences, and in each the figures it mentions ("tăng 9,3%", "a 7.1
// per cent increase", "0.8 percentage points") with the sign words around them.
import { parseNumber } from '../../read/numbers.js';
import { APPROX_BEFORE, MENTION, SHARE_AFTER, SIGN_RE, WORD_NUMBERS } from './vocabulary.js';

export interface Mention {
  start: number;
  end: number;
  value: number;
  decimals: number;
  pp: boolean;
  /** A sign written on the number: "+11,2%", "-1,8%". */
  written: 1 | -1 | null;
}

/** Splits a line into sentences with their offsets. */
export function sentences(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[.!?…](?=\s+[\p{Lu}“"‘(])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const before = line.slice(start, m.index);
    if (/\b(?:Dr|Mr|Mrs|Ms|No|St|etc)$/.test(before)) continue;
    out.push({ text: line.slice(start, m.index + 1), start });
    start = m.index + 1;
    while (start < line.length && /\s/.test(line[start]!)) start++;
  }
  if (start < line.length && line.slice(start).trim()) out.push({ text: line.slice(start), start });
  return out;
}

/** Reads the text as numbers in the article's convention. */
function readNumber(text: string, vi: boolean): { value: number; decimals: number } | null {
  const w = WORD_NUMBERS[text.toLowerCase()];
  if (w !== undefined) return { value: w, decimals: 0 };
  const r = parseNumber(text, vi ? ',' : '.');
  if (r.ok) return { value: r.value, decimals: r.decimals };
  const a = parseNumber(text, 'auto');
  return a.ok && !a.ambiguous ? { value: a.value, decimals: a.decimals } : null;
}

/** The figures a sentence mentions, leaving out approximate ones and shares ("nearly 50%", "8% of GDP"). */
export function findMentions(s: string, vi: boolean): Mention[] {
  const mentions: Mention[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(s))) {
    const n = readNumber(m[1]!, vi);
    if (!n) continue;
    const before = s.slice(Math.max(0, m.index - 25), m.index);
    if (APPROX_BEFORE.test(before)) continue;
    if (/\d\s*[-–]\s*$/u.test(before)) continue; // "8-9%": a range, as forecasts and targets give
    if (SHARE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const signed = /(?:^|[\s:(])([+\-−])$/u.exec(s.slice(Math.max(0, m.index - 2), m.index));
    const start = signed ? m.index - 1 : m.index;
    mentions.push({
      start,
      end: m.index + m[0].length,
      value: n.value,
      decimals: n.decimals,
      pp: /point|điểm/iu.test(m[2]!),
      written: signed ? (signed[1] === '+' ? 1 : -1) : null,
    });
  }
  return mentions;
}

/** The sign of the last increase or decrease word in the text. */
export function lastSignIn(t: string): 1 | -1 | null {
  let sign: 1 | -1 | null = null;
  SIGN_RE.lastIndex = 0;
  let x: RegExpExecArray | null;
  while ((x = SIGN_RE.exec(t))) sign = x[1] ? 1 : -1;
  return sign;
}

/** The sign of the first increase or decrease word in the text. */
export function firstSignIn(t: string): 1 | -1 | null {
  SIGN_RE.lastIndex = 0;
  const x = SIGN_RE.exec(t);
  return x ? (x[1] ? 1 : -1) : null;
}

/**
 * Where a sentence's relative clauses are (", which absorbed … in last July's merger,", ", nơi …,"): a
 * period named inside one is not the period of the sentence's figures.
 */
export function relativeClausesOf(s: string): (at: number) => boolean {
  const spans: [number, number][] = [];
  const re = /,\s*(?:which|who|whose|where|when it|vốn|nơi)\b[^,;]*,/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) spans.push([m.index, m.index + m[0].length]);
  return (a) => spans.some(([x, y]) => a > x && a < y);
}

/** Where a sentence's parentheses are: period phrases inside them only serve asides. */
export function parenthesesOf(s: string): { inParens: (at: number) => boolean; openParenBefore: (at: number) => boolean } {
  const parens: [number, number][] = [];
  for (let i = 0, depth = 0, open = 0; i < s.length; i++) {
    if (s[i] === '(') {
      if (depth++ === 0) open = i;
    } else if (s[i] === ')' && depth > 0 && --depth === 0) parens.push([open, i]);
  }
  return {
    inParens: (a) => parens.some(([x, y]) => a > x && a < y),
    openParenBefore: (a) => {
      const seg = s.slice(0, a);
      return seg.lastIndexOf('(') > seg.lastIndexOf(')');
    },
  };
}
