// The one place transactions begin. Every write to the store goes through writeTransaction, which
// takes the store's write lock as it begins (BEGIN IMMEDIATE): a second process writing the same
// store then waits the busy timeout (connection.ts) and, if the lock is still held, gets a
// BusyError before anything was read or written. A deferred transaction that reads and then writes
// would instead fail at once when the lock is taken (SQLite cannot wait there without risking a
// deadlock), so no write path may use one (eslint.config.js forbids `.transaction(` elsewhere).
import type Database from 'better-sqlite3';
import { BusyError } from '../errors.js';

type Connection = Database.Database;

/** What the user is told when another process holds the store's write lock past the busy timeout. */
export function storeBusyMessage(waitedMs: number): string {
  const waited = waitedMs >= 1000 ? `${Math.round(waitedMs / 100) / 10} s` : `${waitedMs} ms`;
  return `the store is busy: another import is running (another window or iip command is writing to it; waited ${waited}). Nothing was changed: try again when it has finished`;
}

/** SQLite's "database is locked" (another connection holds the lock) or "table is locked". */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The store-busy error for `db`, naming how long it waited. */
export const storeBusyError = (db: Connection): BusyError => new BusyError(storeBusyMessage(db.pragma('busy_timeout', { simple: true }) as number));

/**
 * Runs `work` in one write transaction holding the store's write lock from its first statement,
 * all or nothing. Inside another transaction it is a savepoint of that one. Never await inside.
 */
export function writeTransaction<T>(db: Connection, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    // Busy is only possible as the lock is taken, before `work` ran: nothing was written.
    if (isSqliteBusy(error) && !db.inTransaction) throw storeBusyError(db);
    throw error;
  }
}

/** Runs `work` on one state of the store (a read transaction: WAL lets writers go on meanwhile). Writes nothing. */
export function readTransaction<T>(db: Connection, work: () => T): T {
  return db.transaction(work).deferred();
}

/**
 * Runs `work`, which writes only to the connection's temporary schema (an import preview's staged
 * figures), in one deferred transaction: it takes no lock on the store, so a preview runs while
 * another process writes.
 */
export function tempTransaction<T>(db: Connection, work: () => T): T {
  return db.transaction(work).deferred();
}
