// Reads one source (a file on disk, bytes, or pasted text) with its format's reader: the format is
// detected by name and first bytes (formats/index.ts), streamed where the reader can, and hashed
// as it is read. Workbooks are loaded once, then read by the statistics-office reader or a template.
import { said } from '../../../shared/messages/import.js';
import { fixedParam } from '../../../shared/messages/said.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import {
  bytesReaders,
  detectFormat,
  isWorkbookFormat,
  NotAGsoWorkbookError,
  workbookReaders,
  type ReadOptions,
  type TemplateChoice,
} from '../formats/index.js';
import { guarded } from '../formats/guard.js';
import { parsePressText } from '../formats/press-text/index.js';
import { convertXlsToXlsx, startsLikeOle2, type ConvertOptions } from '../read/xls/convert.js';
import { loadWorkbook } from '../read/xlsx/workbook.js';
import { ImportError, type ParseResult } from '../types.js';
import { AppError } from '../../errors.js';
import type { FormatId } from '../../../shared/contract/import.js';

export type { FormatId };

/** A file's bytes, a file on disk (read streaming where the format allows), or text the user pasted. */
export type ImportSource = { fileName: string; bytes: Buffer } | { fileName: string; path: string } | { fileName: string; text: string };

/**
 * Figures one file may hold where its figures are kept in memory (every format but a tidy CSV on
 * disk, which is read a figure at a time and has no limit; see streamed.ts): real releases have
 * hundreds to a few thousand; past this, refuse rather than exhaust memory.
 */
export const MAX_FIGURES_PER_FILE = 1_000_000;
/** Formats read whole (not streamed) are refused above this size. */
export const MAX_WHOLE_FILE_BYTES = 100 * 1024 * 1024;
/** Workbooks are loaded whole by exceljs, which needs some 200 times the file in memory at its peak (3.3 GB for 15 MB). */
export const MAX_WORKBOOK_BYTES = 16 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * One pass over a file on disk: each chunk is hashed and counted as the parser takes it, so the
 * checksum costs no second read and progress is the bytes read of the file's size.
 */
class FileRead {
  private readonly hash = crypto.createHash('sha256');
  private read = 0;
  constructor(
    private readonly file: string,
    readonly size: number,
    private readonly onBytes: (read: number, size: number) => void,
  ) {}

  async *chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of fs.createReadStream(this.file)) {
      this.take(chunk as Buffer);
      yield chunk as Buffer;
    }
  }

  whole(): Buffer {
    const bytes = fs.readFileSync(this.file);
    this.take(bytes);
    return bytes;
  }

  /** The SHA-256 of the whole file, reading whatever the parser left unread. */
  async checksum(): Promise<string> {
    if (this.read < this.size) for await (const chunk of fs.createReadStream(this.file, { start: this.read })) this.hash.update(chunk as Buffer);
    return this.hash.digest('hex');
  }

  private take(chunk: Buffer): void {
    this.hash.update(chunk);
    this.read += chunk.length;
    this.onBytes(this.read, this.size);
  }
}

