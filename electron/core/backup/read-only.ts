// A store a newer app wrote is open read-only (start.ts). Each channel that would write to it, or
// to its backups folder, is refused before it does any work (stages a file, makes a backup), with
// NewerStoreError (code `forbidden`); a write this list misses meets the read-only connection
// (SQLITE_READONLY) and is refused the same way, never as a damaged store. A read the newer schema
// does not answer (a table or column this version reads is renamed or gone) says so, with the same code.
import type { Channel } from '../../shared/contract/index.js';
import type { CallContext, Handlers } from '../context.js';
import type { Db } from '../db/connection.js';
import { ForbiddenError } from '../errors.js';
import { healthOf, newerStoreError } from './health.js';

/** The channels that write to the store or beside it (backups); a new write channel belongs here. */
export const STORE_WRITES: ReadonlySet<Channel> = new Set<Channel>([
  'aliases:forget',
  'analysis:weights-import',
  'backup:create',
  'backup:keep',
  'backup:restore',
  'baskets:add-slide',
  'baskets:create',
  'baskets:delete',
  'baskets:move-slide',
  'baskets:refresh',
  'baskets:remove-slide',
  'baskets:rename',
  'baskets:retitle-slide',
  // an import is refused at its preview (the window says so in its language): a preview of what
  // cannot be stored helps no one; the file sent before it is staged in the temp folder, not the store
  'import:preview',
  'import:commit',
  'notes:add',
  'notes:delete',
  'notes:import',
  'notes:resolve',
  'notes:restore',
  'notes:set-author',
  'notes:update',
  'preferences:set',
  'releases:undo',
  'templates:delete',
]);

const isReadOnlyFault = (error: unknown): boolean => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_READONLY');

/** SQLite finding the newer schema other than this app reads it (a table or column renamed or gone). */
const isSchemaMismatch = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_ERROR' && /^no such (table|column)/.test(error instanceof Error ? error.message : '');

/** A read the newer schema does not answer: said as such (this version cannot read that part), not as the app failing. */
const unreadable = (db: Db, error: unknown): ForbiddenError =>
  new ForbiddenError(`${newerStoreError(db).message}; this version cannot read this part of it (${error instanceof Error ? error.message : String(error)})`);

type AnyHandler = (input: unknown, call: CallContext) => Promise<unknown>;

/** The table as it is, or, on a store a newer app wrote, with every write refused. */
export function refuseWritesToNewerStore(db: Db, handlers: Handlers): Handlers {
  if (healthOf(db).state !== 'newer') return handlers;
  const guarded: Record<string, AnyHandler> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, AnyHandler][]) {
    guarded[channel] = STORE_WRITES.has(channel)
      ? () => Promise.reject(newerStoreError(db))
      : async (input, call) => {
          try {
            return await handler(input, call);
          } catch (error) {
            if (isReadOnlyFault(error)) throw newerStoreError(db);
            throw isSchemaMismatch(error) ? unreadable(db, error) : error;
          }
        };
  }
  return guarded as Handlers;
}
