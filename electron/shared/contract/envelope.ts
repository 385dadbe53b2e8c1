// What every call answers with, whichever transport carries it. No zod here: the preload and the
// renderer's transports need only these types.

/**
 * What a caller must tell apart: its input was wrong, the thing asked for is not there, the store
 * holds something that conflicts, the caller may not do this, the store is busy (try again), or
 * the app failed. `unknown-channel` is a call to a channel the contract does not have.
 * `store-damaged`: the store itself cannot be read or written (a damaged or unreadable file), never
 * the fault of what the caller sent.
 */
export const ERROR_CODES = ['bad-input', 'not-found', 'conflict', 'forbidden', 'busy', 'store-damaged', 'internal', 'unknown-channel'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface BridgeError {
  code: ErrorCode;
  message: string;
  /** For bad-input: each invalid field with what is wrong with it. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
