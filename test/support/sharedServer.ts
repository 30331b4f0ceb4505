/**
 * The shared server in this process for tests: a data folder with users, the host in shared mode,
 * and clients that keep their own cookie and send their page's Origin like a browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { RoleGrant } from '../../src/core/system/roles';
import type { Workbench } from '../../src/db/openDatabase';
import { addUser } from '../../src/db/system/users';
import { startHost, type RunningHost } from '../../src/server/httpHost';
import type { LiveStreamOptions } from '../../src/server/shared/liveStream';
import { hashPassword } from '../../src/server/passwords';
import { SharedAccess } from '../../src/server/shared/sharedAccess';
import type { SignInThrottle } from '../../src/server/shared/signInThrottle';
import { openEventStream, type EventStream } from './eventStream';
import { openTempWorkbench, serviceOver, tempFolder } from './workbench';

export const PASSWORD = 'correct horse battery staple';

export interface TestUser {
  readonly userName: string;
  readonly grants: readonly RoleGrant[];
}

export interface SharedServerUnderTest {
  readonly host: RunningHost;
  readonly workbench: Workbench;
  readonly origin: string;
  readonly userIds: Record<string, number>;
  /** A browser on a page of `origin` (this server's by default; null: no Origin header). */
  client(origin?: string | null): SharedClient;
}

export async function startSharedServer(
  users: readonly TestUser[],
  options: { tls?: boolean; throttle?: SignInThrottle; live?: LiveStreamOptions } = {},
): Promise<SharedServerUnderTest> {
  const workbench = openTempWorkbench();
  const hash = await hashPassword(PASSWORD);
  const userIds: Record<string, number> = {};
  for (const user of users) {
    const added = addUser(
      workbench.db,
      {
        userName: user.userName,
        displayName: user.userName,
        passwordHash: hash,
        oidc: null,
        grants: user.grants,
      },
      'test setup',
    );
    userIds[user.userName] = added.id;
  }
  const staticRoot = tempFolder('linkages-shared-static-');
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>ok</title>');
  const tls = options.tls
    ? {
        cert: fs.readFileSync(path.join(__dirname, 'tls', 'loopback.crt')),
        key: fs.readFileSync(path.join(__dirname, 'tls', 'loopback.key')),
      }
    : null;
  const host = await startHost({
    service: serviceOver(workbench),
    token: null,
    staticRoot,
    shared: {
      access: new SharedAccess({
        workbench,
        tls: tls !== null,
        trustProxy: false,
        ...(options.throttle && { throttle: options.throttle }),
      }),
      address: '127.0.0.1',
      tls,
      ...(options.live && { live: options.live }),
    },
  });
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${host.port}`;
  return {
    host,
    workbench,
    origin,
    userIds,
    client: (clientOrigin: string | null = origin) =>
      new SharedClient(host.port, tls !== null, clientOrigin),
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: { ok: boolean; value?: unknown; error?: { kind: string; message: string } };
}

/** One browser: its cookie, and the Origin of the page it runs (or none). */
export class SharedClient {
  cookie: string | null = null;

  constructor(
    private readonly port: number,
    private readonly tls: boolean,
    private readonly origin: string | null,
  ) {}

  signIn(userName: string, password = PASSWORD): Promise<Reply> {
    return this.post('/auth/sign-in', { userName, password });
  }

  /** The page's change stream (GET /events), as an EventSource would open it. */
  events(): Promise<EventStream> {
    return openEventStream({
      port: this.port,
      tls: this.tls,
      headers: {
        accept: 'text/event-stream',
        ...(this.origin !== null && { origin: this.origin }),
        ...(this.cookie !== null && { cookie: this.cookie }),
      },
    });
  }

  call(method: string, input: unknown = {}): Promise<Reply> {
    return this.post(`/api/${method}`, input);
  }

  post(target: string, body: unknown): Promise<Reply> {
    const text = JSON.stringify(body);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...(this.origin !== null && { origin: this.origin }),
      ...(this.cookie !== null && { cookie: this.cookie }),
    };
    return new Promise((resolve, reject) => {
      const transport = this.tls ? https : http;
      const req = transport.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: 'POST',
          path: target,
          headers,
          ...(this.tls && { rejectUnauthorized: false }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const setCookie = res.headers['set-cookie']?.[0];
            // Like a browser: keep a cookie it sets, forget one it clears.
            if (setCookie) {
              const pair = setCookie.split(';')[0] ?? '';
              this.cookie = /Max-Age=0/i.test(setCookie) ? null : pair;
            }
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'],
            });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  }
}