const sha256 = (bytes: Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

export interface ParseOptions {
  /** Layout templates for workbooks the statistics-office reader does not recognise. */
  templates?: TemplateChoice;
  /** Bytes read so far of the file's size; for a file on disk, called as each chunk is read. */
  onBytes?: (read: number, size: number) => void;
  /** How legacy .xls workbooks are converted (tests replace the LibreOffice lookup). */
  xls?: ConvertOptions;
  /** The publication date given on import (`--published`, the preview's date field). */
  publishedOn?: string;
  /** Aborted when the user leaves the preview: a workbook's reading stops (its worker is ended). */
  signal?: AbortSignal;
}

export interface ParsedSource {
  format: FormatId;
  result: ParseResult;
  checksum: string;
}

/** Reads and parses one source, with the SHA-256 of its bytes (of its UTF-8 text, for pasted text). */
export async function parseSource(source: ImportSource, opts: ParseOptions = {}): Promise<ParsedSource> {
  const onBytes = opts.onBytes ?? (() => undefined);
  if ('path' in source) return parseFileOnDisk(source.path, source.fileName, opts, onBytes);
  const bytes = 'bytes' in source ? source.bytes : Buffer.from(source.text, 'utf8');
  onBytes(bytes.length, bytes.length);
  const parsed =
    'text' in source
      ? {
          format: 'text' as const,
          result: await guarded(source.fileName, 'text', () =>
            parsePressText(source.text, source.fileName, opts.publishedOn ? { publishedOn: opts.publishedOn } : {}),
          ),
        }
      : await parseBytes(bytes, source.fileName, opts);
  return { ...parsed, checksum: sha256(bytes) };
}

/** The statistics office's reader, or (given a template, or when it finds no IIP sheet) a layout template. */
async function readWorkbook(bytes: Buffer, fileName: string, opts: ParseOptions): Promise<{ format: FormatId; result: ParseResult }> {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new ImportError(fileName, null, said('workbook.too-large', { size: fixedParam(bytes.length / 2 ** 20, 1), limit: MAX_WORKBOOK_BYTES / 2 ** 20 }));
  }
  try {
    const xlsx = startsLikeOle2(bytes) ? await convertXlsToXlsx(bytes, fileName, opts.xls, opts.signal) : bytes;
    const workbook = await loadWorkbook(xlsx, fileName, opts.signal);
    const read = readOptions(fileName, opts);
    const byTemplate = async () => ({ format: 'xlsx-template' as const, result: await workbookReaders['xlsx-template'].read(workbook, read) });
    if (opts.templates?.given) return byTemplate();
    try {
      return { format: 'gso-xlsx', result: await workbookReaders['gso-xlsx'].read(workbook, read) };
    } catch (error) {
      if (error instanceof NotAGsoWorkbookError) return byTemplate();
      throw error;
    }
  } catch (error) {
    throw workbookError(fileName, error);
  }
}

/**
 * The app's errors as they are; anything else thrown while reading a workbook (a reader's slip on
 * a damaged sheet, the worker ending) becomes a bad-input error naming the file, without the
 * runtime's words (kept as its cause).
 */
function workbookError(fileName: string, error: unknown): Error {
  if (error instanceof AppError) return error;
  return Object.assign(new ImportError(fileName, null, said('workbook.unreadable')), { cause: error });
}

const readOptions = (fileName: string, opts: ParseOptions): ReadOptions => ({
  fileName,
  maxFigures: MAX_FIGURES_PER_FILE,
  ...(opts.templates ? { templates: opts.templates } : {}),
  ...(opts.publishedOn ? { publishedOn: opts.publishedOn } : {}),
});

async function parseFileOnDisk(file: string, fileName: string, opts: ParseOptions, onBytes: (read: number, size: number) => void): Promise<ParsedSource> {
  const size = fs.statSync(file).size;
  const format = detectFormat(fileName, readHead(file));
  const read = new FileRead(file, size, onBytes);
  onBytes(0, size);
  const streamed = isWorkbookFormat(format) ? undefined : bytesReaders[format].readStream;
  if (streamed) return { format, result: await streamed(read.chunks(), readOptions(fileName, opts)), checksum: await read.checksum() };
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new ImportError(fileName, null, said('limit.file-too-large', { size: (size / 2 ** 20).toFixed(0), format, limit: MAX_WHOLE_FILE_BYTES / 2 ** 20 }));
  }
  return { ...(await parseBytes(read.whole(), fileName, opts)), checksum: await read.checksum() };
}

async function parseBytes(bytes: Buffer, fileName: string, opts: ParseOptions = {}): Promise<{ format: FormatId; result: ParseResult }> {
  const format = detectFormat(fileName, bytes);
  if (isWorkbookFormat(format)) return readWorkbook(bytes, fileName, opts);
  return { format, result: await bytesReaders[format].read(bytes, readOptions(fileName, opts)) };
}
