// Text helpers for Vietnamese names: search ignores diacritics, case and the spelling variants the
// language accepts (vietnamese.ts).
import { foldVietnamese, nameKey, nameKeyAsTyped } from './vietnamese.js';

export { nameKey };

/** "Phú Thọ" → "phu tho"; đ/Đ → d; kì/kỳ → ky; whitespace collapsed. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text);
}

/** True when every word of the query occurs in one of the names, diacritics, case and spelling variants ignored. */
export function matchesSearch(query: string, ...names: (string | null | undefined)[]): boolean {
  return searchMatcher(query)(searchHaystack(...names));
}

/** The text a search looks through for these names: built once, it serves any number of queries. */
export const searchHaystack = (...names: (string | null | undefined)[]): string =>
  names
    .filter(Boolean)
    .map((n) => `${foldForSearch(n as string)} | ${nameKey(n as string)}`)
    .join(' | ');

/** A query folded once, to test many haystacks: true when every word of it occurs in the haystack. */
export function searchMatcher(query: string): (haystack: string) => boolean {
  const words = searchWords(query);
  return (haystack) => words.every((occursIn) => occursIn(haystack));
}

/** Each word of a query folded once, as a test of whether it occurs in a haystack (as typed, or in the language's usual spelling). */
export function searchWords(query: string): ((haystack: string) => boolean)[] {
  const words = nameKey(query).split(' ').filter(Boolean);
  const typed = nameKeyAsTyped(query).split(' ').filter(Boolean);
  return words.map((w, i) => (haystack) => haystack.includes(w) || (typed[i] !== undefined && haystack.includes(typed[i])));
}

function bigrams(text: string): Set<string> {
  const s = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** 0..1: shared character pairs (Dice coefficient) of two already-folded texts. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  const A = bigrams(a);
  const B = bigrams(b);
  let common = 0;
  for (const x of A) if (B.has(x)) common++;
  return (2 * common) / (A.size + B.size);
}
