// Text helpers for Vietnamese names: search ignores diacritics and case.

/** "Phú Thọ" → "phu tho"; đ/Đ → d; whitespace collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the names, diacritics and case ignored. */
export function matchesSearch(query: string, ...names: (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = names.filter(Boolean).map((n) => foldForSearch(n as string)).join(' | ');
  return words.every((w) => haystack.includes(w));
}
