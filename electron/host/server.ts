// The web host: the handler table over loopback HTTP, plus the built renderer. Used by browser
// tests and as the fallback when no Electron runtime is available. Only 127.0.0.1, a random port,
// a per-run token on every API call, and Host/Origin checked against DNS rebinding and other sites.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MAX_IMPORT_BASE64 } from '../shared/contract.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { dispatch, type Handlers } from '../core/handlers.js';

export interface HostOptions {
  handlers: Handlers;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  /** The built renderer; omitted, only the API is served. */
  staticDir?: string;
}

export interface RunningHost { url: string; port: number; token: string; close(): Promise<void> }

/** Imports carry files; every other call is small. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BASE64 + 1024 * 1024;
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

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const jsonError = (res: http.ServerResponse, status: number, code: string, message: string): void =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`request body over ${Math.round(limit / 2 ** 20)} MiB`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir);
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
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
  let port = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      if (!allowedHosts.includes(req.headers.host ?? '')) return jsonError(res, 421, 'bad-host', 'this server answers only on 127.0.0.1');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) return jsonError(res, 403, 'bad-origin', 'cross-origin requests are refused');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return jsonError(res, 405, 'bad-method', 'API calls are POST');
        if (!sameToken(req.headers['x-iip-token'] as string | undefined, token)) return jsonError(res, 401, 'bad-token', 'missing or wrong X-IIP-Token');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return jsonError(res, 415, 'bad-content-type', 'send application/json');
        let input: unknown;
        try {
          const channel = url.pathname.slice('/api/'.length);
          const body = await readBody(req, channel === 'import:preview' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);
          input = body.trim() === '' ? {} : JSON.parse(body);
        } catch (error) {
          return jsonError(res, 400, 'bad-input', `request body is not JSON: ${(error as Error).message}`);
        }
        const result = await dispatch(options.handlers, url.pathname.slice('/api/'.length), input);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return jsonError(res, 405, 'bad-method', 'only GET for files');
      if (!options.staticDir) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      serveStatic(options.staticDir, url.pathname, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) jsonError(res, 500, 'internal', String(error));
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
