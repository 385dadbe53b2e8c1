// Releases: the documents figures come from, with publication date and status; undoing one
// removes its figures and shows again what it revised.
import { z } from 'zod';
import { isoDateSchema, STATUSES } from '../domain.js';
import { channel } from './define.js';

export const releaseSummarySchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  publishedOnNote: z.string().nullable(),
  status: z.enum(STATUSES),
  sourceKind: z.string(),
  sourceFile: z.string(),
  sourceUrl: z.string().nullable(),
  checksum: z.string().nullable(),
  importedAt: z.string(),
  figureCount: z.number().int(),
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

export const releasesChannels = {
  /** With `asOf`: only the releases published on or before that date (the store as known then). */
  'releases:list': channel({ input: z.strictObject({ asOf: isoDateSchema.optional() }), output: z.array(releaseSummarySchema) }),
  'releases:undo': channel({ input: z.strictObject({ releaseId: z.number().int().positive() }), output: z.strictObject({ undone: z.boolean() }) }),
};
