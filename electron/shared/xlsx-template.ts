// Layout templates for spreadsheets that are not the statistics office's own workbooks: which sheet,
// which row holds the headers, which column the names, and what each data column means. Saved by
// name and found again next month by the shape of the sheet. Schemas, types and column letters.
import { z } from 'zod';
import { BASES, MEASURES, STATUSES, UNITS } from './domain.js';

/**
 * A column's period relative to the file's reference month (the month the table is about), or a
 * fixed period in the store's notation (2025-11, 2025-01..2025-11, 2025-Q2, 2025).
 */
export const PERIOD_PATTERNS = ['month', 'previous-month', 'cumulative', 'previous-cumulative', 'quarter', 'year'] as const;
export type PeriodPattern = (typeof PERIOD_PATTERNS)[number];

const periodSpec = z.union([
  z.enum(PERIOD_PATTERNS),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(\.\.\d{4}-(0[1-9]|1[0-2]))?|-Q[1-4]|-H[12])?$/, 'expected a period pattern or a period such as 2025-11'),
]);

/** How a sheet looks, independent of its name and of the month it is about. */
export const sheetSignatureSchema = z.strictObject({
  columnCount: z.number().int().min(0).max(16384),
  /** The header row's texts, one per column, folded (no diacritics, lower case) and without digits. */
  headers: z.array(z.string().max(500)).max(500),
  /** The first names under the header row in the label column, folded. */
  labels: z.array(z.string().max(500)).max(50),
});
export type SheetSignature = z.infer<typeof sheetSignatureSchema>;

/** A sheet as the preview shows it, so the user can map its layout. */
export const sheetDescriptionSchema = z.strictObject({
  name: z.string(),
  rowCount: z.number().int(),
  columnCount: z.number().int(),
  /** Cell texts of the first rows, merged cells filled with the merged value. */
  rows: z.array(z.array(z.string())),
  /** The row that looks most like a header row (1-based), as a starting point for the mapping. */
  guessedHeaderRow: z.number().int(),
  /** The column that looks most like the names column (1-based). */
  guessedLabelColumn: z.number().int(),
});
export type SheetDescription = z.infer<typeof sheetDescriptionSchema>;

export const templateColumnSchema = z.strictObject({
  /** 1-based column number. */
  column: z.number().int().min(1).max(500),
  period: periodSpec,
  basis: z.enum(BASES),
  unit: z.enum(UNITS),
  status: z.enum(STATUSES).optional(),
});
export type TemplateColumn = z.infer<typeof templateColumnSchema>;

/** Where the reference month comes from: the sheet's title and header rows, the file name, or fixed. */
export const referenceMonthFromSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sheet') }),
  z.strictObject({ kind: z.literal('file-name') }),
  z.strictObject({ kind: z.literal('fixed'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM') }),
]);
export type ReferenceMonthFrom = z.infer<typeof referenceMonthFromSchema>;

export const xlsxTemplateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** The sheet the layout was mapped on; later files may name it differently. */
  sheet: z.string().min(1).max(100),
  /** Filled in by the importer from the mapped sheet; absent in a mapping the user has just made. */
  sheetMatch: sheetSignatureSchema.optional(),
  headerRow: z.number().int().min(1).max(1000),
  labelColumn: z.number().int().min(1).max(500),
  /** What the names are: industries or products (item) or localities (geo). */
  labelKind: z.enum(['item', 'geo']),
  /** The other dimension: the item for a table of localities (default TOTAL)… */
  fixedItem: z.string().min(1).max(200).optional(),
  /** …or the locality for a table of industries (default the whole country). */
  fixedGeo: z.string().min(1).max(100).optional(),
  measure: z.enum(MEASURES),
  columns: z.array(templateColumnSchema).min(1).max(200),
  referenceMonthFrom: referenceMonthFromSchema,
  publisher: z.string().min(1).max(300).optional(),
});
export type XlsxTemplate = z.infer<typeof xlsxTemplateSchema>;

export const templateSummarySchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  definition: xlsxTemplateSchema,
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

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
