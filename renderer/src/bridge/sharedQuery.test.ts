import { describe, expect, it } from 'vitest';
import type { BridgeApi } from '@shared/contract/index.js';
import type { Result } from '@shared/contract/envelope.js';
import { initBridge } from './bridge.js';
import { sharedQuery } from './sharedQuery.js';

/** A bridge whose answers the test gives by hand, counting what was asked. */
function handBridge() {
  const asked: { channel: string; input: unknown; answer: (r: Result<unknown>) => void }[] = [];
  const api = {
    invoke: (channel: string, input: unknown) => new Promise<Result<unknown>>((answer) => asked.push({ channel, input, answer })),
    on: () => () => undefined,
  } as unknown as BridgeApi;
  initBridge(api);
  return asked;
}

const info = { version: '1', storePath: 'x', figureCount: 3, releaseCount: 1, seriesCount: 2, schemaVersion: 60 };

describe('sharedQuery', () => {
  it('joins an identical read still on its way; once answered, the next goes to the store', async () => {
    const asked = handBridge();
    const a = sharedQuery('app:info', {}, 0);
    const b = sharedQuery('app:info', {}, 0);
    expect(asked).toHaveLength(1);
    asked[0]!.answer({ ok: true, value: info });
    expect(await a).toBe(await b);
    const c = sharedQuery('app:info', {}, 0);
    expect(asked).toHaveLength(2);
    asked[1]!.answer({ ok: true, value: { ...info, figureCount: 4 } });
    expect((await c).figureCount).toBe(4);
  });

  it('never joins another input or a read from before a store change', () => {
    const asked = handBridge();
    void sharedQuery('catalog:list', {}, 0);
    void sharedQuery('catalog:list', { search: 'phu tho' }, 0);
    void sharedQuery('catalog:list', {}, 1);
    expect(asked.map((a) => [a.channel, a.input])).toEqual([
      ['catalog:list', {}],
      ['catalog:list', { search: 'phu tho' }],
      ['catalog:list', {}],
    ]);
  });

  it('a refusal reaches every caller that joined, and is not kept', async () => {
    const asked = handBridge();
    const a = sharedQuery('app:info', {}, 0);
    const b = sharedQuery('app:info', {}, 0);
    asked[0]!.answer({ ok: false, error: { code: 'internal', message: 'store closed' } });
    await expect(a).rejects.toThrow('store closed');
    await expect(b).rejects.toThrow('store closed');
    void sharedQuery('app:info', {}, 0);
    expect(asked).toHaveLength(2);
  });
});
