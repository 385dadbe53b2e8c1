// What every call answers with, whichever transport carries it. No zod here: the preload and the
// renderer's transports need only these types.
import type { Params } from '../messages/said.js';
import type { Place } from '../messages/place.js';

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
  /**
   * For an error said as a catalogue message (an import's, the notes file's): its code and parameters,
   * and the file and place it points to, so the window says it in its own language. `message` stays English.
   */
  said?: { code: string; params: Params; file?: string; where?: Place };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
