// One call through the table, from IPC, HTTP or the CLI alike: the channel checked against the
// contract, the untrusted input parsed with its schema, the handler run, and every outcome, error
// or not, answered as a Result with a code the caller can act on.
import type { ZodError } from 'zod';
import { contract, isChannel, type Channel } from '../shared/contract/index.js';
import type { BridgeError, Result } from '../shared/contract/envelope.js';
import type { CallContext, Handlers } from './context.js';
import { errorCodeOf, isStoreFault, saidOf, storeFaultMessage } from './errors.js';
import { clipText, excerpt } from '../shared/excerpt.js';

/** For calls whose caller takes no events (the CLI, tests). */
const NO_EVENTS: CallContext = { emit: () => undefined };

const failure = (error: BridgeError): Result<never> => ({ ok: false, error });

/** The longest message an answer carries; what a handler says past it is cut (a message quoting the input helps no one). */
export const MAX_ERROR_MESSAGE = 1_000;
/** The invalid fields a bad-input answer lists, at most, in its message and in `issues`. */
const MESSAGE_ISSUES = 5;
const LISTED_ISSUES = 20;

/** Validates and runs one call. Never throws: every outcome is a Result. */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown, call: CallContext = NO_EVENTS): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return failure({
      code: 'unknown-channel',
      message:
        typeof channel === 'string' ? `unknown channel '${excerpt(channel)}'` : `unknown channel: a channel is named by a string, not ${nameOfType(channel)}`,
    });
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return failure(badInput(channel, parsed.error));
  try {
    const run = handlers[channel] as (input: unknown, call: CallContext) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data, call) };
  } catch (error) {
    const code = errorCodeOf(error);
    if (code !== 'internal') {
      const message = isStoreFault(error) ? storeFaultMessage(error) : error instanceof Error ? error.message : String(error);
      const said = isStoreFault(error) ? undefined : saidOf(error);
      return failure({ code, message: clipText(message, MAX_ERROR_MESSAGE), ...(said ? { said } : {}) });
    }
    // A failure of the app itself: the details go to the log, never to the caller (a runtime's or library's text, a stack).
    console.error(`iip: ${channel} failed:`, error);
    return failure({ code, message: `${channel}: the app failed to answer; the details are in its log` });
  }
}

const nameOfType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`);

function badInput(channel: Channel, error: ZodError): BridgeError {
  // keys and messages may quote the input (an unknown key of a megabyte): each cut short
  const issues = error.issues.slice(0, LISTED_ISSUES).map((i) => ({ path: excerpt(i.path.join('.') || '(input)', 100), message: excerpt(i.message, 150) }));
  const listed = issues.slice(0, MESSAGE_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = error.issues.length - listed.length;
  return { code: 'bad-input', message: `${channel}: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`, issues };
}
