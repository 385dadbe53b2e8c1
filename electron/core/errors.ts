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

/** The code a caller gets for an error thrown by a handler. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof AppError) return error.code;
  // better-sqlite3's SqliteError carries SQLite's result code.
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  // extended codes too (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY after another process died mid-write)
  if (typeof sqliteCode === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode)) return 'busy';
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) return 'conflict';
  return 'internal';
}
