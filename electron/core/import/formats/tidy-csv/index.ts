// Tidy CSV: IIP Explorer's own layout, one row a figure (docs/csv-format.md).
//   geo,item,measure,period,basis,unit,value,status,base_year,quantity_unit,note
// Encodings: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, Windows-1258 when the bytes are not UTF-8.
// Delimiter: comma, semicolon or tab, sniffed from the header. Decimal mark: point or comma, decided by the file's
// numbers; a number in the other convention is an error naming its row and column. Rows are numbered as a
// spreadsheet shows them: the header is row 1.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import { locationParam } from '../../../../shared/messages/said.js';
import type { Readable } from 'node:stream';
import { BASES, MEASURES, STATUSES, UNITS, type Basis, type Measure, type Status, type Unit } from '../../../../shared/domain.js';
import { readPeriodLabel } from '../../read/classify.js';
import { CsvReader, sniffDelimiter } from '../../read/csv-reader.js';
import { numberShape, parseNumber, readPlainNumber, type DecimalMark } from '../../read/numbers.js';
import { decodeText, StreamTextDecoder } from '../../read/text-decode.js';
import { excerpt, quoted } from '../../read/limits.js';
import { ImportError, type ParseResult, type RawFigure, type Warning } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

export const TIDY_COLUMNS = ['geo', 'item', 'measure', 'period', 'basis', 'unit', 'value', 'status', 'base_year', 'quantity_unit', 'note'] as const;
type Column = (typeof TIDY_COLUMNS)[number];
const REQUIRED: Column[] = ['item', 'period', 'basis', 'value'];

const normaliseHeader = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const isColumn = (h: string): h is Column => (TIDY_COLUMNS as readonly string[]).includes(h);

const STATUS_WORDS: Record<string, Status> = {
  estimate: 'estimate',
  preliminary: 'preliminary',
  official: 'official',
  'ước tính': 'estimate',
  ước: 'estimate',
  'sơ bộ': 'preliminary',
  'chính thức': 'official',
  e: 'estimate',
  p: 'preliminary',
  a: 'official',
};

export interface TidyCsvOptions {
  /** Refuse files with more figures than this when they are kept in memory. Default 1,000,000. */
  maxFigures?: number;
  /**
   * Hands each figure over as it is read instead of keeping it (the result's figures stay empty),
   * so memory does not grow with the file. A figure whose decimal mark only the whole file decides
   * ("1,234") is handed over at the end, once the file's convention is known.
   */
  onFigure?: (figure: RawFigure) => void;
}

export interface TidyProgress {
  bytes: number;
  rows: number;
  figures: number;
}

/**
 * The row-to-figure logic shared by the whole-file and streaming readers. Labels are interned: the figures of a
 * large file share a few thousand distinct label strings, and copying each one once detaches it from the (large)
 * chunk text it was sliced from, so chunks can be collected.
 */
class TidyBuilder {
  readonly figures: RawFigure[] = [];
  /** Figures read so far, kept or handed over. */
  figureCount = 0;
  readonly warnings: Warning[] = [];
  private cols: (Column | null)[] = [];
  private index = new Map<Column, number>();
  private headerDone = false;
  private readonly intern = new Map<string, string>();
  /** decimal-mark evidence: count and first row of each convention */
  private readonly marks = { '.': { n: 0, row: 0, text: '' }, ',': { n: 0, row: 0, text: '' } };
  private readonly ambiguous: { fig: RawFigure; text: string; row: number }[] = [];
  private missingBaseYear = 0;
  rows = 0;

  constructor(
    private readonly file: string,
    private readonly delimiter: string,
    private readonly maxFigures: number,
    private readonly onFigure?: (figure: RawFigure) => void,
  ) {}

  columnName = (i: number): string => this.cols[i] ?? String(i + 1);

  private label(s: string): string {
    const t = s.trim();
    let v = this.intern.get(t);
    if (v === undefined) {
      v = t.length > 12 ? Buffer.from(t, 'utf16le').toString('utf16le') : t; // a flat copy, not a slice of the chunk
      if (this.intern.size < 200_000) this.intern.set(v, v);
    }
    return v;
  }

  private err(row: number, col: Column | null, message: ImportSaid): ImportError {
    return new ImportError(
      this.file,
      col
        ? [
            ['row', row],
            ['column', col],
          ]
        : [['row', row]],
      message,
    );
  }

