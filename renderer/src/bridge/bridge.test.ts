import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '@shared/contract/index.js';
import { contractAnswer, contractEvent, series, TOTAL, VN } from '../../../tests/helpers/contract-fixtures.js';
import { BridgeCallError, initBridge, invoke, takeTokenFromUrl, webTransport, type EventStream } from './bridge.js';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('renderer bridge', () => {
  afterEach(() => vi.restoreAllMocks());

  it('moves the token from the address bar into session storage', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const token = takeTokenFromUrl({ href: 'http://127.0.0.1:5000/?token=abc&x=1#top' } as Location, storage, {
      state: null,
      replaceState,
    } as unknown as History);
    expect(token).toBe('abc');
    expect(storage.getItem('iip.token')).toBe('abc');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1#top');
    // A reload (no token in the URL) keeps using the stored one.
    expect(takeTokenFromUrl({ href: 'http://127.0.0.1:5000/' } as Location, storage, { state: null, replaceState } as unknown as History)).toBe('abc');
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('posts JSON to /api/<channel> with the token header', async () => {
    const groups = contractAnswer('catalog:list', {
      total: 1,
      counts: [{ key: 'total', count: 1 }],
      offset: 0,
      groups: [{ key: 'total', series: [series(1, VN, TOTAL)] }],
    });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: groups }), { status: 200 }));
    const api = webTransport('tok', fetchMock as unknown as typeof fetch);
    const result = await api.invoke('catalog:list', { search: 'phu tho' });
    expect(result).toEqual({ ok: true, value: groups });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/catalog:list');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-IIP-Token']).toBe('tok');
    expect(JSON.parse(init.body as string)).toEqual({ search: 'phu tho' });
  });

  it('turns a refused call into a BridgeCallError with code and message', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ ok: false, error: { code: 'bad-token', message: 'missing or wrong X-IIP-Token' } }), { status: 401 }),
    );
    initBridge(webTransport(null, fetchMock as unknown as typeof fetch));
    const call = invoke('app:info', {});
    await expect(call).rejects.toBeInstanceOf(BridgeCallError);
    await expect(call).rejects.toMatchObject({ code: 'bad-token', message: 'missing or wrong X-IIP-Token', channel: 'app:info' });
  });

  it('reports answers that are not a Result, and network failures, as internal errors', async () => {
    const html = webTransport('t', (async () => new Response('<html>', { status: 404 })) as unknown as typeof fetch);
    expect(await html.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const down = webTransport('t', (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch);
    expect(await down.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('subscribes to events over an EventSource with the token in the query, and unsubscribes', () => {
    const opened: string[] = [];
    const listeners = new Map<string, (e: MessageEvent<string>) => void>();
    let closed = false;
    const fake: EventStream = {
      addEventListener: (type, listener) => void listeners.set(type, listener),
      removeEventListener: (type) => void listeners.delete(type),
      close: () => void (closed = true),
    };
    const api = webTransport('t/k+n', fetch, (url) => (opened.push(url), fake));
    const got: unknown[] = [];
    const stop = api.on('import:progress', (p) => got.push(p));
    expect(opened).toEqual(['/api/events?token=t%2Fk%2Bn']);
    const progress = contractEvent('import:progress', { phase: 'reading', file: 'a.csv', fileIndex: 0, fileCount: 1, done: 5, total: 10, unit: 'bytes' });
    listeners.get('import:progress')!(new MessageEvent('import:progress', { data: JSON.stringify(progress) }));
    listeners.get('import:progress')!(new MessageEvent('import:progress', { data: 'not json' }));
    expect(got).toEqual([progress]);
    stop();
    expect(listeners.size).toBe(0);
    expect(closed).toBe(true);
  });

  it('uses a given transport (the Electron preload) as is', async () => {
    const none = contractAnswer('releases:list', []);
    const electron: BridgeApi = { invoke: async () => ({ ok: true, value: none }) as never, on: () => () => undefined };
    initBridge(electron);
    await expect(invoke('releases:list', {})).resolves.toEqual([]);
  });
});
