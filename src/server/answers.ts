/** How the host answers: an envelope as JSON, or a refusal in words, never echoing the request. */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '../core/securityPolicy';
import type { ApiErrorKind, Envelope } from '../api/errors';
import { logDebug } from '../api/log';

export function sendEnvelope(
  res: http.ServerResponse,
  status: number,
  envelope: Envelope<unknown>,
): void {
  const text = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function refuse(
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

/** The shared server's answer to a call without a live session: the page shows sign-in. */
export function signedOut(res: http.ServerResponse): void {
  sendEnvelope(res, 401, {
    ok: false,
    error: { kind: 'SignedOut', message: 'You are signed out. Sign in to go on.' },
  });
}

/** On every answer, the pages' and the API's alike. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Requests Node's own parser turns away get the same security headers as every other answer.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
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
