// PC-Axis (.px) reader, after the PX file format specification (Statistics Sweden, PX-Web).
// A file is a list of statements `KEYWORD[lang]("subkey", …)=value;` ending with `DATA=…;`. Values are quoted strings
// (a long string continues in further quoted strings, concatenated), lists of strings separated by commas, bare
// words/numbers, or TLIST(…). DATA lists the cells row-major: STUB variables outermost (first slowest), then HEADING
// variables, the last HEADING variable fastest.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import type { Place } from '../../../../shared/messages/place.js';
import { checkLabel, cubeToFigures, type CubeCategory, type CubeDimension } from '../../read/cube.js';
import { excerpt, quoted as inQuotes } from '../../read/limits.js';
import type { TimeScale } from '../../read/classify.js';
import { countDecimals, parsePlainDecimal } from '../../read/numbers.js';
import { binaryProblem, composeText, firstInvalidUtf8, hasNonAscii, isKnownEncoding, lineOfByte, sniffBom } from '../../read/text-decode.js';
import { ImportError, type ParseResult, type Warning } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

interface PxValue {
  /** List items; adjacent quoted strings are concatenated into one item. */
  items: string[];
  quoted: boolean[];
  tlist?: { scale: string; from?: string; to?: string };
}

interface PxStatement {
  keyword: string;
  lang: string | null;
  subkeys: string[];
  value: PxValue;
  line: number;
}

interface PxData {
  tokens: string[];
  quoted: boolean[];
  lines: Int32Array;
  line: number;
}

/** Missing-value symbols of the spec: "." to "......", "-" (nil), ":" (confidential in some producers). */
const MISSING = new Set(['.', '..', '...', '....', '.....', '......', '-', ':']);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f';

