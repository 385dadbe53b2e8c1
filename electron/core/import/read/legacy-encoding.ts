// Legacy Vietnamese 8-bit font encodings, as they survive in spreadsheets converted to Unicode:
// each byte of the old font became the Windows-1252/Latin-1 character with the same number,
// so TCVN3 "Toàn ngành công nghiệp" reads "Toµn ngµnh c«ng nghiÖp" and VNI reads
// "Toaøn ngaønh coâng nghieäp". This module detects both and converts them back to NFC Unicode.
//
// TCVN3 here is the VN3 set of TCVN 5712:1993 used by the ABC fonts (.VnTime, .VnArial …):
// one byte per letter, lower-case toned letters plus the seven upper-case base letters
// Ă Â Ê Ô Ơ Ư Đ. Upper-case toned letters were drawn by separate "H" fonts (.VnTimeH) that
// show the lower-case codes as capitals, so text in such a font is decoded and then upper-cased.
//
// VNI (VNI-Times …) writes a base letter followed by one mark byte (tone, or shape plus tone);
// ơ ư đ and the toned forms of i are single bytes.

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---- TCVN3 (VN3) -------------------------------------------------------------------------
// Byte → letter, by byte value. Bytes not listed keep their Latin-1 meaning.
const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  // a: grave, hook, tilde, acute, dot below
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  // ă
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  // â
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  // e
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  // ê
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  // i
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  // o
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  // ô
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  // ơ
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  // u
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  // ư
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  // y
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3 = new Map<string, string>(TCVN3_TABLE.map(([b, ch]) => [String.fromCharCode(b), ch]));

/** Characters that only TCVN3 text contains: the byte range A1–BE and a few letters VNI never uses. */
const TCVN3_ONLY = /[\u00a1-\u00a8\u00a9-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c7\u00d0\u00d7\u00de\u00df\u00e7\u00f7\u00fe]/g;

// ---- VNI ----------------------------------------------------------------------------------
// Combining marks as Unicode code points.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** Mark bytes (lower-case half; the upper-case half is the same minus 0x20). Value: marks to add. */
const VNI_MARKS: ReadonlyArray<readonly [number, string, string]> = [
  // [byte, shape mark, tone mark]
  [0xf8, '', GRAVE],
  [0xf9, '', ACUTE],
  [0xfb, '', HOOK],
  [0xf5, '', TILDE],
  [0xef, '', DOT],
  [0xe2, CIRC, ''],
  [0xe0, CIRC, GRAVE],
  [0xe1, CIRC, ACUTE],
  [0xe5, CIRC, HOOK],
  [0xe3, CIRC, TILDE],
  [0xe4, CIRC, DOT],
  [0xea, BREVE, ''],
  [0xe8, BREVE, GRAVE],
  [0xe9, BREVE, ACUTE],
  [0xfa, BREVE, HOOK],
  [0xfc, BREVE, TILDE],
  [0xeb, BREVE, DOT],
];
const VNI_MARK = new Map<string, { shape: string; tone: string }>();
for (const [b, shape, tone] of VNI_MARKS) {
  VNI_MARK.set(String.fromCharCode(b), { shape, tone });
  VNI_MARK.set(String.fromCharCode(b - 0x20), { shape, tone });
}
/** Single-byte letters: ơ ư đ, toned i, and ỵ. */
const VNI_SINGLE = new Map<string, string>([
  ['\u00f4', 'ơ'],
  ['\u00d4', 'Ơ'],
  ['\u00f6', 'ư'],
  ['\u00d6', 'Ư'],
  ['\u00f1', 'đ'],
  ['\u00d1', 'Đ'],
  ['\u00ec', 'ì'],
  ['\u00cc', 'Ì'],
  ['\u00ed', 'í'],
  ['\u00cd', 'Í'],
  ['\u00e6', 'ỉ'],
  ['\u00c6', 'Ỉ'],
  ['\u00f3', 'ĩ'],
  ['\u00d3', 'Ĩ'],
  ['\u00f2', 'ị'],
  ['\u00d2', 'Ị'],
  ['\u00ee', 'ỵ'],
  ['\u00ce', 'Ỵ'],
]);
/** Which shape marks a base letter accepts. */
const TAKES_CIRC = /^[aeoAEO]$/;
const TAKES_BREVE = /^[aA]$/;
/**
 * A vowel followed by a mark byte in a way Unicode Vietnamese never spells: tone bytes after any
 * vowel (Unicode puts the tone on the vowel itself: "sáu", never "saù"), shape-and-tone bytes
 * after a, e or o. Sequences Unicode does use ("hoà", "quân", "biên") are left out.
 */
