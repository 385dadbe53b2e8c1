// A chart's data as CSV: UTF-8 with a byte-order mark (without it Excel reads the file in the
// system's code page and mangles Vietnamese), RFC 4180 quoting, CRLF line ends. Each spec is a
// block — header lines, then its table — and blocks are separated by an empty line.
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { headerLines, tableHeader, tableRow, type Cell } from './cells.js';
import type { ExportWriter } from './writer.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Numbers are written as plain numbers with a decimal point and the decimals they were published
 * with (9.30 stays 9.30, 34 stays 34), whatever the language. A CSV's numbers are data for another
 * program to read, not text for display, and a decimal comma would collide with the separator; the
 * Vietnamese Excel's decimal comma is what the clipboard copy gives, where the data is pasted.
 */
function cellText(cell: Cell): string {
  if (typeof cell === 'string') return field(cell);
  return cell.value.toFixed(Math.max(0, Math.min(10, Math.trunc(cell.decimals))));
}

function block(spec: ChartSpec): string[] {
  return [...headerLines(spec).map(field), '', tableHeader(spec).map(field).join(','), ...spec.rows.map((r) => tableRow(r).map(cellText).join(','))];
}

export const writeCsv: ExportWriter = (specs) => {
  const lines = specs.flatMap((spec, i) => (i === 0 ? block(spec) : ['', ...block(spec)]));
  return Promise.resolve(new Uint8Array(Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8')));
};
