/**
 * Changes seen live (issue 24): on the shared server each page follows GET /events and refetches
 * what it shows of the data another user's call or a job changed, through the same refresh as
 * after its own calls. The single-user shells have no one else to hear from.
 */
import { useEffect } from 'react';
import type { ChangeNotice } from '../../api/changeFeed';
import { queryClient, refreshChanged } from './queryClient';

/**
 * Opens the stream while `follow` holds (signed in to the shared server), again for each user.
 * Reconnecting is EventSource's own; notices sent while it was away are not kept, so a reconnect
 * refetches everything on screen.
 */
export function useLiveChanges(follow: boolean, userName: string | undefined): void {
  useEffect(() => {
    if (!follow || typeof EventSource === 'undefined') return;
    const source = new EventSource('events');
    let reconnected = false;
    source.addEventListener('open', () => {
      // Names shown on request ("reveal") are not asked again: each answer is a recorded reveal.
      if (reconnected) {
        void queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== 'reveal',
        });
      }
      reconnected = true;
    });
    source.addEventListener('change', (event) => {
      // Our own calls' notices come back too: refetching those once more is harmless.
      const notice = JSON.parse((event as MessageEvent<string>).data) as ChangeNotice;
      void refreshChanged(notice.changed);
    });
    // A county's jobs started, moved to a new stage or ended: the "Work in progress" lists.
    source.addEventListener('jobs', () => {
      void queryClient.invalidateQueries({ queryKey: ['jobs.list'] });
    });
    source.addEventListener('error', () => {
      // Refused for good (the session ended, or too many pages open): asking who is signed in
      // brings the sign-in page if the session is gone.
      if (source.readyState === EventSource.CLOSED) {
        void queryClient.invalidateQueries({ queryKey: ['system.whoAmI'] });
      }
    });
    return () => source.close();
  }, [follow, userName]);
}
