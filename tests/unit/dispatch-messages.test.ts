// What dispatch answers whatever the input or the handler throws: messages of bounded length that
// quote input in excerpts, and no runtime text for a failure of the app itself.
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/core/context.js';
import { dispatch, MAX_ERROR_MESSAGE } from '../../electron/core/dispatch.js';
import { BadInputError } from '../../electron/core/errors.js';

/** A table whose app:info throws `error` (the other channels are not called here). */
const throwing = (error: unknown): Handlers =>
  ({
    'app:info': () => Promise.reject(error),
  }) as unknown as Handlers;

describe('dispatch messages', () => {
  it('quotes an unknown key of a megabyte as a short excerpt', async () => {
    const answer = await dispatch(throwing(null), 'app:info', { ['k'.repeat(2 ** 20)]: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const { message, issues } = (answer as { ok: false; error: { message: string; issues: { path: string; message: string }[] } }).error;
    expect(message.length).toBeLessThan(250);
    expect(message).toMatch(/^app:info: \(input\): Unrecognized key: "k+…$/);
    expect(issues[0]!.message.length).toBeLessThanOrEqual(150);
  });

  it('lists at most five invalid fields in the message and says how many more there are', async () => {
    const everyFieldWrong = { geo: 1, item: 1, measure: 1, author: 1, tag: 1, status: 1, search: 1, includeDeleted: 'yes' };
    const answer = await dispatch(throwing(null), 'notes:list', everyFieldWrong);
    const { message, issues } = (answer as { ok: false; error: { message: string; issues: unknown[] } }).error;
    expect(issues).toHaveLength(8);
    expect(message.split('; ')).toHaveLength(6);
    expect(message.startsWith('notes:list: geo: ')).toBe(true);
    expect(message.endsWith('; and 3 more')).toBe(true);
  });

  it('names an unknown channel by an excerpt, and says what a channel is when it is no string', async () => {
    expect(await dispatch(throwing(null), 'x'.repeat(100_000), {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: `unknown channel '${'x'.repeat(59)}…'` },
    });
    expect(await dispatch(throwing(null), { toString: () => 'app:info' }, {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'unknown channel: a channel is named by a string, not a value of type object' },
    });
  });

  it('cuts a handler’s message at the limit', async () => {
    const answer = await dispatch(throwing(new BadInputError(`bad: ${'y'.repeat(10_000)}`)), 'app:info', {});
    const { code, message } = (answer as { ok: false; error: { code: string; message: string } }).error;
    expect(code).toBe('bad-input');
    expect(message).toHaveLength(MAX_ERROR_MESSAGE);
    expect(message.endsWith('…')).toBe(true);
  });

  it('answers a failure of the app without its text (which goes to the log)', async () => {
    const answer = await dispatch(throwing(new TypeError("Cannot read properties of null (reading 'value')")), 'app:info', {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'app:info: the app failed to answer; the details are in its log' } });
  });
});
