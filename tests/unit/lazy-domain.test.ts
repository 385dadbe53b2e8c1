// A domain loaded on its first call: not at creation, once however many calls come together, and
// closed on shutdown only when it was loaded.
import { describe, expect, it } from 'vitest';
import type { CallContext, DomainHandlers } from '../../electron/core/context.js';
import { lazyDomain } from '../../electron/core/lazy-domain.js';
import { appChannels } from '../../electron/shared/contract/app.js';

const call: CallContext = { emit: () => undefined };
const info = { version: '1', storePath: 'x', figureCount: 3, releaseCount: 1, seriesCount: 2, schemaVersion: 60 };

function counted(): { loads: number; closes: number; load: () => Promise<DomainHandlers<typeof appChannels>> } {
  const state = {
    loads: 0,
    closes: 0,
    load: async () => {
      state.loads += 1;
      return { handlers: { 'app:info': async () => info }, close: () => void (state.closes += 1) };
    },
  };
  return state;
}

describe('lazyDomain', () => {
  it('loads on the first call, once for calls that come together, and answers as the domain does', async () => {
    const state = counted();
    const domain = lazyDomain(appChannels, state.load);
    expect(Object.keys(domain.handlers)).toEqual(['app:info']);
    expect(state.loads).toBe(0);
    const answers = await Promise.all([domain.handlers['app:info']({}, call), domain.handlers['app:info']({}, call)]);
    expect(answers).toEqual([info, info]);
    expect(state.loads).toBe(1);
    domain.close?.();
    expect(state.closes).toBe(1);
  });

  it('closed before any call: nothing loaded, nothing closed', () => {
    const state = counted();
    lazyDomain(appChannels, state.load).close?.();
    expect([state.loads, state.closes]).toEqual([0, 0]);
  });
});
