// Errors from the bridge go to one place: the banner at the top of the window.
import type { BridgeError } from '@shared/contract/envelope.js';
import { BridgeCallError } from '../bridge/bridge.js';
import { createStore } from './createStore.js';

export interface ShownError {
  message: string;
  code: string | null;
  channel: string | null;
  /** Main's message as a catalogue code, to say in the window's language. */
  said?: BridgeError['said'];
}

export function toShownError(err: unknown): ShownError {
  if (err instanceof BridgeCallError) return { message: err.message, code: err.code, channel: err.channel, ...(err.said ? { said: err.said } : {}) };
  return { message: err instanceof Error ? err.message : String(err), code: null, channel: null };
}

/** The error on show, or null. */
export const errorStore = createStore<ShownError | null>(null);

export const reportError = (err: unknown): void => errorStore.set(toShownError(err));
export const dismissError = (): void => errorStore.set(null);

/** For components: the one function that shows an error in the banner. */
export const useReportError = (): ((err: unknown) => void) => reportError;
