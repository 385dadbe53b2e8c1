// Loads an .xlsx on the calling thread: exceljs reads it, and each worksheet becomes a plain Sheet
// (values, formula results, number formats, fonts, merges, hidden rows and columns) with
// legacy-font text converted to Unicode. The worker thread runs this too (workbook-worker.ts);
// importers call loadWorkbook (workbook.ts), which decides where.
import { said } from '../../../../shared/messages/import.js';
import type { PlacePart } from '../../../../shared/messages/place.js';
import type ExcelJS from 'exceljs';
import { ImportError } from '../../types.js';
import { containerProblem } from './container-check.js';
import { findDamagedPart } from './damaged-part.js';
import { decodeLegacyText } from './legacy-text.js';
import { checkWorkbookZip } from './zip-bounds.js';
import { ZipDamage } from './zip-directory.js';
import { Sheet, type Cell, type CellValue, type MergeRange } from './sheet.js';

/** Said of a workbook whose zip is sound but whose sheets exceljs cannot read. */

export interface Workbook {
  /** In workbook order; chart sheets are not listed. */
  sheets: Sheet[];
}

/** loadWorkbook on this thread, whatever the size (the worker runs this). */
export async function loadWorkbookInProcess(bytes: Buffer, fileName: string): Promise<Workbook> {
  const problem = containerProblem(bytes);
  if (problem) throw new ImportError(fileName, null, problem);
  try {
    await checkWorkbookZip(bytes);
  } catch (error) {
    if (error instanceof ZipDamage) throw new ImportError(fileName, null, error.said);
    throw error;
  }
  // Loaded here, not at start: a fifth of a second that commands reading no workbook should not pay.
  const excel = (await import('exceljs')).default;
  const wb = new excel.Workbook();
  let sheets: Sheet[];
  try {
    // exceljs types its input with a Buffer of its own (an ArrayBuffer); it reads Node Buffers.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const date1904 = wb.properties?.date1904 === true;
    sheets = wb.worksheets.map((ws) => sheetOf(ws, date1904, excel.ValueType));
  } catch (error) {
    // The zip unzipped whole (checked above): what failed is the XML inside. exceljs's own words name its internals.
    throw Object.assign(damagedContent(bytes, fileName), { cause: error });
  }
  if (sheets.length === 0) throw new ImportError(fileName, null, said('workbook.no-worksheets'));
  return { sheets };
}

/** The error for a workbook exceljs could not read: at the damaged part's sheet, line and column when one is not well-formed. */
function damagedContent(bytes: Buffer, fileName: string): ImportError {
  const damaged = findDamagedPart(bytes);
  if (!damaged) return new ImportError(fileName, null, said('workbook.damaged-content'));
  const where: PlacePart = damaged.sheet !== null ? ['sheet', damaged.sheet.slice(0, 40)] : ['part', damaged.part.slice(0, 60)];
  return new ImportError(
    fileName,
    [where, ['line', damaged.line], ['column', damaged.column]],
    said(damaged.sheet !== null ? 'workbook.damaged-sheet' : 'workbook.damaged-part'),
  );
}

/** exceljs's cell types, from the module loaded on first use. */
type CellTypes = typeof ExcelJS.ValueType;

function sheetOf(ws: ExcelJS.Worksheet, date1904: boolean, types: CellTypes): Sheet {
  const sheet = new Sheet(ws.name, ws.state ?? 'visible');
  // exceljs gives every cell of a merged range but the first a link to that first cell.
  const merges = new Map<ExcelJS.Cell, MergeRange>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) sheet.hiddenRows.add(r);
    row.eachCell((cell, c) => {
      if (cell.type === types.Merge) {
        if (cell.master) extendMerge(merges, cell.master, r, c);
        return;
      }
      const read = cellOf(cell, date1904, types);
      if (read) sheet.setCell(r, c, read);
    });
  }
  sheet.merges.push(...merges.values());
  (ws.columns ?? []).forEach((col, i) => {
    if (col.hidden) sheet.hiddenCols.add(i + 1);
  });
  decodeLegacyText(sheet);
  return sheet;
}

function extendMerge(merges: Map<ExcelJS.Cell, MergeRange>, master: ExcelJS.Cell, row: number, col: number): void {
  let m = merges.get(master);
  if (!m) {
    const [r1, c1] = [Number(master.row), Number(master.col)];
    merges.set(master, (m = { r1, c1, r2: r1, c2: c1 }));
  }
  m.r2 = Math.max(m.r2, row);
  m.c2 = Math.max(m.c2, col);
}

/** The cell as plain data; null for a cell that holds nothing (formatting only). */
function cellOf(cell: ExcelJS.Cell, date1904: boolean, types: CellTypes): Cell | null {
  const hasFormula = cell.type === types.Formula;
  // Read a formula's result directly: exceljs leaves a falsy one (0, FALSE, '') out of cell.value.
  const content = contentOf(hasFormula ? cell.result : cell.value, date1904);
  if (content.value === null && content.error === undefined && !hasFormula) return null;
  return { ...content, hasFormula, numFmt: cell.numFmt || null, font: cell.font?.name ?? null };
}

type Content = { value: CellValue; error?: string; date?: string };

/** Rich text gives its runs joined, a hyperlink its text, an error its text (#N/A). */
function contentOf(v: unknown, date1904: boolean): Content {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return dateContent(v, date1904);
  if (typeof v !== 'object') return { value: null };
  if ('richText' in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('') };
  if ('error' in v) return { value: null, error: String((v as ExcelJS.CellErrorValue).error) };
  if ('text' in v) return contentOf((v as { text: unknown }).text, date1904);
  return { value: null };
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial day (1900 system). */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns numbers under a date format into Dates; the cell keeps the serial number Excel
 * stores (to 1e-7 day: exceljs rounds to milliseconds), with the date as text alongside.
 */
function dateContent(d: Date, date1904: boolean): Content {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return { value: null };
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? 1462 : 0);
  const iso = d.toISOString();
  return { value: Math.round(serial * 1e7) / 1e7, date: ms % MS_PER_DAY === 0 ? iso.slice(0, 10) : iso.slice(0, 19) };
}