  onRecord = (fields: string[], row: number): void => {
    if (!this.headerDone) return this.header(fields, row);
    if (fields.every((f) => f.trim() === '')) return; // blank row
    this.rows++;
    if (fields.length !== this.cols.length) {
      const extraEmpty = fields.length > this.cols.length && fields.slice(this.cols.length).every((f) => f.trim() === '');
      if (!extraEmpty) throw this.err(row, null, said('csv.field-count', { expected: this.cols.length, found: fields.length }));
    }
    const get = (c: Column): string => {
      const i = this.index.get(c);
      return i === undefined ? '' : (fields[i] ?? '').trim();
    };
    const item = get('item');
    if (!item) throw this.err(row, 'item', said('csv.item-empty'));
    const measureText = get('measure').toLowerCase() || 'iip';
    if (!(MEASURES as readonly string[]).includes(measureText))
      throw this.err(row, 'measure', said('csv.measure-unknown', { value: quoted(get('measure'), 40), expected: MEASURES.join(', ') }));
    const measure = measureText as Measure;
    const periodText = get('period');
    if (!periodText) throw this.err(row, 'period', said('csv.empty'));
    const p = readPeriodLabel(periodText);
    if (!p) throw this.err(row, 'period', said('csv.period-invalid', { value: quoted(periodText, 40) }));
    const basisText = get('basis').toLowerCase();
    if (!(BASES as readonly string[]).includes(basisText))
      throw this.err(row, 'basis', said('csv.basis-unknown', { value: quoted(get('basis'), 40), expected: BASES.join(', ') }));
    const basis = basisText as Basis;
    const unitText = get('unit').toLowerCase();
    let unit: Unit;
    if (unitText === '') unit = basis === 'level' ? 'qty' : basis === 'base' ? 'index' : measure === 'contribution' ? 'pp' : 'pct';
    else if ((UNITS as readonly string[]).includes(unitText)) unit = unitText as Unit;
    else throw this.err(row, 'unit', said('csv.unit-unknown', { value: quoted(get('unit'), 40), expected: UNITS.join(', ') }));
    if ((basis === 'level') !== (unit === 'qty')) throw this.err(row, 'unit', said('csv.unit-basis-mismatch', { unit, basis }));
    if (basis === 'base' && unit !== 'index') throw this.err(row, 'unit', said('csv.base-needs-index', { unit }));
    const valueText = get('value');
    if (!valueText) throw this.err(row, 'value', said('csv.empty'));
    let value: number;
    let decimals: number;
    let deferred = false;
    const plain = readPlainNumber(valueText);
    if (plain) {
      if (plain.mark) this.noteMark(plain.mark, row, valueText);
      value = plain.value;
      decimals = plain.decimals;
    } else {
      const shape = numberShape(valueText);
      if (shape.kind === 'invalid') throw this.err(row, 'value', said('csv.not-a-number', { value: quoted(valueText, 40) }));
      if (shape.kind === 'ambiguous') {
        deferred = true;
        value = Number.NaN;
        decimals = 0;
      } else {
        const mark: DecimalMark = shape.kind === 'comma' ? ',' : '.';
        if (shape.kind !== 'int') this.noteMark(mark, row, valueText);
        const r = parseNumber(valueText, mark);
        if (!r.ok) throw this.err(row, 'value', said('csv.not-a-number', { value: quoted(valueText, 40) }));
        value = r.value;
        decimals = r.decimals;
      }
    }
    const fig: RawFigure = {
      geoLabel: this.label(get('geo')),
      itemLabel: this.label(item),
      measure,
      period: this.label(p.period),
      basis,
      unit,
      value,
      decimals,
      location: `row ${row}`,
    };
    const statusText = get('status');
    if (statusText) {
      const s = STATUS_WORDS[statusText.toLowerCase()];
      if (!s) throw this.err(row, 'status', said('csv.status-unknown', { value: quoted(statusText, 40), expected: STATUSES.join(', ') }));
      fig.status = s;
    } else if (p.status) fig.status = p.status;
    const by = get('base_year');
    if (by) {
      if (!/^\d{4}$/.test(by)) throw this.err(row, 'base_year', said('csv.not-a-year', { value: quoted(by, 40) }));
      if (basis !== 'base') throw this.err(row, 'base_year', said('csv.base-year-basis', { basis }));
      fig.baseYear = Number(by);
    } else if (basis === 'base') {
      fig.baseYear = null;
      this.missingBaseYear++;
    }
    const qu = get('quantity_unit');
    if (qu) fig.quantityUnit = this.label(qu);
    else if (unit === 'qty') fig.quantityUnit = null;
    const note = get('note');
    if (note) fig.quote = Buffer.from(note, 'utf16le').toString('utf16le'); // RawFigure has no note field: kept as the figure's quote
    this.figureCount++;
    if (deferred) this.ambiguous.push({ fig, text: valueText, row });
    if (this.onFigure) {
      if (!deferred) this.onFigure(fig);
      return;
    }
    if (this.figures.length >= this.maxFigures) throw this.err(row, null, said('csv.too-many-figures', { limit: this.maxFigures }));
    this.figures.push(fig);
  };

