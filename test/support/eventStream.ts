/**
 * A page's EventSource, for tests: GET /events with the client's cookie, its server-sent events
 * parsed as they arrive, and waits that poll for what a test expects (up to 10 s, issue 24).
 */
import http from 'node:http';
import https from 'node:https';

export interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

export interface EventStream {
  readonly status: number;
  readonly events: StreamEvent[];
  /** Resolves once the server has ended the stream. */
  readonly ended: Promise<void>;
  /** The first event `matches` accepts, waiting for it up to `timeoutMs`. */
  waitFor(matches: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

export function openEventStream(options: {
  port: number;
  tls: boolean;
  headers: Record<string, string>;
}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const transport = options.tls ? https : http;
    const req = transport.get(
      {
        host: '127.0.0.1',
        port: options.port,
        path: '/events',
        headers: options.headers,
        ...(options.tls && { rejectUnauthorized: false }),
      },
      (res) => {
        const events: StreamEvent[] = [];
        let pending = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          pending += chunk;
          const blocks = pending.split('\n\n');
          pending = blocks.pop() ?? '';
          for (const block of blocks) {
            const parsed = parseBlock(block);
            if (parsed) events.push(parsed);
          }
        });
        const ended = new Promise<void>((done) => {
          res.once('end', done);
          res.once('close', done);
        });
        resolve({
          status: res.statusCode ?? 0,
          events,
          ended,
          waitFor: (matches, timeoutMs = 10_000) =>
            poll(() => events.find(matches), timeoutMs, 'the expected event'),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });
}

/** One event's lines; comments (heartbeats) and the retry field are not events. */
function parseBlock(block: string): StreamEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice('event: '.length);
    else if (line.startsWith('data: ')) data.push(line.slice('data: '.length));
  }
  return data.length === 0 ? null : { event, data: JSON.parse(data.join('\n')) as unknown };
}

/** Checks every 20 ms until `found` gives something, or fails after `timeoutMs`. */
export async function poll<T>(
  found: () => T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Waited ${timeoutMs} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
