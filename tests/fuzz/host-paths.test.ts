// The web host's paths, fuzzed: request targets built from traversal pieces, escapes (well formed
// or not), separators and names, sent raw over a socket with every method. The host answers each
// with a status it means (never 500), and never a byte of a file outside the renderer.
import fc from 'fast-check';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { startHost, type RunningHost } from '../../electron/host/server.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { SECRET, staticSandbox } from '../helpers/static-sandbox.js';
import { tempStorePath } from '../helpers/temp.js';

const PIECES = [
  '/',
  '..',
  '.',
  '%2e',
  '%2E',
  '%2f',
  '%2F',
  '%5c',
  '\\',
  '%00',
  '%',
  '%zz',
  '%c0%af',
  '%e0%a4%a',
  '%25',
  '?',
  '#',
  ';',
  '//',
  'api',
  'api/',
  'events',
];
const NAMES = ['index.html', 'secret.txt', 'renderer', 'renderer-private', 'assets', 'app:info', '__proto__'];

/** One raw request; the status and the body as received (the connection closes after it). */
function rawExchange(port: number, request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.end(request);
  });
}

describe('web host paths, fuzzed', () => {
  let host: RunningHost;
  const staticDir = staticSandbox();
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });

  beforeAll(async () => {
    host = await startHost({ handlers: core.handlers, staticDir });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    store.db.close();
  });

  it('answers every target with a status it means, never 500, never a file outside the renderer', async () => {
    const target = fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...NAMES), fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,=:@-]{0,6}$/)), { maxLength: 14 })
      .map((parts) => `/${parts.join('')}`);
    const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS');
    const withToken = fc.boolean();
    await fc.assert(
      fc.asyncProperty(target, method, withToken, async (t, m, token) => {
        const headers = [
          `Host: 127.0.0.1:${host.port}`,
          'Connection: close',
          ...(token ? [`X-IIP-Token: ${host.token}`, 'Content-Type: application/json'] : []),
        ];
        const body = m === 'POST' || m === 'PUT' ? '{}' : '';
        const answer = await rawExchange(host.port, `${m} ${t} HTTP/1.1\r\n${headers.join('\r\n')}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        expect([200, 204, 400, 401, 404, 405, 413, 415], `${m} ${t}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
        expect(answer.text, `${m} ${t}`).not.toContain(SECRET);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
