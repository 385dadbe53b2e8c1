// Which parser reads a file: by its name, then by its first bytes.
import path from 'node:path';
import { readGsoWorkbookBytes } from './gso-workbook/index.js';
import { parseJsonStat } from './jsonstat.js';
import { parsePcAxis } from './pcaxis.js';
import { parsePressText } from './press-text.js';
import { parseSdmxCsv } from './sdmx-csv.js';
import { parseSdmxMl } from './sdmx-ml.js';
import { parseTidyCsv } from './tidy-csv.js';
import { ImportError, type ParseResult } from './types.js';
import type { FormatId } from '../../shared/imports.js';

export type { FormatId };

/** A file's bytes, or text the user pasted. */
export type ImportSource = { fileName: string; bytes: Buffer } | { fileName: string; text: string };

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function detectFormat(fileName: string, bytes: Buffer): FormatId {
  if (bytes.length === 0) throw new ImportError(fileName, null, 'the file is empty');
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx' || bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return 'gso-xlsx';
  if (ext === '.px') return 'pc-axis';
  if (ext === '.txt') return 'text';
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (ext === '.json' || head.startsWith('{')) return 'json-stat';
  if (ext === '.xml' || head.startsWith('<')) return 'sdmx-ml';
  if (ext === '.csv' || ext === '.tsv') return /^"?(DATAFLOW|STRUCTURE)"?[,;\t]/i.test(head) ? 'sdmx-csv' : 'csv';
  if (/\bDATA\s*=/.test(head) || /^(CHARSET|AXIS-VERSION|MATRIX)/m.test(head)) return 'pc-axis';
  throw new ImportError(fileName, null, `cannot tell the format of this file (expected .xlsx, .px, .json, .xml, .csv or .txt)`);
}

export async function parseSource(source: ImportSource): Promise<{ format: FormatId; result: ParseResult }> {
  if ('text' in source) return { format: 'text', result: parsePressText(source.text, source.fileName) };
  const format = detectFormat(source.fileName, source.bytes);
  const { bytes, fileName } = source;
  switch (format) {
    case 'gso-xlsx':
      return { format, result: await readGsoWorkbookBytes(bytes, fileName) };
    case 'pc-axis':
      return { format, result: parsePcAxis(bytes, fileName) };
    case 'json-stat':
      return { format, result: parseJsonStat(bytes, fileName) };
    case 'sdmx-ml':
      return { format, result: parseSdmxMl(bytes, fileName) };
    case 'sdmx-csv':
      return { format, result: parseSdmxCsv(bytes, fileName) };
    case 'csv':
      return { format, result: parseTidyCsv(bytes, fileName) };
    case 'text':
      return { format, result: parsePressText(bytes.toString('utf8'), fileName) };
  }
}
