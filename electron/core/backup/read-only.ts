// A store a newer app wrote is open read-only (start.ts). Each channel that would write to it, or
// to its backups folder, is refused before it does any work (stages a file, makes a backup), with
// NewerStoreError (code `forbidden`); a write this list misses meets the read-only connection
// (SQLITE_READONLY) and is refused the same way, never as a damaged store.
import type { Channel } from '../../shared/contract/index.js';
import type { CallContext, Handlers } from '../context.js';
import type { Db } from '../db/connection.js';
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
  'releases:undo',
  'templates:delete',
]);

const isReadOnlyFault = (error: unknown): boolean => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_READONLY');

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
            throw isReadOnlyFault(error) ? newerStoreError(db) : error;
          }
        };
  }
  return guarded as Handlers;
}
