import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import type { AddressInfo, Socket } from 'node:net';
import type { Service } from '../api/service';
import type { Caller } from '../api/system/access';
import { LiveStreams, type LiveStreamOptions } from './shared/liveStream';
import type { SharedAccess } from './shared/sharedAccess';
import type { ApiErrorKind } from '../api/errors';
import { TOKEN_HEADER } from '../api/bridge';
import { LEDGER_FILE_MAX_MB } from '../api/fiscal/ledgerImport.contract';
import { logDebug, loggableMethod } from '../api/log';
import {
  ConnectionCounter,
  DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
  TOO_MANY_CONNECTIONS_MESSAGE,
} from './clientConnections';
import { answerClientError, refuse, SECURITY_HEADERS, sendEnvelope, signedOut } from './answers';
import { declaredLength, readJson, type Refusal } from './requestBody';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuards';
import { resolveStaticFile } from './staticFiles';
import {
  BUSY_UPLOAD_MESSAGE,
  UploadGate,
  type Admission,
  type UploadGateOptions,
} from './uploadGate';

/**
 * Files travel through the API as base64 (imports); this bounds one call: the largest upload the
 * contract takes (a 100 MB ledger export, 4/3 of that in base64) and its JSON around it.
 */
export const DEFAULT_MAX_BODY_BYTES =
  Math.ceil((LEDGER_FILE_MAX_MB * 1024 * 1024 * 4) / 3) + 64 * 1024;

/** No byte of a body for this long: the caller is gone or stalling, and its slot is given back. */
export const BODY_STALL_MS = 30_000;

export interface HostOptions {
  readonly service: Service;
  /** One user: the per-launch token every call carries. The shared server has sessions instead. */
  readonly token: string | null;
  /** The shared server (issue 24): sign-in, sessions, any address, TLS. */
  readonly shared?: SharedHostOptions;
  /** Folder of the built renderer. */
  readonly staticRoot: string;
  readonly port?: number;
  readonly maxBodyBytes?: number;
  /** Large bodies in flight (uploadGate.ts); the budget defaults to `maxBodyBytes`. */
  readonly uploads?: Partial<UploadGateOptions>;
  /** Open connections from one address; past it, requests are refused and the connection closed. */
  readonly maxConnectionsPerClient?: number;
  /** How long a body may go without a byte before the call is dropped (BODY_STALL_MS). */
  readonly bodyStallMs?: number;
}

/** Connections the shared server keeps open at once: ~100 staff × a few tabs × (calls + stream). */
export const SHARED_MAX_CONNECTIONS = 2048;

export interface SharedHostOptions {
  readonly access: SharedAccess;
  /** Behind the county's reverse proxy (--trust-proxy): one address for every person. */
  readonly behindProxy?: boolean;
  /** Where to listen; one user is always on 127.0.0.1. */
  readonly address: string;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | null;
  /** GET /events: heartbeat and the cap on one person's streams (liveStream.ts). */
  readonly live?: LiveStreamOptions;
}

export interface RunningHost {
  readonly port: number;
  /** The address to open, token included. */
  readonly url: string;
  close(): Promise<void>;
}

