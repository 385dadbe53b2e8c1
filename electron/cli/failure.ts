// A refusal from the handler table that a command does not handle itself, as the error runCli
// reports: `busy` stays a BusyError (exit 75, the store-busy message), anything else exit 1.
import type { BridgeError } from '../shared/contract/envelope.js';
import { BusyError } from '../core/errors.js';
import { RefusalError } from './messages.js';

export const unhandledRefusal = (error: BridgeError): Error =>
  error.code === 'busy' ? new BusyError(error.message) : new RefusalError(error.said, error.message);
