// Server-Sent Events for the web host: the page opens GET /api/events (EventSource) and every event
// main pushes is written to each open stream as `event: <name>` and `data: <JSON>`.
import type http from 'node:http';
import type { EmitEvent } from '../shared/contract/index.js';

/** A comment line now and then, so a stream that died unnoticed is found and dropped. */
const HEARTBEAT_MS = 20_000;

export class EventStreams {
  private readonly streams = new Set<http.ServerResponse>();
  private heartbeat: NodeJS.Timeout | null = null;

  open(req: http.IncomingMessage, res: http.ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Sent at once, so the browser's EventSource opens before the first event.
    res.write(': open\n\n');
    this.streams.add(res);
    req.on('close', () => this.streams.delete(res));
    this.heartbeat ??= setInterval(() => this.write(': heartbeat\n\n'), HEARTBEAT_MS).unref();
  }

  readonly send: EmitEvent = (event, payload) => this.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private write(frame: string): void {
    for (const res of this.streams) if (!res.writableEnded) res.write(frame);
  }
}
