// The formats the importer knows: which one a file is (detectFormat), and its reader. A new format
// is a folder here exporting one FormatReader, registered below (see ../README.md).
import { said } from '../../../shared/messages/import.js';
import path from 'node:path';
import type { FormatId } from '../../../shared/contract/import.js';
import { startsLikeOle2 } from '../read/xls/convert.js';
import { startsLikeZip } from '../read/xlsx/container-check.js';
import type { Workbook } from '../read/xlsx/workbook.js';
import { ImportError } from '../types.js';
import type { FormatReader } from './format-reader.js';
import { guardReader } from './guard.js';
import { gsoWorkbookReader } from './gso-workbook/index.js';
import { jsonStatReader } from './jsonstat/index.js';
import { pcAxisReader } from './pcaxis/index.js';
import { pressTextReader } from './press-text/index.js';
import { sdmxCsvReader } from './sdmx-csv/index.js';
import { sdmxMlReader } from './sdmx-ml/index.js';
import { tidyCsvReader } from './tidy-csv/index.js';
import { xlsxTemplateReader } from './xlsx-template/index.js';

export type { FormatReader, ReadOptions, TemplateChoice } from './format-reader.js';
export { NotAGsoWorkbookError } from './gso-workbook/index.js';

/** The formats read from a loaded workbook (see pipeline/read-source.ts for the order they are tried). */
export type WorkbookFormat = 'gso-xlsx' | 'xlsx-template';
export type BytesFormat = Exclude<FormatId, WorkbookFormat>;

/** Every format in the contract has exactly one reader: a missing or extra one fails to compile. */
export const workbookReaders: { [F in WorkbookFormat]: FormatReader<Workbook> } = {
  'gso-xlsx': gsoWorkbookReader,
  'xlsx-template': xlsxTemplateReader,
};

/** Each behind the reading boundary (guard.ts): an unexpected failure is named and logged, never passed on raw. */
export const bytesReaders: { [F in BytesFormat]: FormatReader } = {
  'pc-axis': guardReader(pcAxisReader),
  'json-stat': guardReader(jsonStatReader),
  'sdmx-ml': guardReader(sdmxMlReader),
  'sdmx-csv': guardReader(sdmxCsvReader),
  csv: guardReader(tidyCsvReader),
  text: guardReader(pressTextReader),
};

export const isWorkbookFormat = (format: FormatId): format is WorkbookFormat => format === 'gso-xlsx' || format === 'xlsx-template';

/** The format of a file, by its name, then by its first bytes (4 KiB are enough). A legacy .xls workbook (OLE2) is a
 * workbook like an .xlsx: pipeline/read-source.ts converts it through LibreOffice before reading. */
export function detectFormat(fileName: string, bytes: Buffer): FormatId {
  if (bytes.length === 0) throw new ImportError(fileName, null, said('file.empty'));
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || startsLikeZip(bytes) || startsLikeOle2(bytes)) return 'gso-xlsx';
  if (ext === '.px') return 'pc-axis';
  if (ext === '.txt') return 'text';
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (ext === '.json' || head.startsWith('{')) return 'json-stat';
  if (ext === '.xml' || head.startsWith('<')) return 'sdmx-ml';
  if (ext === '.csv' || ext === '.tsv') return /^"?(DATAFLOW|STRUCTURE)"?[,;\t]/i.test(head) ? 'sdmx-csv' : 'csv';
  if (/\bDATA\s*=/.test(head) || /^(CHARSET|AXIS-VERSION|MATRIX)/m.test(head)) return 'pc-axis';
  throw new ImportError(fileName, null, said('file.format-unknown'));
}
