import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Method } from '../../api/contract';
import type { UndoScope } from '../../api/history.contract';
import { reportError } from '../alerts';
import { invoke } from '../client/client';
import { useApi } from '../client/queries';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * "Undo deleting “…”": reverts the newest change in a scope, one step per press; Ctrl+Z (⌘Z) does
 * the same when the focus is not in a field, where the browser's own undo belongs.
 */
export function UndoButton({
  countyId,
  scope,
  refreshes,
}: {
  countyId: number;
  scope: UndoScope;
  /** Queries showing the data undo changes. */
  refreshes: readonly Method[];
}) {
  const queryClient = useQueryClient();
  const last = useApi('history.lastChange', { countyId, scope });
  const [outcome, setOutcome] = useState('');
  const busy = useRef(false);
  const change = last.data ?? null;

  function undo(): void {
    if (!change || busy.current) return;
    busy.current = true;
    invoke('history.undo', { countyId, scope, eventId: change.eventId })
      .then(async ({ undone }) => {
        await Promise.all(
          ['history.lastChange', ...refreshes].map((key) =>
            queryClient.invalidateQueries({ queryKey: [key] }),
          ),
        );
        setOutcome(`Undone: ${undone}.`);
      })
      .catch(reportError)
      .finally(() => {
        busy.current = false;
      });
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key === 'z';
    if (!undoKey || typingIn(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    undo();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="undo">
      {change && (
        <button type="button" onClick={undo} aria-keyshortcuts="Control+Z">
          Undo {change.description}
        </button>
      )}
      <span role="status">{outcome}</span>
    </div>
  );
}
