// Backups and the store's health: the backups kept beside the store, a backup made or restored, the
// store's checks, and whether it opened read-only because it failed its check at start.
import { z } from 'zod';
import { channel } from './define.js';
import { MAX_BACKUPS_KEPT } from './preferences.js';

/** Why a backup was made: before each kind of write, by hand, or of the store a restore replaced. */
export const BACKUP_REASONS = ['import', 'undo', 'notes-import', 'migration', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupEntrySchema = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/**
 * The store as it opened: checked and writable, still being checked (writes wait), damaged and
 * read-only, or written by a newer version of the app and read-only (its schema newer than this one's).
 */
export const STORE_STATES = ['checking', 'ok', 'damaged', 'newer'] as const;

export const storeStatusSchema = z.strictObject({
  state: z.enum(STORE_STATES),
  readOnly: z.boolean(),
  /** What the check found, in SQLite's words (a few lines at most). */
  problems: z.array(z.string()),
  /** An empty, truncated or unreadable store file found at start and renamed aside (never refilled over). */
  keptAside: z.string().nullable(),
  storePath: z.string(),
  /** The store's schema version, and the newest this app knows (the store's is greater when state is 'newer'). */
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  backupsFolder: z.string(),
  /** How many automatic backups are kept (the oldest beyond are removed); 0: automatic backups are off. */
  backupsKept: z.number().int(),
});
export type StoreStatus = z.infer<typeof storeStatusSchema>;

export const storeCheckSchema = z.strictObject({
  ok: z.boolean(),
  /** Each problem found, naming what it is about (a table, a page, a release). */
  problems: z.array(z.string()),
  /** Releases without a digest (written into the store by another program): their figures cannot be checked. */
  unsealed: z.number().int(),
  releasesChecked: z.number().int(),
});
export type StoreCheck = z.infer<typeof storeCheckSchema>;

export const backupChannels = {
  'backup:status': channel({ input: z.strictObject({}), output: storeStatusSchema }),
  'backup:list': channel({ input: z.strictObject({}), output: z.array(backupEntrySchema) }),
  'backup:create': channel({ input: z.strictObject({}), output: backupEntrySchema }),
  /** Restores a listed backup (by its name, never a path); the store it replaces is kept as a backup first. */
  'backup:restore': channel({
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    output: z.strictObject({ restored: z.string(), keptAs: z.string().nullable(), restartNeeded: z.boolean() }),
  }),
  'backup:check': channel({ input: z.strictObject({}), output: storeCheckSchema }),
  'backup:keep': channel({
    input: z.strictObject({ count: z.number().int().min(0).max(MAX_BACKUPS_KEPT) }),
    output: z.strictObject({ backupsKept: z.number().int() }),
  }),
};
