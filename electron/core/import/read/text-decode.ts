// Bytes → text for the text formats (CSV, PC-Axis, JSON, XML, press text).
// Order of evidence: a byte-order mark; an encoding the file declares (PX CODEPAGE); valid UTF-8; else a named
// single-byte fallback (Windows-1258, Vietnamese ANSI). Text that is binary or UTF-16 without a BOM is refused,
// because decoding it as a single-byte code page yields plausible-looking garbage.
import { ImportError } from '../types.js';
import { said, type ImportSaid } from '../../../shared/messages/import.js';
import { excerpt } from './limits.js';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "utf-16le", "windows-1258". */
  encoding: string;
  bom: boolean;
  /** How the encoding was chosen: "bom", "declared", "utf-8 valid", "fallback". */
  how: 'bom' | 'declared' | 'utf-8 valid' | 'fallback' | 'string';
}

export interface DecodeOptions {
  /** Encoding the file itself declares (e.g. PX CODEPAGE). A BOM still wins. */
  declared?: string | null;
  /** Used when the bytes are not valid UTF-8 and nothing is declared. Default windows-1258. */
  fallback?: string;
  /** Refuse text with NUL bytes or many control characters (default true). */
  rejectBinary?: boolean;
}

/**
 * Windows-1258 writes most Vietnamese letters as base letter + combining tone mark ("ộ" = "ô" + U+0323); compose them
 * (NFC) so names compare equal to UTF-8 text.
 */
export function composeText(text: string): string {
  return /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
}

/** True when TextDecoder knows the label (this Node build has full ICU: windows-1258, iso-8859-15, …). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Looks at a BOM. Returns the encoding and BOM length, or null. UTF-32 is reported so it can be refused. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Checks a prefix of undecoded bytes for binary content. Returns a message or null.
 * UTF-16 without BOM shows as NUL bytes in every other position (ASCII letters have a zero high byte).
 */
export function binaryProblem(bytes: Uint8Array, limit = 65536): ImportSaid | null {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return null;
  let nul = 0;
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (nul > 0) {
    const half = n / 2;
    if (nul > n / 8 && (nulOdd > half * 0.6 || nulEven > half * 0.6) && Math.min(nulOdd, nulEven) < nul * 0.1) {
      return said('text.utf16-without-bom');
    }
    return said('text.nul-bytes', { count: nul, bytes: n });
  }
  if (control > Math.max(2, n / 100)) return said('text.control-characters', { count: control, bytes: n });
  return null;
}

function checkDecoded(text: string): ImportSaid | null {
  // C1 controls appear when binary bytes go through a single-byte decoder.
  let c1 = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) c1++;
  }
  if (c1 > Math.max(2, n / 100)) return said('text.c1-controls', { count: c1 });
  return null;
}

/** Decodes a whole file. Throws ImportError(fileName, null, …) for binary input or unknown encodings. */
export function decodeText(input: Buffer | Uint8Array | string, fileName: string, opts: DecodeOptions = {}): DecodedText {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-16', bom: input.charCodeAt(0) === 0xfeff, how: 'string' };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = sniffBom(bytes);
  if (bom) {
    if (bom.encoding.startsWith('utf-32'))
      throw new ImportError(fileName, [['byte', 0]], said('text.wide-unsupported', { encoding: bom.encoding.toUpperCase() }));
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, bom: true, how: 'bom' };
  }
  if (opts.rejectBinary !== false) {
    const problem = binaryProblem(bytes);
    if (problem) throw new ImportError(fileName, null, problem);
  }
  if (opts.declared) {
    if (!isKnownEncoding(opts.declared)) throw new ImportError(fileName, null, said('text.encoding-unknown', { encoding: excerpt(opts.declared, 40) }));
    const dec = new TextDecoder(opts.declared);
    return { text: composeText(dec.decode(bytes)), encoding: dec.encoding, bom: false, how: 'declared' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false, how: 'utf-8 valid' };
  } catch {
    // not UTF-8: fall through to the single-byte fallback
  }
  const fallback = opts.fallback ?? 'windows-1258';
  const dec = new TextDecoder(fallback);
  const text = composeText(dec.decode(bytes));
  if (opts.rejectBinary !== false) {
    const problem = checkDecoded(text);
    if (problem) throw new ImportError(fileName, null, said('text.read-as-fallback', { problem, encoding: dec.encoding }));
  }
  return { text, encoding: dec.encoding, bom: false, how: 'fallback' };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i; // truncated sequence
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) < 0;
}

/** True when any byte is ≥ 0x80. */
export function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** 1-based line number of a byte offset (counts LF bytes; fine for ASCII-compatible encodings). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Incremental decoder for streams. The encoding is settled from the first chunk (BOM, binary check); without a BOM
 * the stream is read as UTF-8 and, if invalid UTF-8 appears while everything before it was plain ASCII, it switches to
 * the fallback (both agree on ASCII, so nothing already decoded changes). Invalid UTF-8 after real UTF-8 text is an
 * error: the file mixes encodings.
 */
export class StreamTextDecoder {
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private started = false;
  private onlyAscii = true;
  private bytesSeen = 0;
  encoding = '';
  bom = false;

  constructor(
    private readonly fileName: string,
    private readonly fallback = 'windows-1258',
  ) {}

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      const bom = sniffBom(bytes);
      if (bom) {
        if (bom.encoding.startsWith('utf-32'))
          throw new ImportError(this.fileName, [['byte', 0]], said('text.wide-unsupported', { encoding: bom.encoding.toUpperCase() }));
        this.decoder = new TextDecoder(bom.encoding);
        this.encoding = bom.encoding;
        this.bom = true;
        bytes = bytes.subarray(bom.length);
        this.onlyAscii = false;
      } else {
        const problem = binaryProblem(bytes);
        if (problem) throw new ImportError(this.fileName, null, problem);
        this.decoder = new TextDecoder('utf-8', { fatal: true });
        this.encoding = 'utf-8';
      }
    }
    const start = this.bytesSeen;
    this.bytesSeen += chunk.length;
    const dec = this.decoder!;
    if (this.encoding !== 'utf-8' || !dec.fatal)
      return this.encoding.startsWith('utf-') ? dec.decode(bytes, { stream: true }) : composeText(dec.decode(bytes, { stream: true }));
    try {
      const text = dec.decode(bytes, { stream: true });
      if (this.onlyAscii) {
        for (let i = 0; i < bytes.length; i++) {
          if (bytes[i]! >= 0x80) {
            this.onlyAscii = false;
            break;
          }
        }
      }
      return text;
    } catch {
      if (!this.onlyAscii) {
        throw new ImportError(this.fileName, [['byte', start]], said('text.mixed-encodings'));
      }
      this.decoder = new TextDecoder(this.fallback);
      this.encoding = this.decoder.encoding;
      const text = composeText(this.decoder.decode(bytes, { stream: true }));
      const problem = checkDecoded(text);
      if (problem) throw new ImportError(this.fileName, [['byte', start]], problem);
      return text;
    }
  }

  end(): string {
    if (!this.decoder) return '';
    try {
      return this.decoder.decode();
    } catch {
      throw new ImportError(this.fileName, [['byte', this.bytesSeen]], said('text.ends-inside-character'));
    }
  }
}