class PxScanner {
  pos = 0;
  line = 1;
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  private err(message: ImportSaid, line = this.line): ImportError {
    return new ImportError(this.file, [['line', line]], message);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\n') this.line++;
      else if (!isSpace(c)) break;
      this.pos++;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  /** A quoted string; the cursor is on the opening quote. Strings may not span lines. */
  quoted(): string {
    const t = this.text;
    const start = this.pos + 1;
    const end = t.indexOf('"', start);
    const nl = t.indexOf('\n', start);
    if (end < 0 || (nl >= 0 && nl < end)) throw this.err(said('px.unterminated-string'));
    this.pos = end + 1;
    return t.slice(start, end).replace(/\r$/, '');
  }

  statement(): PxStatement | 'DATA' {
    const t = this.text;
    this.skipSpace();
    const line = this.line;
    const kw = /[A-Za-z][A-Za-z0-9_-]*/y;
    kw.lastIndex = this.pos;
    const m = kw.exec(t);
    if (!m) throw this.err(said('px.keyword-expected', { text: JSON.stringify(t.slice(this.pos, this.pos + 20)) }));
    const keyword = m[0].toUpperCase();
    this.pos = kw.lastIndex;
    let lang: string | null = null;
    const subkeys: string[] = [];
    this.skipSpace();
    if (t[this.pos] === '[') {
      const close = t.indexOf(']', this.pos);
      if (close < 0 || t.slice(this.pos, close).includes('\n')) throw this.err(said('px.bracket-unclosed', { keyword: excerpt(keyword, 40) }));
      lang = t.slice(this.pos + 1, close).trim();
      this.pos = close + 1;
      this.skipSpace();
    }
    if (t[this.pos] === '(') {
      this.pos++;
      for (;;) {
        this.skipSpace();
        if (t[this.pos] === '"') subkeys.push(this.quoted());
        else throw this.err(said('px.name-expected', { keyword: excerpt(keyword, 40) }));
        this.skipSpace();
        if (t[this.pos] === ',') {
          this.pos++;
          continue;
        }
        if (t[this.pos] === ')') {
          this.pos++;
          break;
        }
        throw this.err(said('px.comma-or-paren-expected', { keyword: excerpt(keyword, 40) }));
      }
      this.skipSpace();
    }
    if (t[this.pos] !== '=') throw this.err(said('px.equals-expected', { keyword: excerpt(keyword, 40) }));
    this.pos++;
    if (keyword === 'DATA' && lang === null) return 'DATA';
    return { keyword, lang, subkeys, value: this.value(keyword, line), line };
  }

  private value(keyword: string, startLine: number): PxValue {
    const t = this.text;
    const v: PxValue = { items: [], quoted: [] };
    let expectItem = true; // after "=" or ","
    for (;;) {
      this.skipSpace();
      if (this.pos >= t.length) throw new ImportError(this.file, [['line', startLine]], said('px.statement-unclosed', { keyword: excerpt(keyword, 40) }));
      const c = t[this.pos]!;
      if (c === ';') {
        this.pos++;
        return v;
      }
      if ((c === '(' || c === ')') && !v.tlist) {
        // LANGUAGES=("en","vi"): parentheses group a list
        this.pos++;
        continue;
      }
      if (c === ',') {
        if (expectItem) throw this.err(said('px.empty-item', { keyword: excerpt(keyword, 40) }));
        expectItem = true;
        this.pos++;
        continue;
      }
      if (c === '"') {
        const s = this.quoted();
        if (expectItem) {
          v.items.push(s);
          v.quoted.push(true);
        } else if (v.quoted[v.quoted.length - 1]) {
          v.items[v.items.length - 1] += s; // continuation string
        } else throw this.err(said('px.comma-before-string', { keyword: excerpt(keyword, 40) }));
        expectItem = false;
        continue;
      }
      if (/^TLIST\s*\(/i.test(t.slice(this.pos, this.pos + 8))) {
        const close = t.indexOf(')', this.pos);
        if (close < 0) throw this.err(said('px.tlist-unclosed', { keyword: excerpt(keyword, 40) }));
        const inner = t.slice(t.indexOf('(', this.pos) + 1, close);
        for (const ch of inner) if (ch === '\n') this.line++;
        const parts = inner.split(',').map((s) => s.trim());
        const tl: NonNullable<PxValue['tlist']> = { scale: (parts[0] ?? '').toUpperCase() };
        const range = /^"([^"]*)"\s*-\s*"([^"]*)"$/.exec(parts[1] ?? '');
        if (range) {
          tl.from = range[1]!;
          tl.to = range[2]!;
        }
        v.tlist = tl;
        this.pos = close + 1;
        expectItem = false;
        continue;
      }
      // bare word: number, YES/NO, …
      const start = this.pos;
      while (this.pos < t.length && !isSpace(t[this.pos]!) && t[this.pos] !== ';' && t[this.pos] !== ',' && t[this.pos] !== '"') this.pos++;
      if (!expectItem) throw this.err(said('px.comma-before-value', { keyword: excerpt(keyword, 40), value: inQuotes(t.slice(start, this.pos), 40) }));
      v.items.push(t.slice(start, this.pos));
      v.quoted.push(false);
      expectItem = false;
    }
  }

  /** DATA cells up to the closing ";". */
  data(): PxData {
    const t = this.text;
    const tokens: string[] = [];
    const quoted: boolean[] = [];
    let lines = new Int32Array(1024);
    const startLine = this.line;
    for (;;) {
      // separators: whitespace and commas
      while (this.pos < t.length) {
        const c = t[this.pos]!;
        if (c === '\n') this.line++;
        else if (!isSpace(c) && c !== ',') break;
        this.pos++;
      }
      if (this.pos >= t.length) {
        throw new ImportError(this.file, [['keyword', 'DATA']], said('px.data-unclosed', { line: startLine, count: tokens.length }));
      }
      const c = t[this.pos]!;
      if (c === ';') {
        this.pos++;
        return { tokens, quoted, lines: lines.subarray(0, tokens.length), line: startLine };
      }
      if (tokens.length === lines.length) {
        const bigger = new Int32Array(lines.length * 2);
        bigger.set(lines);
        lines = bigger;
      }
      lines[tokens.length] = this.line;
      if (c === '"') {
        tokens.push(this.quoted());
        quoted.push(true);
        continue;
      }
      const start = this.pos;
      while (this.pos < t.length) {
        const d = t[this.pos]!;
        if (isSpace(d) || d === ',' || d === ';' || d === '"') break;
        this.pos++;
      }
      tokens.push(t.slice(start, this.pos));
      quoted.push(false);
    }
  }
}

/** Chooses the decoding: UTF-8 BOM; CODEPAGE; else valid UTF-8 with non-ASCII; else ANSI (windows-1252). */
function decodePx(input: Buffer | string, file: string, warnings: Warning[]): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const bom = sniffBom(bytes);
  if (bom && bom.encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bom) return new TextDecoder(bom.encoding.startsWith('utf-16') ? bom.encoding : 'utf-8').decode(bytes.subarray(bom.length));
  const problem = binaryProblem(bytes);
  if (problem) throw new ImportError(file, null, problem);
  // Keywords are ASCII: find CODEPAGE in a byte-transparent reading of the head.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  // spaces on the keyword's own line only: a run of line breaks would be scanned again from each of them
  const cp = /(?:^|;)[^\S\r\n]*CODEPAGE\s*=\s*"([^"]*)"\s*;/im.exec(head);
  const charset = /(?:^|;)[^\S\r\n]*CHARSET\s*=\s*"([^"]*)"\s*;/im.exec(head);
  if (cp) {
    const label = cp[1]!.trim().toLowerCase();
    if (!isKnownEncoding(label)) {
      throw new ImportError(file, [['keyword', 'CODEPAGE']], said('px.codepage-unknown', { value: inQuotes(cp[1]!, 40) }));
    }
    const dec = new TextDecoder(label);
    if (dec.encoding === 'utf-8') {
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0)
        throw new ImportError(file, [['line', lineOfByte(bytes, bad)]], said('px.codepage-invalid-utf8', { byte: bad, hex: bytes[bad]!.toString(16) }));
    }
    return composeText(dec.decode(bytes));
  }
  if (charset && charset[1]!.trim().toUpperCase() !== 'ANSI') warnings.push(said('warning.px.charset', { charset: inQuotes(charset[1]!, 40) }));
  if (hasNonAscii(bytes) && firstInvalidUtf8(bytes) < 0) {
    warnings.push(said('warning.px.utf8'));
    return new TextDecoder('utf-8').decode(bytes);
  }
  return composeText(new TextDecoder('windows-1252').decode(bytes));
}

