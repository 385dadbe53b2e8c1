// Drains the pending points (pending-points.ts) in the store's process after a write: one small
// transaction a turn of the event loop (setImmediate), so calls waiting meanwhile are answered
// between two. Started when the core opens a store with points pending (a drain cut short), and
// after each write channel answers. Never on a read-only store (a newer app's: backup/read-only.ts).
import type { Channel } from '../../shared/contract/index.js';
import { STORE_WRITES } from '../backup/read-only.js';
import type { CallContext, Handlers } from '../context.js';
import type { Db } from '../db/connection.js';
import { isSqliteBusy } from '../db/transactions.js';
import { BusyError } from '../errors.js';
import { anyPendingPoints, drainPendingPoints } from './pending-points.js';

/** How long to wait before trying again when another process holds the store's write lock. */
const BUSY_RETRY_MS = 1000;

export interface PointsDrain {
  /** Starts draining if it is not already (a no-op on a read-only store). */
  kick(): void;
  /** Stops (the store closes): what is left stays pending in the store. */
  close(): void;
}

export function pointsDrain(db: Db): PointsDrain {
  let timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  let closed = db.readonly;
  const step = (): void => {
    timer = undefined;
    if (closed || !db.open) return;
    // a write transaction of the same connection is open (never across an await, but be safe): come back
    if (db.inTransaction) return void (timer = setTimeout(step, 10));
    try {
      if (anyPendingPoints(db) && drainPendingPoints(db) > 0) timer = setImmediate(step);
    } catch (error) {
      // another process writing: later. Anything else stops the drain; the points stay pending
      // (reads choose them from the figures) and the next open of the store tries again.
      if (error instanceof BusyError || isSqliteBusy(error)) timer = setTimeout(step, BUSY_RETRY_MS);
      else console.error('restating the pending shown points failed:', error);
    }
  };
  const kick = (): void => {
    if (!closed && timer === undefined) timer = setImmediate(step);
  };
  // what a drain cut short left (looked at on the next turn: opening a damaged store answers as it always has)
  kick();
  return {
    kick,
    close() {
      closed = true;
      if (timer !== undefined) {
        clearImmediate(timer as NodeJS.Immediate);
        clearTimeout(timer as NodeJS.Timeout);
      }
      timer = undefined;
    },
  };
}

type AnyHandler = (input: unknown, call: CallContext) => Promise<unknown>;

/** The table with a drain started after each write channel answers (or fails: a write may have landed before). */
export function drainingAfterWrites(drain: PointsDrain, handlers: Handlers): Handlers {
  const table: Record<string, AnyHandler> = { ...(handlers as unknown as Record<string, AnyHandler>) };
  for (const channel of STORE_WRITES) {
    const handler = table[channel as Channel]!;
    table[channel] = async (input, call) => {
      try {
        return await handler(input, call);
      } finally {
        drain.kick();
      }
    };
  }
  return table as unknown as Handlers;
}
