/**
 * The shared server in this process for tests: a data folder with users, the host in shared mode,
 * and clients that keep their own cookie and send their page's Origin like a browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import type { RoleGrant } from '../../src/core/system/roles';
import type { Workbench } from '../../src/db/openDatabase';
import { addUser } from '../../src/db/system/users';
import { startHost, type RunningHost } from '../../src/server/httpHost';
import { hashPassword } from '../../src/api/system/passwords';
import type { LiveStreamOptions } from '../../src/server/shared/liveStream';
import { SharedAccess } from '../../src/server/shared/sharedAccess';
import type { SignInThrottle } from '../../src/server/shared/signInThrottle';
import type { OidcSignIn } from '../../src/server/shared/oidcSignIn';
import { openEventStream, type EventStream } from './eventStream';
import { openTempWorkbench, serviceOver, tempFolder } from './workbench';

export const PASSWORD = 'correct horse battery staple';

export interface TestUser {
  readonly userName: string;
  readonly grants: readonly RoleGrant[];
  /** Linked to an identity provider's account (signs in there, not with a password). */
  readonly oidc?: { readonly issuer: string; readonly subject: string };
}

/**
 * Adds the users, each named as their display name, with one password (users linked to an
 * identity provider get none); returns their ids by user name.
 */
export async function addTestUsers(
  workbench: Workbench,
  users: readonly TestUser[],
  password: string,
): Promise<Record<string, number>> {
  const hash = await hashPassword(password);
  const userIds: Record<string, number> = {};
  for (const user of users) {
    const added = addUser(
      workbench.db,
      {
        userName: user.userName,
        displayName: user.userName,
        passwordHash: user.oidc ? null : hash,
        oidc: user.oidc ?? null,
        grants: user.grants,
      },
      'test setup',
    );
    userIds[user.userName] = added.id;
  }
  return userIds;
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
  options: {
    tls?: boolean;
    throttle?: SignInThrottle;
    oidc?: OidcSignIn;
    port?: number;
    live?: LiveStreamOptions;
  } = {},
): Promise<SharedServerUnderTest> {
  const workbench = openTempWorkbench();
  const userIds = await addTestUsers(workbench, users, PASSWORD);
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
    port: options.port ?? 0,
    shared: {
      access: new SharedAccess({
        workbench,
        tls: tls !== null,
        trustProxy: false,
        ...(options.throttle && { throttle: options.throttle }),
        ...(options.oidc && { oidc: options.oidc }),
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

/** One browser: its cookies, and the Origin of the page it runs (or none). */
export class SharedClient {
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly port: number,
    private readonly tls: boolean,
    private readonly origin: string | null,
  ) {}

  /** The session cookie as a Cookie header would carry it, or null. */
  get cookie(): string | null {
    const name = this.tls ? '__Host-linkages-session' : 'linkages-session';
    const value = this.jar.get(name);
    return value === undefined ? null : `${name}=${value}`;
  }

  set cookie(pair: string | null) {
    const name = this.tls ? '__Host-linkages-session' : 'linkages-session';
    if (pair === null) this.jar.delete(name);
    else this.jar.set(name, pair.slice(pair.indexOf('=') + 1));
  }

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
    return this.request('POST', target, JSON.stringify(body));
  }

  /** A page load or redirect followed by hand: no Origin, and the body left unread as JSON. */
  get(target: string): Promise<Reply> {
    return this.request('GET', target, null);
  }

  private request(method: string, target: string, text: string | null): Promise<Reply> {
    const cookies = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers: Record<string, string> = {
      ...(text !== null && {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
      }),
      ...(text !== null && this.origin !== null && { origin: this.origin }),
      ...(cookies && { cookie: cookies }),
    };
    return new Promise((resolve, reject) => {
      const transport = this.tls ? https : http;
      const req = transport.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path: target,
          headers,
          ...(this.tls && { rejectUnauthorized: false }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            this.keep(res.headers['set-cookie'] ?? []);
            const raw = Buffer.concat(chunks).toString('utf8');
            let body: Reply['body'];
            try {
              body = JSON.parse(raw) as Reply['body'];
            } catch {
              body = { ok: false };
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      );
      req.on('error', reject);
      req.end(text ?? undefined);
    });
  }

  /** Like a browser: keep a cookie the server sets, forget one it clears. */
  private keep(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const pair = line.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      if (/Max-Age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, pair.slice(name.length + 1));
    }
  }
}

/** A port free a moment ago: the identity provider must know the callback before the host starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
