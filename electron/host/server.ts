// The web host: the handler table over loopback HTTP, plus the built renderer. Used by browser
// tests and as the fallback when no Electron runtime is available. Only 127.0.0.1, a random port,
// a per-run token on every API call, and Host/Origin checked against DNS rebinding and other sites.
// Events main pushes (import:progress) go out as Server-Sent Events on GET /api/events.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_INPUT_BYTES } from '../shared/contract/define.js';
import { contract, isChannel } from '../shared/contract/index.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { excerpt } from '../shared/excerpt.js';
import { dispatch } from '../core/dispatch.js';
import type { Handlers } from '../core/context.js';
import { EventStreams } from './event-streams.js';

export interface HostOptions {
  handlers: Handlers;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  /** The built renderer; omitted, only the API is served. */
  staticDir?: string;
  /** How long a client may take to send a request; tests shorten them. */
  timeouts?: Partial<HostTimeouts>;
}

/**
 * A client that trickles its request is dropped (408) once these pass, so slow connections cannot pile up
 * and hold the host: the headers within `headersMs`, the whole request (the largest body, 8 MiB of a
 * staged chunk, takes milliseconds over loopback) within `requestMs`; checked every `checkEveryMs`.
 */
export interface HostTimeouts {
  headersMs: number;
  requestMs: number;
  checkEveryMs: number;
}

export const DEFAULT_HOST_TIMEOUTS: HostTimeouts = { headersMs: 10_000, requestMs: 60_000, checkEveryMs: 1_000 };

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The host's own refusals, before a call reaches the handler table (the table's codes are ErrorCode's). */
export const HOST_ERROR_CODES = [
  'bad-host',
  'bad-origin',
  'bad-token',
  'bad-method',
  'bad-content-type',
  'too-large',
  'bad-input',
  'bad-path',
  'internal',
] as const;

/** Request bodies: as large as the channel declares (a staged chunk of a file, pasted text), else small. */
const bodyLimit = (channel: string): number => (isChannel(channel) ? contract[channel].maxInputBytes : undefined) ?? DEFAULT_MAX_INPUT_BYTES;
/** A channel named in a message: as is when the contract has it, else a short excerpt. */
const channelName = (name: string): string => (isChannel(name) ? name : `unknown channel '${excerpt(name)}'`);
const EVENTS_PATH = '/api/events';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const jsonError = (res: http.ServerResponse, status: number, code: string, message: string): void =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));

/**
 * The body as text, or null when it is over `limit` bytes: the rest is then read and dropped, so the
 * refusal can still be answered (a client that sends it slowly is dropped by the request timeout).
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const mebibytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * The request's URL on this host, or null for a target that is no path (absolute-form, `*`). Joined as
 * text, not resolved against the host: `//` and `//x:y` are paths here, not URLs of another host.
 */
function requestUrl(target: string | undefined, host: string): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(`http://${host}${target}`);
  } catch {
    return null;
  }
}

/** A URL path decoded, or null when it holds a malformed %-escape (or a NUL, which no file name has). */
function decodedPath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir);
  const relative = decodedPath(urlPath === '/' ? '/index.html' : urlPath);
  if (relative === null) return jsonError(res, 400, 'bad-path', 'the path is not a valid URL path (a malformed %-escape or a NUL)');
  const file = path.resolve(root, '.' + relative);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    // Browsers ask for /favicon.ico whatever the page declares; the page's own icon is inline.
    if (relative === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
    send(res, 404, 'not found', 'text/plain; charset=utf-8');
    return;
  }
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  send(res, 200, fs.readFileSync(file), type, type.startsWith('text/html') ? {} : { 'Cache-Control': 'max-age=3600' });
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const events = new EventStreams();
  let port = 0;

  const timeouts = { ...DEFAULT_HOST_TIMEOUTS, ...options.timeouts };
  const server = http.createServer({ connectionsCheckingInterval: timeouts.checkEveryMs }, (req, res) => {
    void (async () => {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      if (!allowedHosts.includes(req.headers.host ?? '')) return jsonError(res, 421, 'bad-host', 'this server answers only on 127.0.0.1');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
        return jsonError(res, 403, 'bad-origin', 'cross-origin requests are refused');
      const url = requestUrl(req.url, req.headers.host ?? '');
      if (!url) return jsonError(res, 400, 'bad-path', 'the request target is not a path on this server');

      if (url.pathname === EVENTS_PATH) {
        if (req.method !== 'GET') return jsonError(res, 405, 'bad-method', 'the event stream is GET');
        // EventSource cannot set headers: the token may come in the query instead.
        if (!sameToken((req.headers['x-iip-token'] as string | undefined) ?? url.searchParams.get('token') ?? undefined, token))
          return jsonError(res, 401, 'bad-token', 'missing or wrong token (X-IIP-Token or ?token=)');
        return events.open(req, res, SECURITY_HEADERS);
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return jsonError(res, 405, 'bad-method', 'API calls are POST');
        if (!sameToken(req.headers['x-iip-token'] as string | undefined, token)) return jsonError(res, 401, 'bad-token', 'missing or wrong X-IIP-Token');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return jsonError(res, 415, 'bad-content-type', 'send application/json');
        const channel = url.pathname.slice('/api/'.length);
        const body = await readBody(req, bodyLimit(channel));
        if (body === null) return jsonError(res, 413, 'too-large', `${channelName(channel)}: request body over ${mebibytes(bodyLimit(channel))}`);
        let input: unknown;
        try {
          input = body.trim() === '' ? {} : JSON.parse(body);
        } catch {
          // the parser's own message quotes the body: not passed on
          return jsonError(res, 400, 'bad-input', `${channelName(channel)}: the request body cannot be read as JSON`);
        }
        const result = await dispatch(options.handlers, channel, input, { emit: events.send });
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return jsonError(res, 405, 'bad-method', 'only GET for files');
      if (!options.staticDir) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      serveStatic(options.staticDir, url.pathname, res);
    })().catch((error: unknown) => {
      // a client that went away (or was dropped by a timeout) mid-request: no one to answer, nothing failed
      if (req.destroyed || res.destroyed) return;
      // the details go to the log, never to the client
      console.error('iip host: a request failed:', error);
      if (!res.headersSent) jsonError(res, 500, 'internal', 'the host failed to answer; the details are in its log');
    });
  });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            events.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
