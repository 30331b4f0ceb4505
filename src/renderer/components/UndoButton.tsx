import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { UNDOABLE_DATA } from '../../api/contractTypes';
import type { UndoScope } from '../../api/system/history.contract';
import { reportError } from '../alerts';
import { invoke } from '../client/client';
import { useApi } from '../client/queries';
import { refreshChanged } from '../client/queryClient';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * "Undo deleting “…”": reverts the newest change in a scope, one step per press; Ctrl+Z (⌘Z) does
 * the same when the focus is not in a field, where the browser's own undo belongs. The button
 * stays (disabled) when nothing is left, so the keyboard focus is not lost with it.
 */
export function UndoButton({
  countyId,
  scope,
  onUndone,
}: {
  countyId: number;
  scope: UndoScope;
  /** E.g. close an edit form whose record the undo changed or removed. */
  onUndone?: () => void;
}) {
  const last = useApi('history.lastChange', { countyId, scope });
  const [outcome, setOutcome] = useState('');
  const busy = useRef(false);
  const change = last.data ?? null;

  function undo(): void {
    if (!change || busy.current) return;
    busy.current = true;
    invoke('history.undo', { countyId, scope, eventId: change.eventId })
      .then(({ undone }) => {
        onUndone?.();
        setOutcome(`Undone: ${undone}.`);
      })
      .catch((error: unknown) => {
        reportError(error);
        // Refused because something else changed first: show that, and what undo would revert now.
        void refreshChanged(UNDOABLE_DATA);
      })
      .finally(() => {
        busy.current = false;
      });
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const undoKey =
      (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
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
      <button type="button" onClick={undo} disabled={!change} aria-keyshortcuts="Control+Z Meta+Z">
        {change ? `Undo ${change.description}` : 'Nothing to undo'}
      </button>
      <span role="status">{outcome}</span>
    </div>
  );
}