const VNI_STRONG_MARK =
  /[aeiouyAEIOUY\u00f4\u00f6\u00d4\u00d6][\u00f8\u00f9\u00fb\u00f5\u00ef\u00d8\u00d9\u00db\u00d5\u00cf\u00e5\u00e4\u00c5\u00c4\u00eb\u00fc\u00cb\u00dc]|[aA][\u00e2\u00e0\u00e1\u00e3\u00e8\u00e9\u00ea\u00fa\u00c2\u00c0\u00c1\u00c3\u00c8\u00c9\u00ca\u00da]|[eE][\u00e2\u00e0\u00e1\u00e3\u00c2\u00c0\u00c1\u00c3]|[oO][\u00e2\u00c2]/g;
/** đ at the start of a word, then a letter. */
const VNI_D = /(^|[^A-Za-z\u00c0-\u00ff])[\u00f1\u00d1][a-zA-Z\u00c0-\u00ff]/g;

/** Letters outside Latin-1 that Unicode Vietnamese uses (ă đ ĩ ũ ơ ư and the whole Ạ–ỹ block). */
/** Combining tone marks (decomposed text) count too: a class of their own, as a mark is no letter. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0323]/;

/**
 * Says whether a string looks like TCVN3 or VNI text read as Latin-1. Text that already holds
 * Unicode Vietnamese letters, or has no tell-tale characters, gives null.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!text || UNICODE_VIETNAMESE.test(text)) return null;
  const tcvn = (text.match(TCVN3_ONLY) ?? []).length;
  const vni = (text.match(VNI_STRONG_MARK) ?? []).length + (text.match(VNI_D) ?? []).length;
  if (tcvn === 0 && vni === 0) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

export interface DecodeOptions {
  /** Text was set in an upper-case-only font (.VnTimeH, .VnArialH): return it in capitals. */
  upperCase?: boolean;
}

/** Converts TCVN3 or VNI text (as read through Latin-1) to NFC Unicode. */
export function decodeLegacy(text: string, enc: LegacyEncoding, opts: DecodeOptions = {}): string {
  const out = enc === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  const nfc = out.normalize('NFC');
  return opts.upperCase ? nfc.toLocaleUpperCase('vi') : nfc;
}

function decodeTcvn3(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const mapped = TCVN3.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // ư is byte AD, the soft hyphen; some converters turned it into a minus sign between letters.
    if (ch === '\u2212' && /\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? '')) {
      out += 'ư';
      continue;
    }
    out += ch;
  }
  return out;
}

function decodeVni(text: string): string {
  let out = '';
  for (const ch of text) {
    const mark = VNI_MARK.get(ch);
    const prev = out.normalize('NFD');
    if (mark && out.length > 0 && canTake(prev, mark)) {
      out = prev + mark.shape + mark.tone;
      continue;
    }
    const single = VNI_SINGLE.get(ch);
    out += single ?? ch;
  }
  return out;
}

/** A mark byte applies when it follows a base letter that takes it and carries no tone yet. */
function canTake(prevNfd: string, mark: { shape: string; tone: string }): boolean {
  // Find the base letter: last char may be a combining mark already (e.g. ơ decomposes to o + horn).
  let i = prevNfd.length - 1;
  const marks: string[] = [];
  while (i >= 0 && /[\u0300-\u036f]/.test(prevNfd[i] as string)) marks.push(prevNfd[i--] as string);
  const letter = prevNfd[i] ?? '';
  if (marks.some((m) => m === GRAVE || m === ACUTE || m === TILDE || m === HOOK || m === DOT)) return false;
  if (mark.shape === CIRC) return TAKES_CIRC.test(letter) && marks.length === 0;
  if (mark.shape === BREVE) return TAKES_BREVE.test(letter) && marks.length === 0;
  // A tone alone: any vowel, including ơ/ư (o/u + horn) and â/ê/ô/ă.
  return /^[aeiouyAEIOUY]$/.test(letter);
}

/** Which legacy encoding a font name implies, and whether it is an all-capitals font. */
export function legacyFontEncoding(fontName: string | null | undefined): { enc: LegacyEncoding; upperCase: boolean } | null {
  if (!fontName) return null;
  const f = fontName.trim();
  if (/^\.?vn/i.test(f) && !/^vni/i.test(f)) return { enc: 'tcvn3', upperCase: /h$/i.test(f) };
  if (/^vni[-\s]/i.test(f)) return { enc: 'vni', upperCase: false };
  return null;
}
