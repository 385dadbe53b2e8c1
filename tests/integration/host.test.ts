import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import fs from 'node:fs';
import path from 'node:path';

/** A raw request, so Host and Origin can be set as an attacker would. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web host', () => {
  let host: RunningHost;
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IIP</title>');
  const store = openStore(tempStorePath());

  beforeAll(async () => {
    host = await startHost({ handlers: createHandlers(store.db, store.path), staticDir });
  });
  afterAll(async () => {
    await host.close();
    store.db.close();
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, { method: 'POST', path: `/api/${channel}`, body: JSON.stringify(body), headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-iip-token': host.token, ...headers } });

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

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const page = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const escape = await request(host.port, { path: '/..%2f..%2fetc%2fpasswd', headers: { host: `127.0.0.1:${host.port}` } });
    expect(escape.status).toBe(404);
  });
});