  /** Evidence of the file's decimal mark: how many numbers use each, and the first. */
  private noteMark(mark: DecimalMark, row: number, text: string): void {
    const m = this.marks[mark];
    if (m.n++ === 0) {
      m.row = row;
      m.text = text;
    }
  }

  private header(fields: string[], row: number): void {
    this.headerDone = true;
    const seen = new Set<string>();
    this.cols = fields.map((f, i) => {
      const h = normaliseHeader(f.replace(/^\ufeff/, ''));
      if (h === '') return null;
      if (!isColumn(h)) {
        this.warnings.push(said('warning.csv.column-ignored', { number: i + 1, header: quoted(f.trim(), 40) }));
        return null;
      }
      if (seen.has(h)) throw this.err(row, h, said('csv.column-twice', { column: quoted(h, 40) }));
      seen.add(h);
      this.index.set(h, i);
      return h;
    });
    const missing = REQUIRED.filter((c) => !seen.has(c));
    if (missing.length) {
      const params = { columns: missing.map((m) => `"${m}"`).join(', '), expected: TIDY_COLUMNS.join(this.delimiter === '\t' ? ' TAB ' : this.delimiter) };
      throw this.err(row, null, said(missing.length > 1 ? 'csv.header-lacks-columns' : 'csv.header-lacks-column', params));
    }
  }

  finish(): ParseResult {
    if (!this.headerDone) throw new ImportError(this.file, null, said('file.empty'));
    const dot = this.marks['.'];
    const comma = this.marks[','];
    let mark: DecimalMark;
    if (dot.n && comma.n) {
      // the minority convention is the mistake; report its first row
      const fileMark: DecimalMark = dot.n > comma.n || (dot.n === comma.n && dot.row < comma.row) ? '.' : ',';
      const odd = fileMark === '.' ? comma : dot;
      throw new ImportError(
        this.file,
        [
          ['row', odd.row],
          ['column', 'value'],
        ],
        said(fileMark === '.' ? 'csv.decimal-comma-in-point-file' : 'csv.decimal-point-in-comma-file', { value: excerpt(odd.text, 40) }),
      );
    } else if (comma.n) mark = ',';
    else if (dot.n) mark = '.';
    else mark = this.delimiter === ';' ? ',' : '.';
    for (const a of this.ambiguous) {
      const r = parseNumber(a.text, mark);
      if (!r.ok)
        throw new ImportError(
          this.file,
          [
            ['row', a.row],
            ['column', 'value'],
          ],
          said('csv.not-a-number', { value: quoted(a.text, 40) }),
        );
      a.fig.value = r.value;
      a.fig.decimals = r.decimals;
      this.onFigure?.(a.fig);
    }
    if (this.ambiguous.length && !dot.n && !comma.n) {
      const first = this.ambiguous[0]!;
      this.warnings.push(
        said(mark === ',' ? 'warning.csv.decimal-comma' : 'warning.csv.decimal-point', {
          count: this.ambiguous.length,
          value: first.text,
          at: locationParam(first.fig.location),
        }),
      );
    }
    if (this.missingBaseYear) this.warnings.push(said('warning.csv.no-base-year', { count: this.missingBaseYear }));
    if (this.figureCount === 0) this.warnings.push(said('warning.csv.no-figures'));
    return { figures: this.figures, release: { sourceKind: 'csv' }, warnings: this.warnings };
  }
}

const knownHeader = (h: string): boolean => isColumn(normaliseHeader(h.replace(/^\ufeff/, '')));

