// Raw HTTP requests to the web host, so Host, Origin and the body can be set as an attacker would.
import http from 'node:http';

export interface RawAnswer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A POST of `body` (sent as is) to an API channel with the token and the host's own Host header. */
export function apiCall(port: number, token: string, channel: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    body,
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-iip-token': token, ...headers },
  });
}