const keyOf = (keyword: string, lang: string | null, subkeys: string[]): string => `${keyword}|${lang ?? ''}|${subkeys.join('\u001f')}`;

function pxDate(s: string | undefined): string | undefined {
  const m = s ? (/^(\d{4})(\d{2})(\d{2})/.exec(s.trim()) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim())) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Parses one PC-Axis file into raw figures. */
export function parsePcAxis(input: Buffer | string, fileName: string): ParseResult {
  const warnings: Warning[] = [];
  if ((typeof input === 'string' ? input.trim() : input.toString('latin1').trim()) === '') throw new ImportError(fileName, null, said('file.empty'));
  const text = decodePx(input, fileName, warnings);
  const sc = new PxScanner(text, fileName);
  const stmts = new Map<string, PxStatement>();
  let data: PxData | null = null;
  while (!sc.atEnd()) {
    const s = sc.statement();
    if (s === 'DATA') {
      data = sc.data();
      if (!sc.atEnd()) warnings.push(said('warning.px.text-after-data', { line: sc.line }));
      break;
    }
    const k = keyOf(s.keyword, s.lang, s.subkeys);
    if (stmts.has(k)) warnings.push(said('warning.px.keyword-repeated', { line: s.line, keyword: excerpt(s.keyword, 40) }));
    stmts.set(k, s);
  }
  if (!data) throw new ImportError(fileName, [['keyword', 'DATA']], said('px.no-data'));
  if ([...stmts.values()].some((s) => s.keyword === 'KEYS')) throw new ImportError(fileName, [['keyword', 'KEYS']], said('px.keys-unsupported'));

  const get = (keyword: string, subkeys: string[] = [], lang: string | null = null): PxStatement | undefined => stmts.get(keyOf(keyword, lang, subkeys));
  const str = (keyword: string, subkeys: string[] = [], lang: string | null = null): string | undefined => get(keyword, subkeys, lang)?.value.items.join(', ');

  const defaultLang = str('LANGUAGE')?.toLowerCase() ?? null;
  const languages = get('LANGUAGES')?.value.items.map((l) => l.toLowerCase()) ?? [];
  const hasVi = defaultLang !== 'vi' && (languages.includes('vi') || [...stmts.values()].some((s) => s.lang === 'vi'));

  const stub = get('STUB')?.value.items ?? [];
  const heading = get('HEADING')?.value.items ?? [];
  if (stub.length + heading.length === 0) throw new ImportError(fileName, [['keyword', 'STUB']], said('px.no-variables'));
  const stubVi = hasVi ? (get('STUB', [], 'vi')?.value.items ?? []) : [];
  const headingVi = hasVi ? (get('HEADING', [], 'vi')?.value.items ?? []) : [];
  const contVariable = str('CONTVARIABLE');

  const dims: CubeDimension[] = [
    ...stub.map((v, i) => ({ v, vi: stubVi[i], from: 'STUB' })),
    ...heading.map((v, i) => ({ v, vi: headingVi[i], from: 'HEADING' })),
  ].map(({ v, vi, from }) => {
    const valuesSt = get('VALUES', [v]);
    const place: Place = [['keyword', `VALUES(${inQuotes(v, 40)})`]];
    if (!valuesSt) throw new ImportError(fileName, place, said('px.values-missing', { from, variable: inQuotes(v, 40) }));
    const labels = valuesSt.value.items;
    if (labels.length === 0) throw new ImportError(fileName, place, said('px.values-empty', { variable: inQuotes(v, 40) }));
    const codes = get('CODES', [v])?.value.items;
    if (codes && codes.length !== labels.length)
      throw new ImportError(fileName, [['keyword', `CODES(${inQuotes(v, 40)})`]], said('px.codes-count', { codes: codes.length, values: labels.length }));
    const viLabels = vi ? get('VALUES', [vi], 'vi')?.value.items : undefined;
    if (vi && viLabels && viLabels.length !== labels.length)
      warnings.push(
        said('warning.px.vi-values-count', { viVariable: inQuotes(vi, 40), viCount: viLabels.length, variable: inQuotes(v, 40), count: labels.length }),
      );
    const timeval = get('TIMEVAL', [v]);
    let scale: TimeScale | null = null;
    let timeCodes: string[] | undefined;
    if (timeval) {
      const s = timeval.value.tlist?.scale;
      scale = s === 'A1' || s === 'H1' || s === 'Q1' || s === 'M1' || s === 'W1' ? s : null;
      if (timeval.value.items.length === labels.length) timeCodes = timeval.value.items;
    }
    checkLabel(fileName, place, said('label.variable'), v);
    const categories: CubeCategory[] = labels.map((label, i) => {
      checkLabel(fileName, [...place, ['value', i + 1]], said('label.value'), label);
      const c: CubeCategory = { code: timeCodes?.[i] ?? codes?.[i] ?? label, label };
      const viLabel = viLabels && viLabels.length === labels.length ? viLabels[i] : undefined;
      if (viLabel) c.viLabel = viLabel;
      if (contVariable === v) {
        const u = str('UNITS', [label]);
        if (u) c.unitLabel = u;
        const d = str('PRECISION', [v, label]) ?? str('SHOWDECIMALS', [label]);
        if (d && /^\d+$/.test(d)) c.decimals = Number(d);
      }
      return c;
    });
    const dim: CubeDimension = { id: v, label: vi ?? v, categories, place, timeScale: timeval ? (scale ?? 'A1') : null };
    if (timeval) dim.role = 'time';
    if (contVariable === v) dim.role = 'metric';
    return dim;
  });

  const total = dims.reduce((n, d) => n * d.categories.length, 1);
  if (data.tokens.length !== total) {
    throw new ImportError(
      fileName,
      [['keyword', 'DATA']],
      said('px.data-count', { total, shape: excerpt(dims.map((d) => `${d.categories.length} ${d.id}`).join(' × '), 200), found: data.tokens.length }),
    );
  }
  const decimalsText = str('SHOWDECIMALS') ?? str('DECIMALS');
  const tableDecimals = decimalsText && /^\d+$/.test(decimalsText) ? Number(decimalsText) : null;
  const contents = str('CONTENTS');
  const units = str('UNITS');
  const title = str('TITLE');
  const viTexts = hasVi ? [str('CONTENTS', [], 'vi'), str('TITLE', [], 'vi'), str('UNITS', [], 'vi')] : [];
  const describe = [contents, units, title, ...viTexts].filter((s): s is string => !!s);

  const { tokens, quoted, lines } = data;
  const dataPlace = (flat: number): Place => [
    ['data-value', flat + 1],
    ['line', lines[flat]!],
  ];
  const { figures, warnings: w } = cubeToFigures(
    dims,
    { fileName, describe, units: units ?? null, decimals: tableDecimals, describePlace: [['keyword', 'CONTENTS']] },
    total,
    (flat) => {
      const tok = tokens[flat]!;
      if (MISSING.has(tok)) return null;
      const n = parsePlainDecimal(tok);
      if (!n) {
        if (quoted[flat]) throw new ImportError(fileName, dataPlace(flat), said('px.unknown-symbol', { value: inQuotes(tok, 40) }));
        throw new ImportError(fileName, dataPlace(flat), said('px.not-a-number', { value: inQuotes(tok, 40) }));
      }
      return { value: n.value, decimals: countDecimals(tok) };
    },
    (flat) => `DATA value ${flat + 1}, line ${lines[flat]}`,
  );
  warnings.push(...w);
  const release: ParseResult['release'] = { sourceKind: 'px', sourceFile: fileName };
  if (title) release.name = title;
  const source = str('SOURCE');
  if (source) release.publisher = source;
  const date = pxDate(str('LAST-UPDATED')) ?? pxDate(str('CREATION-DATE'));
  if (date) release.publishedOn = date;
  return { figures, release, warnings };
}

export const pcAxisReader: FormatReader = {
  format: 'pc-axis',
  read: (bytes, opts) => parsePcAxis(bytes, opts.fileName),
};
