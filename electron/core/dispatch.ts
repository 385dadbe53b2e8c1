// One call through the table, from IPC, HTTP or the CLI alike: the channel checked against the
// contract, the untrusted input parsed with its schema, the handler run, and every outcome, error
// or not, answered as a Result with a code the caller can act on.
import type { ZodError } from 'zod';
import { contract, isChannel, type Channel } from '../shared/contract/index.js';
import type { BridgeError, Result } from '../shared/contract/envelope.js';
import type { CallContext, Handlers } from './context.js';
import { errorCodeOf, isStoreFault, storeFaultMessage } from './errors.js';

/** For calls whose caller takes no events (the CLI, tests). */
const NO_EVENTS: CallContext = { emit: () => undefined };

const failure = (error: BridgeError): Result<never> => ({ ok: false, error });

/** Validates and runs one call. Never throws: every outcome is a Result. */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown, call: CallContext = NO_EVENTS): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure({ code: 'unknown-channel', message: `unknown channel '${String(channel)}'` });
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return failure(badInput(channel, parsed.error));
  try {
    const run = handlers[channel] as (input: unknown, call: CallContext) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data, call) };
  } catch (error) {
    const message = isStoreFault(error) ? storeFaultMessage(error) : error instanceof Error ? error.message : String(error);
    return failure({ code: errorCodeOf(error), message });
  }
}

function badInput(channel: Channel, error: ZodError): BridgeError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
  return { code: 'bad-input', message: `${channel}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues };
}
