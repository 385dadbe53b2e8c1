// The errors the core throws, one class per code a caller must tell apart. dispatch answers each
// with its code; anything else is `internal`. Never recognise an error by its message.
import type { ErrorCode } from '../shared/contract/envelope.js';

export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal' | 'unknown-channel'>,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is wrong: a file that cannot be read, a period that is no period, a bad mapping. */
export class BadInputError extends AppError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

/** What was asked for is not there (a series, a preview that expired, a staged file). */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The store holds something this would contradict. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** The caller may not do this (a call from outside the app's own page). */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/**
 * Not now: another process holds the store's write lock (core/db/transactions.ts); nothing was
 * changed, try again. The window shows every `busy` as "the store is busy" in its own language.
 */
export class BusyError extends AppError {
  constructor(message: string) {
    super('busy', message);
  }
}

/** The store's file is damaged or unreadable: never the fault of an imported file or the caller's input. */
export class StoreDamagedError extends AppError {
  constructor(message: string) {
    super('store-damaged', message);
  }
}

/**
 * The store was written by a newer version of the app (its schema is newer than this one knows):
 * it is open read-only and every write is refused. `forbidden`, not `store-damaged` (nothing is
 * wrong with the store, and restoring a backup over it would lose the newer work) nor `busy`
 * (trying again will not help): this app may not change it; a newer one may.
 */
export class NewerStoreError extends AppError {
  constructor(
    readonly storeSchema: number,
    readonly appSchema: number,
  ) {
    super(
      'forbidden',
      `this store was written by a newer version of IIP Explorer (schema ${storeSchema}, this app knows ${appSchema}): it is open read-only; update the app to change it`,
    );
  }
}

/** SQLite's codes for a store it cannot read or write: damaged pages, not a database, the disk failing. */
const STORE_FAULTS = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|FULL|READONLY)/;

/** True for an error of the store itself (better-sqlite3's SqliteError carries SQLite's result code). */
export function isStoreFault(error: unknown): boolean {
  if (error instanceof StoreDamagedError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORE_FAULTS.test(code);
}

/** What a caller is told of a store fault: in words, with the way out, never blaming its input. */
export function storeFaultMessage(error: unknown): string {
  if (error instanceof StoreDamagedError) return error.message;
  const code = String((error as { code?: unknown } | null)?.code);
  const sqlite = error instanceof Error ? ` (SQLite: ${error.message})` : '';
  if (code.startsWith('SQLITE_READONLY'))
    return `the store is open read-only: it failed its integrity check, or the check has not finished yet${sqlite}; nothing was changed. Restore a backup (iip backups, iip restore FILE) or try again in a moment`;
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_CANTOPEN'))
    return `the store file could not be read or written${sqlite}; check the disk and its free space, then try again`;
  return `the store file is damaged${sqlite}; nothing was changed. Restore a backup: iip backups lists them, iip restore FILE brings one back`;
}

/** The code a caller gets for an error thrown by a handler. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof AppError) return error.code;
  if (isStoreFault(error)) return 'store-damaged';
  // better-sqlite3's SqliteError carries SQLite's result code.
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  // extended codes too (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY after another process died mid-write)
  if (typeof sqliteCode === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode)) return 'busy';
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) return 'conflict';
  return 'internal';
}
