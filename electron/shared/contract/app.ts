// The app itself: version, where the store is and how much it holds.
import { z } from 'zod';
import { channel } from './define.js';

export const appInfoSchema = z.strictObject({
  version: z.string(),
  storePath: z.string(),
  figureCount: z.number().int(),
  releaseCount: z.number().int(),
  seriesCount: z.number().int(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appChannels = {
  'app:info': channel({ input: z.strictObject({}), output: appInfoSchema }),
};
