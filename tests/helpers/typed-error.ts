// What a refused call must answer: a known error code (never `internal`), and a message for people:
// short, no stack, no text of a library or of the runtime.
import { expect } from 'vitest';
import { ERROR_CODES } from '../../electron/shared/contract/envelope.js';

/** Longest message a refusal may carry (a message that quotes megabytes of the input helps no one). */
export const MAX_MESSAGE_CHARS = 1_000;

/** Text that only the runtime, SQLite, zod or the JSON parser write. */
const INTERNAL_TEXT = [
  /\n\s+at /,
  /Cannot read propert/i,
  /is not a function/,
  /is not iterable/,
  /undefined is not/i,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|SqliteError|ZodError)\b/,
  /SQLITE_/,
  /node_modules/,
  /Unexpected token/,
  /is not valid JSON/,
  /Maximum call stack/,
  /\[object Object\]/,
];

const CALL_CODES: readonly string[] = ERROR_CODES.filter((code) => code !== 'internal');

/** Fails unless `answer` is `{ ok: false, error }` with a code among `codes` and a clean message. */
export function expectTypedError(answer: unknown, codes: readonly string[] = CALL_CODES): void {
  expect(answer).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
  const { code, message } = (answer as { error: { code: string; message: string } }).error;
  expect(codes, `code '${code}': ${message.slice(0, 300)}`).toContain(code);
  expect(message.length, `message of ${message.length} characters: ${message.slice(0, 200)}…`).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  for (const pattern of INTERNAL_TEXT) expect(message, `internal text ${pattern} in the message`).not.toMatch(pattern);
}
