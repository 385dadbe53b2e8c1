// A chart's data as a workbook (exceljs): one sheet per spec, its header lines in bold, then the
// table with a frozen, bold header row, values as numeric cells showing their published decimals.
//
// Dates (the publication date) are ISO text (2025-12-06), as in the CSV: a real date cell would be
// shown in the reader's locale (06/12 or 12/06), and its serial number depends on the workbook's
// epoch and on the time zone a Date is built in; ISO text reads the same everywhere and sorts right.
//
// Formula injection: exceljs writes a JavaScript string as a shared-string cell (t="s", no <f>
// element; it never turns "=1+1" into a formula), which Excel and LibreOffice show as text and
// never evaluate on opening. That protection ends where the text
// leaves the cell — edited (F2, Enter), copied into another sheet or saved as CSV — so text that
// starts like a formula also gets the apostrophe prefix (cells.ts `neutralise`), the same as in
// the CSV.
import type ExcelJS from 'exceljs';
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { headerLines, tableHeader, tableRow, VALUE_COLUMN, type Cell } from './cells.js';
import { sheetNames } from './sheet-names.js';
import type { ExportWriter } from './writer.js';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** "0", "0.0", "0.00" …: the decimals a figure was published with. */
const numberFormat = (decimals: number): string => {
  const d = Math.max(0, Math.min(10, Math.trunc(decimals)));
  return d === 0 ? '0' : `0.${'0'.repeat(d)}`;
};

const cellValue = (cell: Cell): string | number => (typeof cell === 'string' ? cell : cell.value);

function addSheet(workbook: ExcelJS.Workbook, name: string, spec: ChartSpec): void {
  const sheet = workbook.addWorksheet(name);
  for (const line of headerLines(spec)) sheet.addRow([line]).font = { bold: true };
  sheet.addRow([]);
  const header = sheet.addRow(tableHeader(spec));
  header.font = { bold: true };
  const cells = spec.rows.map(tableRow);
  for (const row of cells) {
    const added = sheet.addRow(row.map(cellValue));
    const value = row[VALUE_COLUMN];
    if (value !== undefined && typeof value !== 'string') added.getCell(VALUE_COLUMN + 1).numFmt = numberFormat(value.decimals);
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  tableHeader(spec).forEach((title, i) => {
    const longest = Math.max(title.length, ...cells.map((row) => (typeof row[i] === 'string' ? (row[i] as string).length : 12)));
    sheet.getColumn(i + 1).width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
  });
}

export const writeXlsx: ExportWriter = async (specs) => {
  const excel = (await import('exceljs')).default; // on first use, not at start
  const workbook = new excel.Workbook();
  workbook.creator = 'IIP Explorer';
  const names = sheetNames(specs.map((s) => s.title));
  specs.forEach((spec, i) => addSheet(workbook, names[i]!, spec));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
