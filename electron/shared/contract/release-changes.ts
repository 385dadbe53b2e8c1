// What one release changed against the store as it stood before it: the periods it brought that the
// store did not have, and the figures it revised (old → new, largest first). The latest-release view
// names its release with this; the notions are the import preview's (new, revised, unchanged).
import { z } from 'zod';
import { BASES, isoDateSchema, MEASURES, STATUSES, UNITS } from '../domain.js';
import { channel } from './define.js';
import { geoRefSchema, itemRefSchema } from './reference.js';

export const releaseNamedSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  status: z.enum(STATUSES),
  figureCount: z.number().int(),
});

export const revisedFigureSchema = z.strictObject({
  geo: geoRefSchema,
  item: itemRefSchema,
  measure: z.enum(MEASURES),
  period: z.string(),
  basis: z.enum(BASES),
  /** The shown unit (an index against the same period last year read as a % change). */
  unit: z.enum(UNITS),
  quantityUnit: z.string().nullable(),
  old: z.strictObject({ value: z.number(), decimals: z.number().int(), releaseName: z.string(), publishedOn: isoDateSchema }),
  new: z.strictObject({ value: z.number(), decimals: z.number().int() }),
  /** new − old at the coarser precision. */
  change: z.number(),
  decimals: z.number().int(),
});
export type RevisedFigure = z.infer<typeof revisedFigureSchema>;

export const releaseChangesSchema = z.strictObject({
  release: releaseNamedSchema,
  /** The release's new figures (none stated before it) by period; `newToStore` when the store had no figure at all for the period. */
  newPeriods: z.array(z.strictObject({ period: z.string(), figures: z.number().int(), newToStore: z.boolean() })),
  /** Figures the store held before that this release states differently beyond rounding, largest |change| first. */
  revised: z.array(revisedFigureSchema),
  unchanged: z.number().int(),
});
export type ReleaseChanges = z.infer<typeof releaseChangesSchema>;

export const releaseChangesChannels = {
  'releases:changes': channel({
    /**
     * One release; else the newest published (on `asOf`, if given) that states a figure for `period`,
     * or the newest of all without a period. Null when there is none.
     */
    input: z.strictObject({
      releaseId: z.number().int().positive().optional(),
      period: z.string().trim().min(4).max(32).optional(),
      asOf: isoDateSchema.optional(),
    }),
    output: releaseChangesSchema.nullable(),
  }),
};
