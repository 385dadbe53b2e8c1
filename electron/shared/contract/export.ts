// Export: a chart as a file (PowerPoint with a native chart, CSV, XLSX, PNG, SVG, PDF), and slide baskets — named
// decks of pinned charts, kept in the store, refreshed after each release with the changes listed.
import { z } from 'zod';
import { BASES, isoDateSchema, MEASURES, UNITS } from '../domain.js';
import { parsePeriod } from '../period.js';
import { channel } from './define.js';

const periodCode = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p) !== null, 'expected a period: 2025-11, 2025-01..2025-11, 2025-Q2 or 2025');

/** A span of months by the month a period ends in ("2024-01"), both ends included; a null end is open. */
const monthSpanSchema = z.strictObject({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month: 2025-11')
    .nullable(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month: 2025-11')
    .nullable(),
});

/**
 * One line of a pairwise chart, where it differs from the request: its own basis and unit (drawn on a
 * second axis when its unit is not the first line's), the months its stored figures are taken from,
 * before any transformation (a former province to June 2025, the locality from July 2025), and its
 * name in the legend and the data rows ("Cần Thơ (to Jun 2025)").
 */
const exportLineSchema = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  basis: z.enum(BASES).optional(),
  unit: z.enum(UNITS).optional(),
  figuresWithin: monthSpanSchema.optional(),
});

/**
 * What to chart, as the screen or a script asks for it: subjects by code or name; a line over
 * time (every period the series has when neither `period` nor `from`/`to` is given, as on
 * screen) or bars for one period.
 */
export const exportRequestSchema = z.strictObject({
  geos: z.array(z.string().trim().min(1).max(120)).min(1).max(70),
  items: z.array(z.string().trim().min(1).max(200)).min(1).max(70),
  /** Each geo with the item at its place (as many of each) instead of every geo with every item: series of different places and industries on one chart. */
  pairwise: z.boolean().optional(),
  period: periodCode.optional(),
  from: periodCode.optional(),
  to: periodCode.optional(),
  basis: z.enum(BASES),
  measure: z.enum(MEASURES).optional(),
  /** The unit shown where a series has two for the basis (a % change and an index); the % change by default. */
  unit: z.enum(UNITS).optional(),
  chart: z.enum(['line', 'bar']),
  /**
   * A line of each series transformed ("yoy", "ma3", "rebase:2020", …: electron/shared/analysis/spec.ts), as
   * `figures:transformed` gives it, starting from the stored series of `basis`.
   */
  transform: z.string().trim().min(2).max(40).optional(),
  /**
   * The months shown: a period is kept when the month it ends in is inside, applied after the
   * transformation (a moving average at the start still uses the months before), as Explore's date range.
   */
  within: monthSpanSchema.optional(),
  /** Pairwise (or one subject): each line's own basis, unit and figures' months, in the order of `geos`. */
  lines: z.array(exportLineSchema).max(70).optional(),
  title: z.string().max(300).optional(),
  lang: z.enum(['vi', 'en']),
  asOf: isoDateSchema.optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;
export type ExportLine = z.infer<typeof exportLineSchema>;

export const EXPORT_FILE_FORMATS = ['pptx', 'csv', 'xlsx', 'png', 'svg', 'pdf'] as const;

export const exportFileSchema = z.strictObject({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

const slideSchema = z.strictObject({ id: z.number().int(), position: z.number().int(), title: z.string(), request: exportRequestSchema });
export const basketSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  slides: z.array(slideSchema),
});
export type Basket = z.infer<typeof basketSchema>;
export type BasketSlide = z.infer<typeof slideSchema>;

/** A number that changed on a slide since the deck was last refreshed. */
export const slideChangeSchema = z.strictObject({
  slide: z.number().int(),
  slideTitle: z.string(),
  subject: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
});
export type SlideChange = z.infer<typeof slideChangeSchema>;

const basketId = z.strictObject({ basketId: z.number().int().positive() });
const slideId = z.strictObject({ slideId: z.number().int().positive() });
const aspect = z.enum(['16:9', '4:3']).default('16:9');

export const exportChannels = {
  'export:chart': channel({
    input: z.strictObject({
      request: exportRequestSchema,
      format: z.enum(EXPORT_FILE_FORMATS),
      aspect,
      /** Pictures: PNG pixels per logical pixel of the 1200 × 675 picture. */
      scale: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
      /** Pictures: no background instead of white. */
      transparent: z.boolean().default(false),
      /** PowerPoint: the chart as a high-resolution picture instead of a native chart. */
      pictureSlides: z.boolean().default(false),
    }),
    output: exportFileSchema,
  }),
  'baskets:list': channel({ input: z.strictObject({}), output: z.array(basketSchema) }),
  'baskets:create': channel({ input: z.strictObject({ name: z.string().trim().min(1).max(120) }), output: basketSchema }),
  'baskets:rename': channel({ input: basketId.extend({ name: z.string().trim().min(1).max(120) }), output: basketSchema }),
  'baskets:delete': channel({ input: basketId, output: z.strictObject({ deleted: z.boolean() }) }),
  'baskets:add-slide': channel({ input: basketId.extend({ title: z.string().trim().min(1).max(300), request: exportRequestSchema }), output: basketSchema }),
  'baskets:remove-slide': channel({ input: slideId, output: basketSchema }),
  'baskets:move-slide': channel({ input: slideId.extend({ position: z.number().int().min(0) }), output: basketSchema }),
  'baskets:retitle-slide': channel({ input: slideId.extend({ title: z.string().trim().min(1).max(300) }), output: basketSchema }),
  /** Re-draws every slide from the store as it is now; lists the numbers that changed since the last refresh. */
  'baskets:refresh': channel({ input: basketId, output: z.strictObject({ basket: basketSchema, changes: z.array(slideChangeSchema) }) }),
  'baskets:export': channel({ input: basketId.extend({ aspect }), output: exportFileSchema }),
};
