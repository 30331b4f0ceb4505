import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { UNDOABLE_DATA } from '../../api/contractTypes';
import type { UndoScope } from '../../api/system/history.contract';
import { reportError } from '../alerts';
import { invoke } from '../client/client';
import { mayCall, useSignedInUser } from '../client/permissions';
import { useApi } from '../client/queries';
import { refreshChanged } from '../client/queryClient';
import { useConfirm } from './ConfirmDialog';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * "Undo deleting “…”" and "Redo …": undo reverts the newest change of the page's own records (its
 * scope), one step per press, asking first when the change touched many records (an import);
 * redo makes the newest undone change again, until a new change is made in the scope. Ctrl+Z (⌘Z)
 * undoes and Ctrl+Shift+Z or Ctrl+Y redoes when the focus is not in a field, where the browser's
 * own undo belongs. The buttons stay (disabled) when there is nothing to do, so the keyboard focus
 * is not lost with them.
 */
export function UndoButton(props: Parameters<typeof UndoButtons>[0]) {
  // Those who only read a page have nothing of theirs to undo there.
  return mayCall(useSignedInUser().data, 'history.undo', props.countyId) ? (
    <UndoButtons {...props} />
  ) : null;
}

function UndoButtons({
  countyId,
  scope,
  onUndone,
}: {
  countyId: number;
  scope: UndoScope;
  /** E.g. close an edit form whose record the undo (or redo) changed or removed. */
  onUndone?: () => void;
}) {
  const last = useApi('history.lastChange', { countyId, scope });
  const lastUndone = useApi('history.lastUndone', { countyId, scope });
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState('');
  const busy = useRef(false);
  // A colleague's newest change is theirs to undo (shared server): named, not offered.
  const newest = last.data ?? null;
  const newestUndone = lastUndone.data ?? null;
  const change = newest?.yours ? newest : null;
  const undone = newestUndone?.yours ? newestUndone : null;

  function settle(work: Promise<string>): void {
    work
      .then((said) => {
        // '' when the user said no: nothing changed, so the page stays as it is.
        if (said !== '') onUndone?.();
        setOutcome(said);
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

  /** A change of many records (an import) is undone or redone only once the user says so. */
  function askIfMany(
    what: 'Undo' | 'Redo',
    step: { description: string; records: number },
  ): Promise<boolean> {
    if (step.records <= 1) return Promise.resolve(true);
    const count = step.records.toLocaleString('en-US');
    return confirm(
      `${what} ${step.description}?`,
      what === 'Undo'
        ? `This changes ${count} records at once. Redo puts them back, until a new change is made here.`
        : `This changes ${count} records at once. Undo takes them away again.`,
      what,
    );
  }

  function undo(): void {
    if (!change || busy.current) return;
    busy.current = true;
    settle(
      askIfMany('Undo', change).then(async (yes) => {
        if (!yes) return '';
        const { undone: said } = await invoke('history.undo', {
          countyId,
          scope,
          eventId: change.eventId,
        });
        return `Undone: ${said}.`;
      }),
    );
  }

  function redo(): void {
    if (!undone || busy.current) return;
    busy.current = true;
    settle(
      askIfMany('Redo', undone).then(async (yes) => {
        if (!yes) return '';
        const { redone } = await invoke('history.redo', {
          countyId,
          scope,
          eventId: undone.eventId,
        });
        return `Redone: ${redone}.`;
      }),
    );
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const undoKey = !event.shiftKey && key === 'z';
    const redoKey = (event.shiftKey && key === 'z') || (!event.shiftKey && key === 'y');
    if (!(undoKey || redoKey) || typingIn(event.target) || document.querySelector('dialog[open]')) {
      return;
    }
    event.preventDefault();
    if (undoKey) undo();
    else redo();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="undo">
      <button type="button" onClick={undo} disabled={!change} aria-keyshortcuts="Control+Z Meta+Z">
        {change
          ? `Undo ${change.description}`
          : newest
            ? `Last change by ${newest.by}`
            : 'Nothing to undo'}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!undone}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        {undone
          ? `Redo ${undone.description}`
          : newestUndone
            ? `Undone by ${newestUndone.by}`
            : 'Nothing to redo'}
      </button>
      <span role="status">{outcome}</span>
      {dialog}
    </div>
  );
}
