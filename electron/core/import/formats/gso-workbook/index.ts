// Reader for the statistics office's monthly workbooks ("Biểu số liệu"): finds the IIP-by-industry
// table and the key-products table by their content and turns them into raw figures; the quarterly
// tables of both (every quarter of the year so far, in the workbooks of March, June, September and
// December) are found the same way and told apart by their columns, which are all quarters.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import { locationParam } from '../../../../shared/messages/said.js';
import { excerpt } from '../../read/limits.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseInput } from '../../../../shared/domain.js';
import { ImportError, type ParseResult, type RawFigure, type Warning } from '../../types.js';
import type { FormatReader } from '../format-reader.js';
import { loadWorkbook, type Workbook } from '../../read/xlsx/workbook.js';
import { statusFor, type Column, type YearContext } from './columns.js';
import { Grid } from './grid.js';
import { fold } from './text.js';
import { iipCandidate, readIipTable, type IipCandidate, type TableRead } from './iip-table.js';
import { productsCandidate, readProductsTable, type ProductsCandidate } from './products-table.js';

export interface GsoWorkbookResult extends ParseResult {
  /** Names of the sheets the figures come from. */
  sheets: { iip: string | null; products: string | null };
  /** The month the release is about, YYYY-MM, from the column headers. */
  referenceMonth: string;
  /** Names of the sheets read as quarterly tables (industries or products × the quarters of the year so far). */
  quarterlySheets: string[];
}

/** The workbook has no IIP-by-industry sheet: not the office's, so a layout template may read it. */
export class NotAGsoWorkbookError extends ImportError {
  constructor(file: string, message: ImportSaid) {
    super(file, null, message);
  }
}

export const GSO_PUBLISHER = 'General Statistics Office of Viet Nam (GSO)';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads a workbook from disk. `fileName` overrides the name used in messages and the release. */
export async function readGsoWorkbook(filePath: string, opts: { fileName?: string } = {}): Promise<GsoWorkbookResult> {
  const fileName = opts.fileName ?? path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    throw new ImportError(fileName, null, said('file.unreadable', { reason: (err as NodeJS.ErrnoException).code ?? 'EIO' }));
  }
  return readGsoWorkbookBytes(bytes, fileName);
}

/** Reads a workbook from its bytes. */
export async function readGsoWorkbookBytes(bytes: Buffer, fileName: string): Promise<GsoWorkbookResult> {
  return readGsoSheets(await loadWorkbook(bytes, path.basename(fileName)), fileName);
}

