/**
 * One person's browser on the shared server, for the benchmark: its session cookie, the Origin of
 * the server's own page on every POST, a kept-alive connection, and its own loopback address.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const COOKIE = 'linkages-session';

export interface Answer {
  readonly status: number;
  /** `{ok, value}` or `{ok: false, error: {kind, message}}`; null when the body was not JSON. */
  readonly body: {
    ok: boolean;
    value?: unknown;
    error?: { kind: string; message: string };
  } | null;
  readonly ms: number;
}

/**
 * Linux answers on all of 127.0.0.0/8: each client calls from an address of its own, as each
 * member of staff calls from their own computer. From one address, 100 clients and their change
 * streams would pass the host's connections per client (clientConnections.ts) and be refused.
 */
export function loopbackAddress(index: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  return `127.0.0.${2 + (index % 250)}`;
}

export class BenchClient {
  private readonly agent: http.Agent;
  private session: string | null = null;
  /** Calls sent again after the server closed an idle kept-alive connection under them. */
  static resent = 0;

  constructor(
    readonly port: number,
    readonly localAddress: string | undefined,
  ) {
    // One call at a time per person, as a page awaits its answer: one connection, kept open
    // between calls. With the change stream's own, two per person: 100 people and their streams
    // stay under the host's cap on all connections (httpHost.ts, maxConnections, 256), which a
    // browser's six per host would not.
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get cookie(): string | null {
    return this.session === null ? null : `${COOKIE}=${this.session}`;
  }

  signIn(userName: string, password: string): Promise<Answer> {
    return this.post('/auth/sign-in', { userName, password });
  }

  call(method: string, input: unknown): Promise<Answer> {
    return this.post(`/api/${method}`, input);
  }

  /** The value of a call that must succeed (set-up and read-back), or an error saying why not. */
  async value<T>(method: string, input: unknown): Promise<T> {
    const answer = await this.call(method, input);
    if (answer.status !== 200 || !answer.body?.ok) {
      throw new Error(
        `${method} answered ${answer.status}: ${answer.body?.error?.message ?? 'no JSON'}`,
      );
    }
    return answer.body.value as T;
  }

  /** The time is taken from sending to the last byte of the answer, before it is parsed. */
  private post(target: string, body: unknown): Promise<Answer> {
    return this.send(target, JSON.stringify(body), performance.now(), true);
  }

  private send(target: string, text: string, started: number, retry: boolean): Promise<Answer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      origin: this.origin,
      ...(this.cookie !== null && { cookie: this.cookie }),
    };
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: 'POST',
          path: target,
          headers,
          agent: this.agent,
          ...(this.localAddress !== undefined && { localAddress: this.localAddress }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            this.keep(res.headers['set-cookie'] ?? []);
            let parsed: Answer['body'] = null;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'];
            } catch {
              parsed = null;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, ms });
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        // The server closed a kept-alive connection as this call went out on it (its keep-alive
        // timeout): nothing reached it, and a browser sends the call again on a new connection.
        if (retry && req.reusedSocket && error.code === 'ECONNRESET') {
          BenchClient.resent++;
          resolve(this.send(target, text, started, false));
        } else reject(error);
      });
      req.end(text);
    });
  }

  private keep(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const pair = line.split(';')[0] ?? '';
      if (!pair.startsWith(`${COOKIE}=`)) continue;
      const value = pair.slice(COOKIE.length + 1);
      this.session = /Max-Age=0/i.test(line) || value === '' ? null : value;
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
