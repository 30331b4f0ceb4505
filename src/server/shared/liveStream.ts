/**
 * GET /events on the shared server (issue 24, "changes seen live"): a server-sent event stream of
 * the change notices (src/api/changeFeed.ts) of the counties the signed-in person belongs to, and
 * of the data of no one county. Each open page refetches what it shows of the changed data.
 */
import type http from 'node:http';
import type { ChangeFeed, FeedEvent } from '../../api/changeFeed';
import type { Caller } from '../../api/system/access';
import { belongsTo } from '../../core/system/roles';
import { refuse, signedOut } from '../answers';

/** Proxies and browsers drop a connection silent for a minute or so; a comment keeps it open. */
export const HEARTBEAT_MS = 25_000;

/**
 * Open streams per person: one per open tab, on each of their devices. Past it the stream is
 * refused, so a runaway page cannot hold the server's connections.
 */
export const MAX_STREAMS_PER_USER = 10;

/** A page that stops reading holds its unsent notices here; past this it is cut off. */
const MAX_UNSENT_BYTES = 256 * 1024;

/** How a stream asks after its session: without counting as use (sessionGate.ts). */
export interface SessionCheck {
  callerOf(req: http.IncomingMessage, touch: boolean): Caller | null;
}

export interface LiveStreamOptions {
  readonly heartbeatMs?: number;
  readonly maxPerUser?: number;
}

interface OpenStream {
  readonly req: http.IncomingMessage;
  readonly res: http.ServerResponse;
  readonly userId: number;
  /** Read again at every check: roles changed by an administrator hold from then on. */
  caller: Caller;
}

export class LiveStreams {
  private readonly streams = new Set<OpenStream>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private readonly maxPerUser: number;

  constructor(
    feed: ChangeFeed,
    private readonly sessions: SessionCheck,
    options: LiveStreamOptions = {},
  ) {
    this.maxPerUser = options.maxPerUser ?? MAX_STREAMS_PER_USER;
    this.unsubscribe = feed.subscribe((event) => this.deliver(event));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET') return refuse(req, res, 405, 'The change stream is a GET request.');
    const caller = this.sessions.callerOf(req, false);
    if (caller?.userId == null) return signedOut(res);
    const userId = caller.userId;
    const mine = [...this.streams].filter((stream) => stream.userId === userId).length;
    if (mine >= this.maxPerUser) {
      return refuse(
        req,
        res,
        429,
        `You have ${mine} pages following changes already; close one and reload this page.`,
      );
    }
    const stream: OpenStream = { req, res, userId, caller };
    this.streams.add(stream);
    res.once('close', () => this.streams.delete(stream));
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // A reverse proxy that buffers answers would hold notices back until it had enough bytes.
      'X-Accel-Buffering': 'no',
    });
    // Sent at once so the page knows the stream is open; a reconnect waits this long.
    res.write('retry: 5000\n: open\n\n');
  }

  /**
   * Asks every stream's session again, and ends those whose session is gone (signed out, signed
   * out everywhere, timed out, disabled). Called at each heartbeat, and by the host right after
   * every sign-in or sign-out and after a change to users.
   */
  recheck(): void {
    for (const stream of this.streams) {
      const caller = this.sessions.callerOf(stream.req, false);
      if (caller === null) this.end(stream);
      else stream.caller = caller;
    }
  }

  /** How many streams are open (for tests and the benchmark). */
  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const stream of this.streams) this.end(stream);
  }

  private deliver(event: FeedEvent): void {
    const countyId = event.notice.countyId;
    const text = `event: ${event.type}\ndata: ${JSON.stringify(event.notice)}\n\n`;
    for (const stream of this.streams) {
      if (countyId === null || belongsTo(stream.caller.grants, countyId)) this.send(stream, text);
    }
    // Users changed (an account disabled, roles taken away): streams learn it now, not at the
    // next heartbeat.
    if (event.type === 'change' && event.notice.changed.includes('users')) this.recheck();
  }

  private beat(): void {
    this.recheck();
    for (const stream of this.streams) this.send(stream, ': heartbeat\n\n');
  }

  private send(stream: OpenStream, text: string): void {
    // Not reading: ended rather than buffered without bound. Its page reconnects and refreshes.
    if (stream.res.writableLength > MAX_UNSENT_BYTES) return this.end(stream);
    stream.res.write(text);
  }

  private end(stream: OpenStream): void {
    this.streams.delete(stream);
    stream.res.end();
  }
}
