// Domain vocabulary shared by every side (main, renderer, CLI), and the shapes of a figure and a
// release as sources state them. No node:, no DOM.
import { z } from 'zod';
import { parsePeriod } from './period.js';

export * from './domain-terms.js';
import { BASES, isCalendarDate, ISO_DATE, MEASURES, STATUSES, UNITS } from './domain-terms.js';

/** ISO date YYYY-MM-DD, a day on the calendar (not 2025-13-01 or 2025-02-30). */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, 'expected a date YYYY-MM-DD')
  .refine((text) => !ISO_DATE.test(text) || isCalendarDate(text), { message: 'no such date: expected a month 01–12 and a day that month has' });

/** A figure as a source states it, before it is stored. Codes are reference-list codes. */
export const figureInputSchema = z.object({
  geo: z.string().min(1),
  item: z.string().min(1),
  measure: z.enum(MEASURES),
  /** Canonical period notation: 2025-11, 2025-01..2025-11, 2025-Q2, 2025. */
  period: z.string().refine((p) => parsePeriod(p) !== null, 'not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)'),
  basis: z.enum(BASES),
  unit: z.enum(UNITS),
  /** Only for basis `base`: the year whose level is 100. */
  baseYear: z.number().int().nullable().optional(),
  value: z.number().finite(),
  /** Decimal places as published (34 → 0, 34.3 → 1): decides which of two roundings is shown. */
  decimals: z.number().int().min(0).max(10),
  status: z.enum(STATUSES),
  /** Unit of a product's physical output (qty), e.g. "Nghìn tấn". */
  quantityUnit: z.string().nullable().optional(),
  /** Where in the source: the quoted sentence, or sheet!cell, or line. */
  quote: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  /** The period as the source labels it, where that differs from `period`. */
  statedPeriod: z.string().nullable().optional(),
  /** Data-quality flags, e.g. `period-mislabelled`, `rounded`. */
  flags: z.array(z.string()).optional(),
  note: z.string().nullable().optional(),
});
export type FigureInput = z.infer<typeof figureInputSchema>;

/** A release (a document figures come from) as it is stored. */
export const releaseInputSchema = z.object({
  name: z.string().min(1),
  publisher: z.string().min(1),
  publishedOn: isoDateSchema,
  /** Set when the date is not stated by the source and was inferred; says how. */
  publishedOnNote: z.string().nullable().optional(),
  status: z.enum(STATUSES),
  /** article, workbook, px, json-stat, sdmx, csv, text, seed */
  sourceKind: z.string().min(1),
  sourceFile: z.string().min(1),
  sourceUrl: z.string().nullable().optional(),
  checksum: z.string().nullable().optional(),
});
export type ReleaseInput = z.infer<typeof releaseInputSchema>;
