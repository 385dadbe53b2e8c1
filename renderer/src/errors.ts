// Errors from the bridge go to one place: the banner at the top of the window.
import { createContext, useContext } from 'react';
import { BridgeCallError } from './bridge.js';

export interface ShownError {
  message: string;
  code: string | null;
  channel: string | null;
}

export function toShownError(err: unknown): ShownError {
  if (err instanceof BridgeCallError) return { message: err.message, code: err.code, channel: err.channel };
  return { message: err instanceof Error ? err.message : String(err), code: null, channel: null };
}

export const ReportErrorContext = createContext<(err: unknown) => void>(() => undefined);
export const useReportError = (): ((err: unknown) => void) => useContext(ReportErrorContext);
