// Every bridge channel of the contract, fuzzed: requests generated from each channel's own input
// schema (tests/helpers/hostile-input.ts) go through the handler table, and a sample of them through
// the web host over loopback HTTP. Each answers within the case's time bound with a valid answer or a
// typed error (never `internal`, never a stack or a library's text), and a refused request leaves the
// store as it was; a channel that does not write leaves it as it was whatever it answers.
// A channel added to the contract is fuzzed without a change here; one that writes must be named in
// WRITING, or its first accepted write fails the test.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { HOST_ERROR_CODES, startHost, type RunningHost } from '../../electron/host/server.js';
import { ERROR_CODES } from '../../electron/shared/contract/envelope.js';
import { CHANNELS, contract, type Channel } from '../../electron/shared/contract/index.js';
import { FUZZ_CASE_MS, fuzzRuns } from '../helpers/fuzz-runs.js';
import { hostileRequest, lenientObjects } from '../helpers/hostile-input.js';
import { STORE_WRITES } from '../../electron/core/backup/read-only.js';
import { apiCall } from '../helpers/http.js';
import { pointsDrained } from '../helpers/drained.js';
import { storeWatch } from '../helpers/store-digest.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { expectTypedError } from '../helpers/typed-error.js';

/** Channels that write to the store when their request is accepted: the core's list, but for the two that write beside it (a staged preview, a backup file). */
const WRITING: ReadonlySet<Channel> = new Set([...STORE_WRITES].filter((c) => c !== 'import:preview' && c !== 'backup:create'));

/** Channels that build a file (a PowerPoint deck, pictures) take longer than the case bound on a busy machine: their own bound. */
const CASE_MS: Partial<Record<Channel, number>> = { 'export:chart': 10_000, 'baskets:export': 10_000 };

/** The newest releases of the embedded history are kept: real figures, few enough that the checks of the whole store take milliseconds. */
const KEPT_RELEASES = 5;

function smallStore(): Store {
  const store = openStore(tempStorePath());
  for (const release of listReleases(store.db).slice(KEPT_RELEASES)) undoRelease(store.db, release.id);
  return store;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

describe('every bridge channel, fuzzed', () => {
  const store = smallStore();
  const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir(), maxBytes: 2 ** 20 } });
  const watch = storeWatch(store.db);
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost({ handlers: core.handlers });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    store.db.close();
  });

  it('refuses unknown fields everywhere: every object of every channel’s input is strict', () => {
    const lenient = CHANNELS.flatMap((channel) => lenientObjects(contract[channel].input).map((at) => `${channel} ${at}`));
    expect(lenient).toEqual([]);
    // and the walk finds a lenient object where there is one
    expect(lenientObjects(z.object({ a: z.strictObject({}), b: z.array(z.looseObject({})).optional() }))).toEqual(['(input)', '(input).b[]']);
  });

  it('covers every channel of the contract, and WRITING names only channels', () => {
    expect(CHANNELS.length).toBeGreaterThan(50);
    for (const channel of WRITING) expect(CHANNELS).toContain(channel);
  });

  /** One call through the table: timed, its answer checked, the store compared. */
  async function callAndCheck(channel: Channel, input: unknown): Promise<void> {
    await pointsDrained(store.db);
    watch.mark();
    const started = performance.now();
    const answer = await dispatch(core.handlers, channel, input);
    const bound = CASE_MS[channel] ?? FUZZ_CASE_MS;
    expect(performance.now() - started, `${channel} took longer than ${bound} ms`).toBeLessThan(bound);
    if (answer.ok) {
      const checked = contract[channel].output.safeParse(answer.value);
      expect(checked.success, `${channel}'s answer does not match its output schema`).toBe(true);
    } else expectTypedError(answer);
    expect(Object.getOwnPropertyNames(Object.prototype), `${channel} polluted Object.prototype`).toEqual(PROTOTYPE_KEYS);
    if (!answer.ok || !WRITING.has(channel))
      expect(watch.changed(), `${channel} changed the store (${answer.ok ? 'accepted' : `refused: ${answer.error.message.slice(0, 200)}`})`).toBe(false);
  }

  describe('through the handler table', () => {
    for (const channel of CHANNELS) {
      it(channel, async () => {
        await fc.assert(
          fc.asyncProperty(hostileRequest(contract[channel].input), (input) => callAndCheck(channel, input)),
          { numRuns: fuzzRuns(40) },
        );
      });
    }

    it('refuses names that are no channel, prototype keys too', async () => {
      for (const name of [
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        '../app:info',
        'app:info\u0000',
        'x'.repeat(100_000),
        42,
        null,
        undefined,
        {},
      ]) {
        const answer = await dispatch(core.handlers, name, {});
        expectTypedError(answer);
        expect(answer).toMatchObject({ error: { code: 'unknown-channel' } });
      }
    });
  });

  it('through the web host: the same answers over HTTP, and a refusal of its own for what it cannot read', async () => {
    const known: readonly string[] = [...ERROR_CODES.filter((code) => code !== 'internal'), ...HOST_ERROR_CODES];
    const request = fc.constantFrom(...CHANNELS).chain((channel) => hostileRequest(contract[channel].input).map((input) => ({ channel, input })));
    await fc.assert(
      fc.asyncProperty(request, async ({ channel, input }) => {
        await pointsDrained(store.db);
        watch.mark();
        // what JSON cannot carry (NaN, Infinity, undefined) arrives as null or not at all, as from a browser
        const answer = await apiCall(host.port, host.token, channel, JSON.stringify(input) ?? '');
        const body = JSON.parse(answer.body) as { ok: boolean };
        if (body.ok) expect(answer.status).toBe(200);
        else expectTypedError(body, known);
        if (!WRITING.has(channel) || !body.ok) expect(watch.changed(), `${channel} changed the store`).toBe(false);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});
