import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Service } from '../api/service';
import type { ApiErrorKind, Envelope } from '../api/errors';
import { CONTENT_SECURITY_POLICY } from '../core/securityPolicy';
import { TOKEN_HEADER } from '../api/bridge';
import { LEDGER_FILE_MAX_MB } from '../api/ledgerImport.contract';
import { logDebug, loggableMethod } from '../api/log';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuards';
import { resolveStaticFile } from './staticFiles';

/**
 * Files travel through the API as base64 (imports); this bounds one call: the largest upload the
 * contract takes (a 100 MB ledger export, 4/3 of that in base64) and its JSON around it.
 */
export const DEFAULT_MAX_BODY_BYTES =
  Math.ceil((LEDGER_FILE_MAX_MB * 1024 * 1024 * 4) / 3) + 64 * 1024;

export interface HostOptions {
  readonly service: Service;
  readonly token: string;
  /** Folder of the built renderer. */
  readonly staticRoot: string;
  readonly port?: number;
  readonly maxBodyBytes?: number;
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
  Internal: 500,
  Refused: 403,
};

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let port = 0;
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      // A request must never take the Workbench down with it.
      if (!res.headersSent) refuse(req, res, 400, 'The Workbench could not read this request.');
      else res.destroy();
    }
  });

  // Requests Node's own parser turns away (a NUL or space in the path, broken headers) would get
  // its bare 400; they get the same security headers as every other answer.
  server.on('clientError', answerClientError);

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return refuse(req, res, 403, 'This address only answers pages of Linkages Workbench.');
    }
    const target = req.url ?? '';
    // Only origin-relative paths: "//host" and absolute URLs are not ours to parse.
    if (!target.startsWith('/') || target.startsWith('//')) {
      return refuse(req, res, 400, 'The Workbench could not read this request.');
    }
    const url = new URL(target, `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      // A client that goes away mid-upload ends its own request, not the Workbench.
      handleApi(req, res, method, options, maxBodyBytes).catch(() => res.destroy());
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
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
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
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'POST') return refuse(req, res, 405, 'API calls are POST requests.');
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
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
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) return refuse(req, res, 413, tooLarge(maxBodyBytes));

  const body = await readBody(req, maxBodyBytes);
  if (body === 'too-large') return refuse(req, res, 413, tooLarge(maxBodyBytes));
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendEnvelope(res, 400, {
      ok: false,
      error: { kind: 'ValidationError', message: 'The request body is not valid JSON.' },
    });
  }
  let methodName: string;
  try {
    methodName = decodeURIComponent(method);
  } catch {
    return refuse(req, res, 400, 'The Workbench could not read this request.');
  }
  const started = performance.now();
  const envelope = await options.service.handle(methodName, input);
  const status = envelope.ok ? 200 : STATUS_OF[envelope.error.kind];
  logDebug(
    `${loggableMethod(methodName)} ${status} in ${Math.round(performance.now() - started)} ms`,
  );
  sendEnvelope(res, status, envelope);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      // Past the limit the rest is read and dropped, so the client gets its 413 instead of a reset.
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const text = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  message: string,
): void {
  // Drain what the client is still sending, so it reads our answer rather than a broken pipe.
  req.resume();
  // The status alone: the path and headers are the caller's text.
  logDebug(`request refused with ${status}`);
  const kind: ApiErrorKind = status === 404 ? 'NotFound' : 'Refused';
  sendEnvelope(res, status, { ok: false, error: { kind, message } });
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`,
  );
}

function tooLarge(limit: number): string {
  return `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most one call may send.`;
}
