// The spelling variants Vietnamese orthography accepts, folded to one form for comparing names.
// Written from the rules, not from samples:
// - i / y: in an open syllable whose only vowel follows h, k, l, m, t, s or qu, both letters are
//   written (kì/kỳ, lí/lý, mĩ/mỹ, hi/hy, tỉ/tỷ, sĩ/sỹ, quí/quý; the 1984 regulation prefers i, common
//   use y). Nowhere else: y in uy, ay, ây and yê is another sound (tuy ≠ tui, tay ≠ tai).
// - tone marks: the old style puts the mark of an open oa, oe, uy on the first vowel (hòa, khỏe,
//   thủy), the new style (1984) on the main vowel (hoà, khoẻ, thuỷ). The key places every mark where
//   the new style does.
// - Unicode: composed and decomposed marks alike (NFC), the obsolete tone code points (U+0340/0341).
// - spacing and punctuation in names: any space, hyphens and dashes, commas, parentheses, trailing dots.

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MODIFIER = /[\u0302\u0306\u031b]/;
const VOWEL = /^[aeiouy]$/;
const INITIAL = /^(?:ngh|ng|gh|kh|ph|th|tr|ch|nh|qu(?=[aeiouy])|gi(?=[aeiouy])|[bcdđghklmnpqrstvx])/;
const FINAL = /^(?:c|ch|m|n|ng|nh|p|t)?$/;
/** Open syllables spelled with i or y alike: h, k, l, m, t, s or qu, then the one vowel (a tone may follow). */
const I_OR_Y = /(?<![\p{L}\p{M}\p{N}])(h|k|l|m|t|s|qu)[iy](?=[\u0300\u0301\u0303\u0309\u0323]?(?![\p{L}\p{M}\p{N}]))/gu;

/** Where the new style puts the tone mark of one syllable (lower case, NFD, no tone); -1 for a word that is no syllable. */
function tonePosition(letters: string[]): number {
  const bases = letters.map((l) => l[0] as string).join('');
  const initial = INITIAL.exec(bases)?.[0].length ?? 0;
  let end = initial;
  while (end < letters.length && VOWEL.test(bases[end] as string)) end++;
  const cluster = letters.slice(initial, end);
  if (cluster.length === 0 || cluster.length > 3 || !FINAL.test(bases.slice(end))) return -1;
  let modified = -1;
  cluster.forEach((l, i) => {
    if (MODIFIER.test(l)) modified = i;
  });
  if (modified >= 0) return initial + modified; // ươ → ơ, iê → ê, ưa → ư, uâ → â
  if (end < letters.length) return end - 1; // hoàn, toán: the last vowel before the final
  if (cluster.length === 3) return initial + 1; // khoái, khuỷu, ngoẹo
  if (cluster.length === 2) return initial + (['oa', 'oe', 'uy'].includes(bases.slice(initial, end)) ? 1 : 0);
  return initial;
}

/** One word (lower case, NFD) with its single tone mark where the new style puts it. */
function placeTone(word: string): string {
  const tones = word.match(TONE);
  if (!tones || tones.length !== 1) return word;
  const bare = word.replace(TONE, '');
  const letters = bare.match(/\p{L}\p{M}*/gu) ?? [];
  if (letters.join('') !== bare) return word;
  const at = tonePosition(letters);
  if (at < 0) return word;
  return letters.map((l, i) => (i === at ? l + tones[0] : l)).join('');
}

/** Spaces of every kind as one space; dashes as hyphens. Keeps everything else. */
export function normalizeSpacing(text: string): string {
  return text
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .trim();
}

/** i and y alike in the syllables that write both (kì, kỳ → ky); text in lower case, NFD or without marks. */
export function foldIY(text: string): string {
  return text.replace(I_OR_Y, '$1y');
}

/**
 * A diacritic-sensitive key: NFC, lower case, tone marks where the new style puts them, i/y alike,
 * spacing normalised. "Khánh Hòa" and "Khánh Hoà", "kì" and "kỳ", "Thủy" and "thuỷ" have one key;
 * "Hoa" and "Hòa" do not.
 */
export function spellingKey(text: string): string {
  const nfd = normalizeSpacing(text)
    .normalize('NFD')
    .replace(/\u0340/g, '\u0300')
    .replace(/\u0341/g, '\u0301')
    .toLowerCase();
  return foldIY(nfd.replace(/[\p{L}\p{M}]+/gu, placeTone)).normalize('NFC');
}

/** Without diacritics, lower case, đ as d, spaces normalised; i and y as written. */
function stripMarks(text: string): string {
  return normalizeSpacing(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Hyphens, commas, parentheses, quotes and trailing dots as spaces. */
const withoutPunctuation = (folded: string): string =>
  folded
    .replace(/[-,;:()[\]{}"“”'‘’`´/·•]+/g, ' ')
    .replace(/\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Without diacritics, lower case, đ as d, i/y alike, spaces collapsed: "Thừa Thiên Huế" → "thua thien hue". */
export function foldVietnamese(text: string): string {
  return foldIY(stripMarks(text));
}

/** A name's key for matching: folded, with hyphens, commas, parentheses, quotes and trailing dots as spaces. */
export function nameKey(text: string): string {
  return withoutPunctuation(foldVietnamese(text));
}

/** nameKey with i and y as written, word for word: "ki" as typed may be the start of "kiên". */
export function nameKeyAsTyped(text: string): string {
  return withoutPunctuation(stripMarks(text));
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** One letter added, left out, changed or two swapped: the typo a person reads past. */
export const oneEditApart = (a: string, b: string): boolean => a !== b && editDistance(a, b, 1) === 1;
