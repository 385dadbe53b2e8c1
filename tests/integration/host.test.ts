import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import type { ImportProgress } from '../../electron/shared/contract/import.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { rawRequest as request } from '../helpers/http.js';
import { tidyCsvOfSize } from '../helpers/tidy-csv.js';
import fs from 'node:fs';
import path from 'node:path';

interface EventStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: { event: string; data: unknown; at: number }[];
  close(): void;
}

/** Opens GET /api/events like an EventSource and parses the frames as they come. */
function openEvents(port: number, opts: { path: string; headers?: Record<string, string> }): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, headers: { host: `127.0.0.1:${port}`, accept: 'text/event-stream', ...opts.headers } },
      (res) => {
        const stream: EventStream = { status: res.statusCode ?? 0, headers: res.headers, events: [], close: () => req.destroy() };
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end).split('\n');
            buffer = buffer.slice(end + 2);
            const event = frame.find((l) => l.startsWith('event: '))?.slice('event: '.length);
            const data = frame.find((l) => l.startsWith('data: '))?.slice('data: '.length);
            if (event && data) stream.events.push({ event, data: JSON.parse(data), at: performance.now() });
          }
        });
        res.on('error', () => undefined);
        resolve(stream);
      },
    );
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    req.end();
  });
}

describe('web host', () => {
  let host: RunningHost;
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IIP</title>');
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  const handlers = core.handlers;

  beforeAll(async () => {
    host = await startHost({ handlers, staticDir });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    store.db.close();
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, {
      method: 'POST',
      path: `/api/${channel}`,
      body: JSON.stringify(body),
      headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-iip-token': host.token, ...headers },
    });

  it('listens on loopback with a random port and a token in its URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the handler table', async () => {
    const r = await api('figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { value: 9.3 } });
    const bad = await api('figures:get', { geo: 'VN' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('refuses calls without the token, from another origin or for another host name', async () => {
    expect((await api('app:info', {}, { 'x-iip-token': 'wrong' })).status).toBe(401);
    expect((await api('app:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:info', {}, { host: 'evil.example' })).status).toBe(421);
    expect((await api('app:info', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('opens the event stream only with the token (header or query), from the app, for its host name', async () => {
    const refused = [
      await openEvents(host.port, { path: '/api/events' }),
      await openEvents(host.port, { path: '/api/events?token=wrong' }),
      await openEvents(host.port, { path: '/api/events', headers: { 'x-iip-token': 'wrong' } }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401]);
    expect((await openEvents(host.port, { path: `/api/events?token=${host.token}`, headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await openEvents(host.port, { path: `/api/events?token=${host.token}`, headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await request(host.port, { method: 'POST', path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(
      405,
    );
    for (const stream of [
      await openEvents(host.port, { path: `/api/events?token=${host.token}` }),
      await openEvents(host.port, { path: '/api/events', headers: { 'x-iip-token': host.token } }),
    ]) {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      stream.close();
    }
  });

  it('pushes import:progress over the event stream while a multi-MB CSV staged in chunks is previewed', async () => {
    const csv = tidyCsvOfSize(8 * 2 ** 20, 20_000);
    const begin = JSON.parse((await api('import:stage-begin', { fileName: 'big.csv', size: csv.length })).body) as { ok: true; value: { stagedId: string } };
    const { stagedId } = begin.value;
    const chunk = 3 * 2 ** 20;
    for (let offset = 0; offset < csv.length; offset += chunk) {
      const sent = await api('import:stage-chunk', { stagedId, offset, dataBase64: csv.subarray(offset, offset + chunk).toString('base64') });
      expect(JSON.parse(sent.body)).toEqual({ ok: true, value: { received: Math.min(csv.length, offset + chunk) } });
    }
    expect(JSON.parse((await api('import:stage-end', { stagedId })).body)).toEqual({ ok: true, value: { stagedId, size: csv.length } });

    const stream = await openEvents(host.port, { path: `/api/events?token=${host.token}` });
    try {
      const answer = await api('import:preview', { stagedIds: [stagedId] });
      const answeredAt = performance.now();
      expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { ready: true, files: [{ fileName: 'big.csv', counts: { new: 20_000 } }] } });
      const progress = stream.events.filter((e) => e.event === 'import:progress');
      const partWay = progress.filter((e) => {
        const p = e.data as ImportProgress;
        return p.phase === 'reading' && p.file === 'big.csv' && p.unit === 'bytes' && p.total === csv.length && p.done > 0 && p.done < p.total;
      });
      expect(partWay.length).toBeGreaterThan(0);
      expect(partWay[0]!.at).toBeLessThan(answeredAt);
      // a CSV's names are matched and its figures compared as it is read: one phase
      expect(new Set(progress.map((e) => (e.data as ImportProgress).phase))).toEqual(new Set(['reading']));
    } finally {
      stream.close();
    }
  }, 60_000);

  it("refuses a request body past its channel's limit", async () => {
    const r = await api('catalog:list', { search: 'x'.repeat(2 * 2 ** 20) });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'too-large', message: 'catalog:list: request body over 1.0 MiB' } });
  });

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const page = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const escape = await request(host.port, { path: '/..%2f..%2fetc%2fpasswd', headers: { host: `127.0.0.1:${host.port}` } });
    expect(escape.status).toBe(404);
  });
});
