import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/errors';
import { useLiveChanges } from './client/liveChanges';
import { useSignedInUser } from './client/permissions';
import { onSignedOut } from './client/session';
import { SignInPage } from './pages/settings/SignInPage';

/**
 * On the shared server, nothing but the sign-in page until someone is signed in, and again as soon
 * as any call finds the session gone. The single-user shells are always signed in. Each change of
 * user empties the cache, so nothing of the last user's stays in the tab.
 */
export function SignedInGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const user = useSignedInUser();
  const [ended, setEnded] = useState(false);
  const refused = user.error instanceof ApiError && user.error.kind === 'SignedOut';
  // Only a session that was there can end: the first visit's refusal is no news, and the
  // refusals while the sign-in page shows must not reset the cache again and again.
  const signedIn = useRef(false);
  const signedInNow = user.data !== undefined && !refused && !ended;
  useEffect(() => {
    signedIn.current = signedInNow;
  }, [signedInNow]);
  useEffect(
    () =>
      onSignedOut(() => {
        if (!signedIn.current) return;
        signedIn.current = false;
        setEnded(true);
        void queryClient.resetQueries();
      }),
    [queryClient],
  );
  useLiveChanges(signedInNow && user.data.shared, user.data?.userName);
  if (ended || refused) {
    return (
      <SignInPage
        ended={ended}
        onSignedIn={() => {
          setEnded(false);
          void queryClient.resetQueries();
        }}
      />
    );
  }
  // Any other refusal (one user's page opened without its token, the server gone) is the
  // shell's alert to show: the page goes on to say it.
  if (!user.data && !user.error) return null;
  return <>{children}</>;
}
