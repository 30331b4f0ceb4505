/**
 * Signing in and out of the shared server (issue 24). The session lives in an HttpOnly cookie the
 * page never sees; these calls only ask the server to start or end it.
 */
import { ApiError, type Envelope } from '../../api/errors';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called when any call finds the session gone (timed out, signed out elsewhere, disabled). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function sessionEnded(): void {
  for (const listener of signedOutListeners) listener();
}

async function post<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Internal', 'The Workbench server is not answering. Try again in a moment.');
  }
  const envelope = (await response.json().catch(() => null)) as Envelope<T> | null;
  if (!envelope) throw new ApiError('Internal', `The server answered ${response.status}.`);
  if (!envelope.ok) throw ApiError.fromBody(envelope.error);
  return envelope.value;
}

export function signIn(userName: string, password: string) {
  return post<{ userName: string; displayName: string }>('sign-in', { userName, password });
}

export function signOut() {
  return post<null>('sign-out', {});
}

export function signOutEverywhere() {
  return post<{ sessionsEnded: number }>('sign-out-everywhere', {});
}