/** Parses a whole tidy CSV file. */
export function parseTidyCsv(input: Buffer | string, fileName: string, opts: TidyCsvOptions = {}): ParseResult {
  const { text } = decodeText(input, fileName);
  if (text.trim() === '') throw new ImportError(fileName, null, said('file.empty'));
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const delimiter = sniffDelimiter(firstLine, knownHeader);
  const b = new TidyBuilder(fileName, delimiter, opts.maxFigures ?? 1_000_000);
  const reader = new CsvReader({ delimiter, fileName, onRecord: b.onRecord, columnName: b.columnName });
  reader.write(text);
  reader.end();
  const r = b.finish();
  r.release.sourceFile = fileName;
  return r;
}

/**
 * A tidy CSV file read a chunk at a time, synchronously: bytes are decoded and parsed as they come,
 * so a caller can read a file inside a transaction (nothing awaited) or from a stream.
 */
export class TidyCsvChunks {
  private readonly decoder: StreamTextDecoder;
  private builder: TidyBuilder | null = null;
  private reader: CsvReader | null = null;
  private head = '';
  /** Bytes taken so far. */
  bytes = 0;

  constructor(
    private readonly fileName: string,
    private readonly opts: TidyCsvOptions = {},
  ) {
    this.decoder = new StreamTextDecoder(fileName);
  }

  /** Rows read and figures found so far. */
  get progress(): TidyProgress {
    return { bytes: this.bytes, rows: this.builder?.rows ?? 0, figures: this.builder?.figureCount ?? 0 };
  }

  write(chunk: Buffer | string): void {
    if (typeof chunk === 'string') {
      this.bytes += Buffer.byteLength(chunk);
      this.feed(chunk, false);
    } else {
      this.bytes += chunk.length;
      this.feed(this.decoder.write(chunk), false);
    }
  }

  /** The file's warnings and release (and its figures, unless each was handed to onFigure). */
  end(): ParseResult {
    this.feed(this.decoder.end(), true);
    if (!this.reader || !this.builder) throw new ImportError(this.fileName, null, said('file.empty'));
    this.reader.end();
    const r = this.builder.finish();
    r.release.sourceFile = this.fileName;
    return r;
  }

  private feed(text: string, final: boolean): void {
    if (!this.reader) {
      this.head += text;
      const nl = this.head.search(/\r|\n/);
      if (nl < 0 && !final) {
        if (this.head.length > 1_000_000) throw new ImportError(this.fileName, [['row', 1]], said('csv.no-line-break'));
        return;
      }
      if (this.head.trim() === '') {
        if (final) throw new ImportError(this.fileName, null, said('file.empty'));
        return;
      }
      const delimiter = sniffDelimiter(nl < 0 ? this.head : this.head.slice(0, nl), knownHeader);
      const builder = new TidyBuilder(this.fileName, delimiter, this.opts.maxFigures ?? 1_000_000, this.opts.onFigure);
      this.builder = builder;
      this.reader = new CsvReader({ delimiter, fileName: this.fileName, onRecord: builder.onRecord, columnName: builder.columnName });
      text = this.head;
      this.head = '';
    }
    this.reader.write(text);
  }
}

/**
 * Streams a tidy CSV file: bytes are decoded and parsed chunk by chunk, only the figures are kept
 * (none with `onFigure`). onProgress is called after each chunk. Above `maxFigures` kept figures the
 * import stops with an ImportError.
 */
export async function parseTidyCsvStream(
  readable: Readable | AsyncIterable<Buffer | string>,
  fileName: string,
  onProgress?: (p: TidyProgress) => void,
  opts: TidyCsvOptions = {},
): Promise<ParseResult> {
  const csv = new TidyCsvChunks(fileName, opts);
  for await (const chunk of readable as AsyncIterable<Buffer | string>) {
    csv.write(chunk);
    if (onProgress && csv.progress.rows > 0) onProgress(csv.progress);
  }
  return csv.end();
}

export const tidyCsvReader: FormatReader = {
  format: 'csv',
  read: (bytes, opts) => parseTidyCsv(bytes, opts.fileName, { maxFigures: opts.maxFigures }),
  readStream: (chunks, opts) => parseTidyCsvStream(chunks, opts.fileName, undefined, { maxFigures: opts.maxFigures }),
};