const STATUS_OF: Record<ApiErrorKind, number> = {
  ValidationError: 400,
  NotFound: 404,
  Conflict: 409,
  Stale: 409,
  Internal: 500,
  Refused: 403,
  Forbidden: 403,
  SignedOut: 401,
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // A large call holds about five times its body at its peak (the body, its text, the parsed input,
  // the decoded file, the handler's decoded text): a 133 MB ledger preview took the host from 150 MB
  // idle to 800 MB. One maximum-size upload in flight keeps browser mode under 1 GB, two would not
  // (issue 20). So the large bodies in flight add up to at most one largest call (smaller uploads
  // may share that budget); the others wait unread, or are turned away.
  const gate = new UploadGate({ budgetBytes: maxBodyBytes, ...options.uploads });
  // Behind the county's proxy every connection comes from the proxy's one address.
  const perClient =
    options.maxConnectionsPerClient ??
    (options.shared?.behindProxy ? SHARED_MAX_CONNECTIONS : DEFAULT_MAX_CONNECTIONS_PER_CLIENT);
  const connections = new ConnectionCounter(perClient);
  /** Sockets opened past their client's limit: each request on them is refused. */
  const overLimit = new WeakSet<Socket>();
  let port = 0;
  const shared = options.shared;
  const live = shared
    ? new LiveStreams(options.service.changes, shared.access.sessions, shared.live)
    : null;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    try {
      route(req, res);
    } catch {
      // A request must never take the Workbench down with it.
      if (!res.headersSent) refuse(req, res, 400, 'The Workbench could not read this request.');
      else res.destroy();
    }
  };
  const server = shared?.tls
    ? https.createServer({ cert: shared.tls.cert, key: shared.tls.key }, listener)
    : http.createServer(listener);

  // Requests Node's own parser turns away (a NUL or space in the path, broken headers) would get
  // its bare 400; they get the same security headers as every other answer.
  server.on('clientError', answerClientError);

  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? '';
    if (!connections.open(client)) overLimit.add(socket);
    socket.once('close', () => connections.close(client));
  });
  // A hard stop past the per-client refusals (Node drops these without an answer).
  // The shared server: a county's staff, each with a few tabs, each tab a few calls and a stream.
  server.maxConnections = shared ? SHARED_MAX_CONNECTIONS : perClient * 4;
  // The whole request, body included, must arrive within this: a trickled upload cannot hold its
  // slot for ever. It covers the longest wait in the upload queue and then the upload itself (a
  // 133 MB body takes a second or two on loopback). Node checks it every 30 s; headersTimeout
  // stays at Node's 60 s.
  server.requestTimeout = gate.maxWaitMs + 60_000;

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (overLimit.has(req.socket)) {
      res.setHeader('Connection', 'close');
      return refuse(req, res, 503, TOO_MANY_CONNECTIONS_MESSAGE);
    }
    const allowed = shared
      ? shared.access.allowsOrigin(req)
      : isAllowedHost(req.headers.host, port) && isAllowedOrigin(req.headers.origin, port);
    if (!allowed) {
      return refuse(req, res, 403, 'This address only answers pages of Linkages Workbench.');
    }
    const target = req.url ?? '';
    // Only origin-relative paths: "//host" and absolute URLs are not ours to parse.
    if (!target.startsWith('/') || target.startsWith('//')) {
      return refuse(req, res, 400, 'The Workbench could not read this request.');
    }
    const url = new URL(target, `http://127.0.0.1:${port}`);
    if (shared && url.pathname.startsWith('/auth/')) {
      const path = url.pathname.slice('/auth/'.length);
      shared.access
        .handleAuth(req, res, path)
        // A sign-out (here or everywhere) ends that session's change streams now.
        .then(() => live?.recheck())
        .catch(() => res.destroy());
      return;
    }
    if (live && url.pathname === '/events') return live.open(req, res);
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      // A client that goes away mid-upload ends its own request, not the Workbench.
      handleApi(req, res, method, options, maxBodyBytes, gate).catch(() => res.destroy());
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, 405, 'Only GET is served here.');
    }
    const file = resolveStaticFile(options.staticRoot, url.pathname);
    if (!file) return refuse(req, res, 404, 'Not found.');
    res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file.file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, shared?.address ?? '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: shared
      ? `${shared.tls ? 'https' : 'http'}://${urlHost(shared.address)}:${port}/`
      : `http://127.0.0.1:${port}/?token=${options.token ?? ''}`,
    close: () =>
      new Promise<void>((resolve) => {
        live?.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  options: HostOptions,
  maxBodyBytes: number,
  gate: UploadGate,
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'POST') return refuse(req, res, 405, 'API calls are POST requests.');
  let caller: Caller | undefined;
  if (options.shared) {
    caller = options.shared.access.callerOf(req) ?? undefined;
    if (!caller) return signedOut(res);
  } else if (!tokenMatches(req.headers[TOKEN_HEADER], options.token ?? '')) {
    return refuse(
      req,
      res,
      401,
      'This page is missing the Workbench token: open the address that npm run serve printed.',
    );
  }
  // JSON only: a cross-site form or "simple" request cannot be made to look like an API call.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return refuse(req, res, 415, 'API calls send JSON.');
  }
  const declared = declaredLength(req);
  if (declared !== null && declared > maxBodyBytes) {
    return refuse(req, res, 413, tooLarge(maxBodyBytes));
  }

  // A caller that hangs up while its call waits leaves the upload queue.
  const hungUp = new AbortController();
  res.once('close', () => hungUp.abort());
  const releases: (() => void)[] = [];
  const admit = async (bytes: number): Promise<Admission> => {
    const admission = await gate.admit(bytes, hungUp.signal);
    if (admission.admitted) releases.push(admission.release);
    return admission;
  };
  // The reservation is given back when the call has been answered (or has failed): the parsed
  // input and the decoded file live until the handler returns, not only while the body is read.
  try {
    const admission = await admit(declared ?? 0);
    if (!admission.admitted) return busy(req, res, admission);
    // A body sent without its length is admitted as small, and waits its turn (for the most it may
    // grow to) once it has grown large.
    const read = await readJson(
      req,
      { limit: maxBodyBytes, stallMs: options.bodyStallMs ?? BODY_STALL_MS },
      declared,
      declared === null ? { afterBytes: gate.smallBytes, admit: () => admit(maxBodyBytes) } : null,
    );
    if (read === 'too-large') return refuse(req, res, 413, tooLarge(maxBodyBytes));
    if (read === 'not-json') {
      return sendEnvelope(res, 400, {
        ok: false,
        error: { kind: 'ValidationError', message: 'The request body is not valid JSON.' },
      });
    }
    if ('admitted' in read) return busy(req, res, read);
    let methodName: string;
    try {
      methodName = decodeURIComponent(method);
    } catch {
      return refuse(req, res, 400, 'The Workbench could not read this request.');
    }
    const started = performance.now();
    const envelope = await options.service.handle(methodName, read.input, caller);
    const status = envelope.ok ? 200 : STATUS_OF[envelope.error.kind];
    logDebug(
      `${loggableMethod(methodName)} ${status} in ${Math.round(performance.now() - started)} ms`,
    );
    sendEnvelope(res, status, envelope);
  } finally {
    for (const release of releases) release();
  }
}

/** Refused by the upload gate: try again later. */
function busy(req: http.IncomingMessage, res: http.ServerResponse, refusal: Refusal): void {
  // Hung up while waiting: there is nobody to answer.
  if (refusal.reason === 'cancelled') return void res.destroy();
  res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
  refuse(req, res, 503, BUSY_UPLOAD_MESSAGE);
}

/** An address to print: any-address listens are reached by this machine's name. */
function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return os.hostname();
  return address.includes(':') ? `[${address}]` : address;
}

function tooLarge(limit: number): string {
  return `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most one call may send.`;
}
