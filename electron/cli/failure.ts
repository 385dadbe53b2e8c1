// A refusal from the handler table that a command does not handle itself, as the error runCli
// reports: `busy` stays a BusyError (exit 75, the store-busy message), `forbidden` (a write to a
// newer app's store) a ForbiddenError (exit 77), anything else exit 1.
import type { BridgeError } from '../shared/contract/envelope.js';
import { BusyError, ForbiddenError } from '../core/errors.js';

export function unhandledRefusal(error: BridgeError): Error {
  if (error.code === 'busy') return new BusyError(error.message);
  if (error.code === 'forbidden') return new ForbiddenError(error.message);
  return new Error(error.message);
}
