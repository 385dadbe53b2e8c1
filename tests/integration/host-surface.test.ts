// The web host's own surface, as an attacker on the same machine or a hostile web page would try
// it: tokens, Host and Origin headers, paths that reach for files outside the renderer, malformed
// and oversized bodies, and clients that send their request slowly. (host.test.ts covers the
// plain refusals: a wrong token, one foreign Host and Origin, one traversal, one oversized body.)
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { HOST_ERROR_CODES, startHost, type RunningHost } from '../../electron/host/server.js';
import { ERROR_CODES } from '../../electron/shared/contract/envelope.js';
import { apiCall, rawRequest } from '../helpers/http.js';
import { SECRET, staticSandbox } from '../helpers/static-sandbox.js';
import { tempStorePath } from '../helpers/temp.js';
import { expectTypedError } from '../helpers/typed-error.js';

const TIMEOUTS = { headersMs: 1_000, requestMs: 2_000, checkEveryMs: 100 };
const KNOWN_CODES: readonly string[] = [...ERROR_CODES.filter((c) => c !== 'internal'), ...HOST_ERROR_CODES.filter((c) => c !== 'internal')];

/** A connection that sends `head` at once, then `drip` every `everyMs`; resolves when the host closes it, with what it answered. */
function slowClient(port: number, head: string, drip: string, everyMs: number): { closed: Promise<{ afterMs: number; answer: string }>; destroy(): void } {
  const socket = net.connect(port, '127.0.0.1');
  const started = performance.now();
  let answer = '';
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(drip);
  }, everyMs);
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  socket.write(head);
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) => {
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ afterMs: performance.now() - started, answer });
    });
  });
  return { closed, destroy: () => socket.destroy() };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('web host surface', () => {
  let host: RunningHost;
  const staticDir = staticSandbox();
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });

  beforeAll(async () => {
    host = await startHost({ handlers: core.handlers, staticDir, timeouts: TIMEOUTS });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    store.db.close();
  });

  const ownHost = () => ({ host: `127.0.0.1:${host.port}` });
  const appInfo = (headers: Record<string, string> = {}) => apiCall(host.port, host.token, 'app:info', '{}', headers);
  const expectRefusal = (answer: { status: number; body: string }, status: number, code: string) => {
    expect(answer.status).toBe(status);
    const body = JSON.parse(answer.body) as unknown;
    expectTypedError(body, KNOWN_CODES);
    expect(body).toMatchObject({ error: { code } });
  };

  describe('tokens', () => {
    it('refuses an API call without the token, with an empty one, one of the same length, a prefix, or the token in the query', async () => {
      const noToken = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/app:info',
        body: '{}',
        headers: { ...ownHost(), 'content-type': 'application/json' },
      });
      expectRefusal(noToken, 401, 'bad-token');
      const sameLength = host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
      for (const token of ['', sameLength, host.token.slice(0, -1), `${host.token}x`, host.token.toUpperCase()])
        expectRefusal(await apiCall(host.port, token, 'app:info', '{}'), 401, 'bad-token');
      const inQuery = await rawRequest(host.port, {
        method: 'POST',
        path: `/api/app:info?token=${host.token}`,
        body: '{}',
        headers: { ...ownHost(), 'content-type': 'application/json' },
      });
      expectRefusal(inQuery, 401, 'bad-token');
      expect((await appInfo()).status).toBe(200);
    });
  });

  describe('Host and Origin', () => {
    it('answers only for its own host name and port', async () => {
      for (const name of ['127.0.0.1', `127.0.0.1:${host.port + 1}`, `LOCALHOST:${host.port}`, `127.0.0.1.evil.example:${host.port}`, `[::1]:${host.port}`])
        expectRefusal(await appInfo({ host: name }), 421, 'bad-host');
      expect((await appInfo({ host: `localhost:${host.port}` })).status).toBe(200);
    });

    it('refuses a request with no Host header at all (HTTP/1.0)', async () => {
      const client = slowClient(host.port, 'GET / HTTP/1.0\r\n\r\n', '', 60_000);
      const { answer } = await client.closed;
      expect(answer).toMatch(/^HTTP\/1\.[01] 421 /);
    });

    it('refuses every other origin: null, another scheme, another port, a look-alike', async () => {
      for (const origin of [
        'null',
        `https://127.0.0.1:${host.port}`,
        `http://127.0.0.1:${host.port + 1}`,
        `http://127.0.0.1:${host.port}.evil.example`,
        `http://127.0.0.1:${host.port}/`,
        'file://',
        '',
      ])
        expectRefusal(await appInfo({ origin }), 403, 'bad-origin');
      expect((await appInfo({ origin: `http://localhost:${host.port}` })).status).toBe(200);
    });
  });

  describe('static files', () => {
    const get = (p: string) => rawRequest(host.port, { path: p, headers: ownHost() });

    it('never serves a file outside the renderer, however the path is written', async () => {
      const paths = [
        '/../secret.txt',
        '/../../../../etc/passwd',
        '/%2e%2e/secret.txt',
        '/.%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/..%5csecret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/%2f..%2fsecret.txt',
        '//../secret.txt',
        '/../renderer-private/secret.txt',
        '/..%2frenderer-private%2fsecret.txt',
        `/${'..%2f'.repeat(20)}etc%2fpasswd`,
        '/index.html/../../secret.txt',
      ];
      for (const p of paths) {
        const answer = await get(p);
        expect(answer.body, p).not.toContain(SECRET);
        expect(answer.body, p).not.toMatch(/root:.*:0:0:/);
        expect([400, 404], `${p}: ${answer.status}`).toContain(answer.status);
      }
    });

    it('answers a malformed %-escape or a NUL in a path with 400, never 500', async () => {
      for (const p of ['/%', '/%zz', '/%E0%A4%A', '/assets/%c0%af', '/index.html%00', '/%00../secret.txt', '/%ff%fe']) {
        const answer = await get(p);
        expectRefusal(answer, 400, 'bad-path');
      }
      expect((await get('/')).status).toBe(200);
    });

    it('answers a target that is no path (an absolute URL, *) with 400, and // or //x:y as paths, never 500', async () => {
      for (const p of ['http://evil.example/', `http://127.0.0.1:${host.port}/index.html`, '*']) expectRefusal(await get(p), 400, 'bad-path');
      // paths of no file: not found, as any other
      for (const p of ['//', '///', '//a:b', '//:99999', '//evil.example/index.html']) expect((await get(p)).status, p).toBe(404);
    });

    it('serves files with GET and HEAD only', async () => {
      for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        expectRefusal(await rawRequest(host.port, { method, path: '/index.html', headers: ownHost() }), 405, 'bad-method');
      expect((await rawRequest(host.port, { method: 'HEAD', path: '/index.html', headers: ownHost() })).status).toBe(200);
      expectRefusal(await rawRequest(host.port, { path: '/api/app:info', headers: { ...ownHost(), 'x-iip-token': host.token } }), 405, 'bad-method');
    });

    it('refuses a path longer than the header limit before reading it (431)', async () => {
      expect((await get(`/${'a'.repeat(20_000)}`)).status).toBe(431);
    });
  });

  describe('bodies', () => {
    it('answers a malformed body with bad-input, without the parser’s text', async () => {
      for (const body of ['{', '{"a":', 'nul', "{'a':1}", '{"a":1}}', Buffer.from([0xff, 0xfe, 0x00, 0x7b])]) {
        const answer = await apiCall(host.port, host.token, 'catalog:list', body);
        expectRefusal(answer, 400, 'bad-input');
        expect(JSON.parse(answer.body)).toMatchObject({ error: { message: 'catalog:list: the request body cannot be read as JSON' } });
      }
    });

    it('answers JSON of the wrong shape with the contract’s bad-input', async () => {
      for (const body of ['null', '[]', '"text"', '1e999', 'true', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
        const answer = await apiCall(host.port, host.token, 'figures:get', body);
        expect(answer.status, body).toBe(200);
        expectTypedError(JSON.parse(answer.body));
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('survives JSON nested 200,000 deep and answers the next call', async () => {
      const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
      const answer = await apiCall(host.port, host.token, 'catalog:list', deep);
      expect([200, 400]).toContain(answer.status);
      expectTypedError(JSON.parse(answer.body), KNOWN_CODES);
      expect((await appInfo()).status).toBe(200);
    });

    it('refuses a body past its channel’s limit however it is sent, and a wrong content type', async () => {
      // chunked, with no Content-Length to refuse it by
      const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path: '/api/catalog:list',
            headers: { ...ownHost(), 'x-iip-token': host.token, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 6; i++) req.write('x'.repeat(256 * 1024));
        req.end();
      });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body)).toMatchObject({ ok: false, error: { code: 'too-large', message: 'catalog:list: request body over 1.0 MiB' } });
      // a channel with a larger limit is still limited
      const overChunk = await apiCall(host.port, host.token, 'import:stage-chunk', Buffer.alloc(12 * 2 ** 20, 0x20));
      expectRefusal(overChunk, 413, 'too-large');
      // an unknown channel gets the default limit, and its name is not echoed at length
      const unknown = await apiCall(host.port, host.token, `${'z'.repeat(5_000)}`, Buffer.alloc(2 * 2 ** 20, 0x20));
      expectRefusal(unknown, 413, 'too-large');
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
        expectRefusal(await apiCall(host.port, host.token, 'app:info', '{}', { 'content-type': type }), 415, 'bad-content-type');
    });

    it('answers calls to names that are no channel, prototype keys too, as unknown-channel', async () => {
      for (const name of ['__proto__', 'constructor', 'toString', '', 'app%3Ainfo', '..%2Fapp:info']) {
        const answer = await apiCall(host.port, host.token, name, '{}');
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }
    });
  });

  describe('slow clients', () => {
    const head = () => `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`;

    it('drops a client that trickles its headers, one that never sends a byte, and one that trickles its body', async () => {
      const headers = slowClient(host.port, head(), 'X-Slow: 1\r\n', 100);
      const silent = slowClient(host.port, '', '', 60_000);
      const body = slowClient(
        host.port,
        `POST /api/app:info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-IIP-Token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`,
        ' ',
        100,
      );
      const [h, s, b] = await Promise.all([headers.closed, silent.closed, body.closed]);
      console.log(`dropped after ${[h, s, b].map((c) => `${Math.round(c.afterMs)} ms`).join(', ')} (headers trickled, silent, body trickled)`);
      const slack = 1_500;
      expect(h.afterMs).toBeLessThan(TIMEOUTS.headersMs + slack);
      expect(s.afterMs).toBeLessThan(TIMEOUTS.headersMs + slack);
      expect(b.afterMs).toBeGreaterThan(TIMEOUTS.headersMs);
      expect(b.afterMs).toBeLessThan(TIMEOUTS.requestMs + slack);
      expect(h.answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(b.answer).toMatch(/^HTTP\/1\.1 408 /);
    }, 15_000);

    it('answers a normal call as fast with 300 slow connections open as without', async () => {
      const timeCalls = async (n: number): Promise<number[]> => {
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const started = performance.now();
          expect((await appInfo()).status).toBe(200);
          times.push(performance.now() - started);
        }
        return times;
      };
      await timeCalls(5);
      const alone = await timeCalls(20);
      const slow = Array.from({ length: 300 }, () => slowClient(host.port, head(), 'X-Slow: 1\r\n', 200));
      try {
        await new Promise((r) => setTimeout(r, 200));
        const crowded = await timeCalls(20);
        console.log(`app:info median ${median(alone).toFixed(1)} ms alone, ${median(crowded).toFixed(1)} ms beside 300 slow connections`);
        expect(median(crowded)).toBeLessThan(median(alone) * 5 + 20);
        // and every slow one is dropped in the end
        const closed = await Promise.all(slow.map((c) => c.closed));
        expect(Math.max(...closed.map((c) => c.afterMs))).toBeLessThan(TIMEOUTS.headersMs + 3_000);
      } finally {
        for (const client of slow) client.destroy();
      }
    }, 20_000);
  });
});
