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

/** What the sign-in page offers: a button for the county's identity provider when it is set up. */
export async function signInOptions(): Promise<{ identityProvider: boolean }> {
  const response = await fetch('auth/options').catch(() => null);
  const envelope = (await response?.json().catch(() => null)) as Envelope<{
    identityProvider: boolean;
  }> | null;
  return envelope?.ok ? envelope.value : { identityProvider: false };
}

/** Why the identity provider's sign-in came back without signing in (oidcRoutes.ts). */
const PROVIDER_OUTCOMES: Record<string, string> = {
  'no-user':
    'Your county account signed in, but no Workbench user is linked to it. Ask the administrator to add you.',
  refused: 'The identity provider did not sign you in. Try again, or sign in with your password.',
  expired: 'That sign-in took too long or did not start here. Start again.',
  unavailable: 'The identity provider could not be reached. Try again in a moment.',
};

/** The reason in the address after a refused provider sign-in, once, then out of sight. */
export function takeProviderOutcome(): string | null {
  const url = new URL(window.location.href);
  const outcome = url.searchParams.get('signIn');
  if (outcome === null) return null;
  url.searchParams.delete('signIn');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  return PROVIDER_OUTCOMES[outcome] ?? PROVIDER_OUTCOMES.refused ?? null;
}
