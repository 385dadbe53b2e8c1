// Layout templates for spreadsheets that are not the statistics office's own workbooks: which sheet,
// which row holds the headers, which column the names, and what each data column means. Saved by
// name and found again next month by the shape of the sheet. Types and the schema only (no node:).
import { z } from 'zod';
import { BASES, MEASURES, STATUSES, UNITS } from './domain.js';

/**
 * A column's period relative to the file's reference month (the month the table is about), or a
 * fixed period in the store's notation (2025-11, 2025-01..2025-11, 2025-Q2, 2025).
 */
export const PERIOD_PATTERNS = ['month', 'previous-month', 'cumulative', 'previous-cumulative', 'quarter', 'year'] as const;
export type PeriodPattern = (typeof PERIOD_PATTERNS)[number];

/** Where the reference month comes from: the sheet's title and header rows, the file name, or fixed. */
export type ReferenceMonthFrom = { kind: 'sheet' } | { kind: 'file-name' } | { kind: 'fixed'; month: string };

/** How a sheet looks, independent of its name and of the month it is about. */
export interface SheetSignature {
  columnCount: number;
  /** The header row's texts, one per column, folded (no diacritics, lower case) and without digits. */
  headers: string[];
  /** The first names under the header row in the label column, folded. */
  labels: string[];
}

/** A sheet as the preview shows it, so the user can map its layout. */
export interface SheetDescription {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Cell texts of the first rows, merged cells filled with the merged value. */
  rows: string[][];
  /** The row that looks most like a header row (1-based), as a starting point for the mapping. */
  guessedHeaderRow: number;
  /** The column that looks most like the names column (1-based). */
  guessedLabelColumn: number;
}

export interface TemplateColumn {
  /** 1-based column number. */
  column: number;
  period: string;
  basis: (typeof BASES)[number];
  unit: (typeof UNITS)[number];
  status?: (typeof STATUSES)[number];
}

export interface XlsxTemplate {
  name: string;
  /** The sheet the layout was mapped on; later files may name it differently. */
  sheet: string;
  /** Filled in by the importer from the mapped sheet; absent in a mapping the user has just made. */
  sheetMatch?: SheetSignature;
  headerRow: number;
  labelColumn: number;
  /** What the names are: industries or products (item) or localities (geo). */
  labelKind: 'item' | 'geo';
  /** The other dimension: the item for a table of localities (default TOTAL)… */
  fixedItem?: string;
  /** …or the locality for a table of industries (default the whole country). */
  fixedGeo?: string;
  measure: (typeof MEASURES)[number];
  columns: TemplateColumn[];
  referenceMonthFrom: ReferenceMonthFrom;
  publisher?: string;
}

export interface TemplateSummary {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  definition: XlsxTemplate;
}

const periodSpec = z.union([z.enum(PERIOD_PATTERNS), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(\.\.\d{4}-(0[1-9]|1[0-2]))?|-Q[1-4]|-H[12])?$/, 'expected a period pattern or a period such as 2025-11')]);
const signatureSchema = z.object({ columnCount: z.number().int().min(0).max(16384), headers: z.array(z.string().max(500)).max(500), labels: z.array(z.string().max(500)).max(50) }).strict();

export const xlsxTemplateSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    sheet: z.string().min(1).max(100),
    sheetMatch: signatureSchema.optional(),
    headerRow: z.number().int().min(1).max(1000),
    labelColumn: z.number().int().min(1).max(500),
    labelKind: z.enum(['item', 'geo']),
    fixedItem: z.string().min(1).max(200).optional(),
    fixedGeo: z.string().min(1).max(100).optional(),
    measure: z.enum(MEASURES),
    columns: z
      .array(z.object({ column: z.number().int().min(1).max(500), period: periodSpec, basis: z.enum(BASES), unit: z.enum(UNITS), status: z.enum(STATUSES).optional() }).strict())
      .min(1)
      .max(200),
    referenceMonthFrom: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('sheet') }).strict(),
      z.object({ kind: z.literal('file-name') }).strict(),
      z.object({ kind: z.literal('fixed'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM') }).strict(),
    ]),
    publisher: z.string().min(1).max(300).optional(),
  })
  .strict();

/** "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
