// Incremental CSV record reader after RFC 4180, as Excel and LibreOffice write it: fields separated by one delimiter
// (comma, semicolon or tab), records by CRLF, LF or CR; a field in double quotes may hold delimiters, line breaks and
// doubled quotes (""). Text is fed in chunks; a record is handed over as soon as it is complete, so memory stays
// bounded by the longest record.
import { said } from '../../../shared/messages/import.js';
import type { Place } from '../../../shared/messages/place.js';
import { ImportError } from '../types.js';

export type RecordHandler = (fields: string[], row: number) => void;

const enum S {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export interface CsvReaderOptions {
  delimiter: string;
  fileName: string;
  onRecord: RecordHandler;
  /** Longest record accepted, in characters (guards against an unclosed quote swallowing the file). Default 1 MB. */
  maxRecordChars?: number;
  /** Names for "column" in error places, once the header is known. */
  columnName?: (index: number) => string;
}

export class CsvReader {
  private state = S.FieldStart;
  private fields: string[] = [];
  private pending = '';
  private row = 1;
  private recordChars = 0;
  private skipLf = false;
  private endedInChunk = false;
  private lastEnd = 0;
  private readonly max: number;

  constructor(private readonly o: CsvReaderOptions) {
    this.max = o.maxRecordChars ?? 1_000_000;
  }

  /** Row number (1-based, header = row 1) of the record being read. */
  get currentRow(): number {
    return this.row;
  }

  private endField(value: string): void {
    this.fields.push(value);
    this.pending = '';
  }

  private endRecord(): void {
    const f = this.fields;
    this.fields = [];
    this.state = S.FieldStart;
    this.recordChars = 0;
    this.endedInChunk = true;
    this.o.onRecord(f, this.row);
    this.row++;
  }

  private colPlace(): Place {
    const i = this.fields.length;
    return [
      ['row', this.row],
      ['column', this.o.columnName ? this.o.columnName(i) : String(i + 1)],
    ];
  }

  write(text: string): void {
    const d = this.o.delimiter;
    let seg = 0;
    let i = 0;
    const n = text.length;
    if (this.skipLf) {
      this.skipLf = false;
      if (text[0] === '\n') {
        i = 1;
        seg = 1;
      }
    }
    for (; i < n; i++) {
      const c = text[i]!;
      switch (this.state) {
        case S.FieldStart:
          if (c === '"') {
            this.state = S.Quoted;
            seg = i + 1;
            break;
          }
          this.state = S.Unquoted;
          seg = i;
          i--; // read this character again as part of an unquoted field
          break;
        case S.Unquoted:
          if (c === d) {
            this.endField(this.pending + text.slice(seg, i));
            this.state = S.FieldStart;
          } else if (c === '\n' || c === '\r') {
            this.endField(this.pending + text.slice(seg, i));
            this.endRecord();
            this.lastEnd = i;
            if (c === '\r') {
              if (i + 1 < n) {
                if (text[i + 1] === '\n') i++;
              } else this.skipLf = true;
            }
          }
          break;
        case S.Quoted:
          if (c === '"') {
            this.pending += text.slice(seg, i);
            this.state = S.QuoteInQuoted;
          }
          break;
        case S.QuoteInQuoted:
          if (c === '"') {
            this.pending += '"';
            seg = i + 1;
            this.state = S.Quoted;
          } else if (c === d) {
            this.endField(this.pending);
            this.state = S.FieldStart;
          } else if (c === '\n' || c === '\r') {
            this.endField(this.pending);
            this.endRecord();
            this.lastEnd = i;
            if (c === '\r') {
              if (i + 1 < n) {
                if (text[i + 1] === '\n') i++;
              } else this.skipLf = true;
            }
          } else if (c !== ' ' && c !== '\t') {
            throw new ImportError(
              this.o.fileName,
              this.colPlace(),
              said('csv.text-after-quote', { text: JSON.stringify(this.pending.slice(-20) + '"' + text.slice(i, i + 10)) }),
            );
          }
          break;
      }
    }
    // keep the unfinished field
    if (this.state === S.Unquoted || this.state === S.Quoted) this.pending += text.slice(seg, n);
    this.recordChars = this.endedInChunk ? n - this.lastEnd - 1 : this.recordChars + n;
    this.endedInChunk = false;
    if (this.recordChars > this.max) {
      throw new ImportError(
        this.o.fileName,
        [['row', this.row]],
        said(this.state === S.Quoted ? 'csv.record-too-long-quote' : 'csv.record-too-long', { limit: this.max }),
      );
    }
  }

  end(): void {
    if (this.state === S.Quoted) throw new ImportError(this.o.fileName, this.colPlace(), said('csv.ends-in-quote'));
    if (this.state === S.Unquoted || this.state === S.QuoteInQuoted || this.fields.length > 0) {
      this.endField(this.pending);
      this.endRecord();
    }
  }
}

/**
 * Chooses the delimiter from the header line: the candidate that splits it into the most known column names, then
 * into the most fields. Quoted parts are ignored.
 */
export function sniffDelimiter(headerLine: string, known: (name: string) => boolean): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, (m) => m.replace(/[,;\t]/g, ''));
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t', '|']) {
    const parts = headerLine.split(d);
    const count = unquoted.split(d).length;
    if (count < 2) continue;
    const knownCount = parts.filter((p) => known(p.replace(/^"|"$/g, ''))).length;
    const score = knownCount * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}
