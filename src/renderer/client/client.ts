/**
 * The renderer's one way to the data: IPC when the Electron preload is there, HTTP otherwise.
 * Both carry the same envelope, so errors arrive as the same typed ApiError.
 */
import { TOKEN_HEADER, type LinkagesBridge } from '../../api/bridge';
import type { Input, Invoke, Method, Output } from '../../api/contract';
import { ApiError, type Envelope } from '../../api/errors';
import { refreshAfter } from './queryClient';
import { sessionEnded } from './session';

declare global {
  interface Window {
    linkages?: LinkagesBridge;
  }
}

const TOKEN_KEY = 'linkages.token';

/** Browser mode hands the token in the address once; keep it for this tab and take it out of sight. */
export function captureToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
}

function unwrap<M extends Method>(envelope: Envelope<unknown>): Output<M> {
  if (envelope.ok) return envelope.value as Output<M>;
  // The shared server's session ended: the page asks the person to sign in again.
  if (envelope.error.kind === 'SignedOut') sessionEnded();
  throw ApiError.fromBody(envelope.error);
}

async function overHttp(method: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '',
      },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(
      'Internal',
      'The Workbench is not answering. Is the window where you ran npm run serve still open?',
    );
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    throw new ApiError('Internal', `The Workbench answered ${response.status} without a message.`);
  }
}

export const invoke: Invoke = async (method, input) => {
  const bridge = window.linkages;
  const envelope = bridge ? await bridge.invoke(method, input) : await overHttp(method, input);
  const value = unwrap<typeof method>(envelope);
  await refreshAfter(method);
  return value;
};

export type { Input, Method, Output };
