/** How the host answers: an envelope as JSON, or a refusal in words, never echoing the request. */
import type http from 'node:http';
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
