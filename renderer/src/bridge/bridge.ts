// The renderer's one way to talk to main: invoke(channel, input) and onEvent(event), typed by the
// contract. In Electron the preload gives us window.iip; otherwise the web host answers
// POST /api/<channel> and pushes events as Server-Sent Events on GET /api/events.
import type { EventName } from '@shared/contract/index.js';
import type { BridgeApi, Channel, EventPayloads, In, Out } from '@shared/contract/index.js';
import type { BridgeError, Result } from '@shared/contract/envelope.js';

export class BridgeCallError extends Error {
  /** The contract's codes, or the web host's own (bad-token, bad-origin, …). */
  readonly code: string;
  readonly channel: Channel;
  /** The message as a catalogue code, when main said it so: shown in the window's language. */
  readonly said: BridgeError['said'];
  constructor(channel: Channel, error: BridgeError) {
    super(error.message);
    this.name = 'BridgeCallError';
    this.code = error.code;
    this.channel = channel;
    this.said = error.said;
  }
}

const TOKEN_KEY = 'iip.token';
const TOKEN_HEADER = 'X-IIP-Token';

/** Moves `?token=` from the address bar into sessionStorage; returns the token to use. */
export function takeTokenFromUrl(loc: Location, storage: Storage, history: History): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; value?: unknown; error?: unknown };
  return b.ok === true ? 'value' in b : b.ok === false && typeof b.error === 'object' && b.error !== null;
}

/** What the web transport needs of an EventSource (tests give their own). */
export interface EventStream {
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void): void;
  removeEventListener(type: string, listener: (e: MessageEvent<string>) => void): void;
  close(): void;
}
const openEventSource = (url: string): EventStream => new EventSource(url);

/** The web-host transport: same-origin POST with the session token; events over one EventSource per subscription. */
export function webTransport(token: string | null, fetchImpl: typeof fetch = fetch, openEvents: (url: string) => EventStream = openEventSource): BridgeApi {
  return {
    async invoke(channel, input) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers[TOKEN_HEADER] = token;
      let response: Response;
      try {
        response = await fetchImpl(`/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `Cannot reach the data service: ${String(err)}` } };
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return { ok: false, error: { code: 'internal', message: `Unexpected answer from the data service (HTTP ${response.status})` } };
      }
      if (isResult(body)) return body as never;
      return { ok: false, error: { code: 'internal', message: `Unexpected answer from the data service (HTTP ${response.status})` } };
    },
    on(event, listener) {
      // EventSource cannot send headers, so the token goes in the query.
      const stream = openEvents(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
      const deliver = (e: MessageEvent<string>): void => {
        let payload: unknown;
        try {
          payload = JSON.parse(e.data);
        } catch {
          return; // not ours: the host writes JSON only
        }
        listener(payload as never);
      };
      stream.addEventListener(event, deliver);
      return () => {
        stream.removeEventListener(event, deliver);
        stream.close();
      };
    },
  };
}

let api: BridgeApi | null = null;

function chooseTransport(): BridgeApi {
  if (typeof window !== 'undefined' && window.iip) return window.iip;
  return webTransport(takeTokenFromUrl(window.location, window.sessionStorage, window.history));
}

/** Picks the transport now (call once at start, before the first render). */
export function initBridge(custom?: BridgeApi): void {
  api = custom ?? chooseTransport();
}

/** Subscribes to an event main pushes; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  if (!api) initBridge();
  return (api as BridgeApi).on(event, listener);
}

/** Calls a channel; resolves with the value or throws a BridgeCallError. */
export async function invoke<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>> {
  if (!api) initBridge();
  const result = await (api as BridgeApi).invoke(channel, input);
  if (!result.ok) throw new BridgeCallError(channel, result.error);
  return result.value;
}