/** Reads a loaded workbook; throws NotAGsoWorkbookError when it is not the office's. */
export function readGsoSheets(wb: Workbook, fileName: string): GsoWorkbookResult {
  const file = path.basename(fileName);
  const published = publicationDate(file);
  const ctx: YearContext = { published: published ? { year: published.year, month: published.month } : null };
  const warnings: Warning[] = [];

  const iipCands: IipCandidate[] = [];
  const productCands: ProductsCandidate[] = [];
  for (const sheet of wb.sheets) {
    const grid = new Grid(sheet);
    const iip = iipCandidate(grid);
    if (iip) iipCands.push(iip);
    else {
      const prod = productsCandidate(grid);
      if (prod) productCands.push(prod);
    }
  }
  const iipCand = pickCandidate(iipCands);
  if (!iipCand) {
    throw new NotAGsoWorkbookError(file, said('gso.no-iip-sheet', { count: wb.sheets.length, sheets: excerpt(wb.sheets.map((s) => s.name).join(', '), 200) }));
  }
  if (iipCand.grid.sheet.state !== 'visible') warnings.push(said('warning.gso.iip-sheet-hidden', { sheet: iipCand.grid.name }));

  const iip = readIipTable(iipCand, file, ctx);
  warnings.push(...iip.warnings);
  const referenceMonth = iip.lastMonth;

  const prodCand = pickCandidate(productCands);
  let products: TableRead | null = null;
  if (prodCand) {
    products = readProductsTable(prodCand, file, ctx);
    warnings.push(...products.warnings);
    if (products.lastMonth !== referenceMonth) {
      warnings.push(said('warning.gso.products-month', { sheet: prodCand.grid.name, productsMonth: products.lastMonth, iipMonth: referenceMonth }));
    }
  } else {
    warnings.push(said('warning.gso.no-products-sheet'));
  }

  if (published) {
    const pub = `${published.year}-${String(published.month).padStart(2, '0')}`;
    const prev = published.month === 1 ? `${published.year - 1}-12` : `${published.year}-${String(published.month - 1).padStart(2, '0')}`;
    if (referenceMonth !== pub && referenceMonth !== prev) {
      warnings.push(said('warning.gso.published-month', { month: referenceMonth, publishedOn: published.iso }));
    }
  }
  for (const grid of [iipCand.grid, prodCand?.grid]) {
    if (grid?.decodedCells) {
      warnings.push(said(grid.legacy === 'vni' ? 'warning.gso.legacy-vni' : 'warning.gso.legacy-tcvn3', { sheet: grid.name, count: grid.decodedCells }));
    }
  }
  if (isEnglish(iip.columns)) warnings.push(said('warning.gso.english-edition', { sheet: iipCand.grid.name }));

  // The quarterly tables: every other candidate whose columns are all quarters.
  const quarterly: { name: string; table: TableRead }[] = [];
  const others: { cand: IipCandidate | ProductsCandidate; read: () => TableRead }[] = [
    ...iipCands.filter((c) => c !== iipCand).map((cand) => ({ cand, read: () => readIipTable(cand, file, ctx) })),
    ...productCands.filter((c) => c !== prodCand).map((cand) => ({ cand, read: () => readProductsTable(cand, file, ctx) })),
  ];
  for (const { cand, read } of others) {
    let table: TableRead;
    try {
      table = read();
    } catch (error) {
      // A table titled as quarterly that cannot be read is worth saying; other look-alikes are not ours.
      if (cand.rank === 1 && error instanceof ImportError)
        warnings.push(
          said('warning.gso.quarterly-not-read', {
            sheet: cand.grid.name,
            place: error.where ? { place: error.where } : (error.place ?? ''),
            detail: error.said,
          }),
        );
      continue;
    }
    if (!isQuarterly(table)) continue;
    quarterly.push({ name: cand.grid.name, table });
    warnings.push(...table.warnings);
  }

  const figures: RawFigure[] = [];
  const seen = new Map<string, RawFigure>();
  for (const table of [iip, products, ...quarterly.map((q) => q.table)]) {
    if (!table) continue;
    for (const { figure, column } of table.entries) {
      // A quarter the monthly table states too (the March workbook's first quarter) is read once.
      const key = `${figure.measure}|${fold(figure.itemLabel)}|${figure.period}|${figure.basis}|${figure.unit}`;
      const before = seen.get(key);
      if (before) {
        if (before.value !== figure.value)
          warnings.push(
            said('warning.gso.figure-twice', {
              at: locationParam(figure.location),
              value: figure.value,
              item: figure.itemLabel,
              period: figure.period,
              before: locationParam(before.location),
              beforeValue: before.value,
            }),
          );
        continue;
      }
      seen.set(key, figure);
      figure.status = statusFor(column, referenceMonth);
      figures.push(figure);
    }
  }

  const year = Number(referenceMonth.slice(0, 4));
  const month = Number(referenceMonth.slice(5, 7));
  const release: Partial<ReleaseInput> = {
    name: `GSO monthly statistics, ${MONTH_NAMES[month - 1]} ${year} (Biểu số liệu)`,
    publisher: GSO_PUBLISHER,
    status: 'estimate',
    sourceKind: 'workbook',
    sourceFile: file,
    ...(published ? { publishedOn: published.iso } : {}),
  };
  return {
    figures,
    release,
    warnings,
    sheets: { iip: iipCand.grid.name, products: prodCand?.grid.name ?? null },
    referenceMonth,
    quarterlySheets: quarterly.map((q) => q.name),
  };
}

/** A table of the quarters of the year so far: every column is about a quarter, of one year. */
function isQuarterly(table: TableRead): boolean {
  const years = new Set(table.columns.map((c) => c.period?.code.slice(0, 4)));
  return table.columns.length > 0 && table.columns.every((c) => c.period?.kind === 'quarter') && years.size === 1;
}

/** Best rank first, then workbook order. */
function pickCandidate<T extends { rank: number }>(cands: T[]): T | null {
  let best: T | null = null;
  for (const c of cands) if (!best || c.rank < best.rank) best = c;
  return best;
}

/** "2024-11-29-02.-Bieu-T11.2024.xlsx" → 2024-11-29. */
function publicationDate(file: string): { year: number; month: number; iso: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(file);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, iso: `${m[1]}-${m[2]}-${m[3]}` };
}

function isEnglish(columns: Column[]): boolean {
  return columns.some((c) => /\b(versus|compared|same period|last month|months? of)\b/i.test(c.header));
}

export const gsoWorkbookReader: FormatReader<Workbook> = {
  format: 'gso-xlsx',
  read: (workbook, opts) => readGsoSheets(workbook, opts.fileName),
};
