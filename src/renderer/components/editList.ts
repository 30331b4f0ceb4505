import { useRef } from 'react';
import { reportError } from '../alerts';
import { returnFocus } from './formFocus';

/**
 * A table whose rows are edited in the form below it. Edit remembers the button that opened the
 * form, and leaving the form (saved or cancelled) puts the keyboard back on it. A change made from
 * the table is announced only once the tables showing it are refetched, so what is said is what
 * the screen shows.
 */
export function useEditList<Row extends { readonly id: number }>({
  editing,
  setEditing,
  announce,
}: {
  editing: Row | null;
  setEditing: (row: Row | null) => void;
  announce: (message: string) => void;
}) {
  const opener = useRef<Element | null>(null);

  function startEdit(row: Row): void {
    opener.current = document.activeElement;
    announce('');
    setEditing(row);
  }

  function stopEdit(): void {
    setEditing(null);
    returnFocus(opener.current);
  }

  /** `ask` is the user's answer, or true for a change that loses nothing and so is not asked. */
  function change(ask: Promise<boolean> | true, apply: () => Promise<string>): void {
    Promise.resolve(ask)
      .then(async (sure) => {
        if (!sure) return;
        const message = await apply();
        announce(message);
      })
      .catch(reportError);
  }

  /** Deleting the row in the form closes the form too: nothing is left to save. */
  function remove(
    row: Row,
    ask: Promise<boolean>,
    deleteRow: () => Promise<unknown>,
    message: string,
  ): void {
    change(ask, async () => {
      await deleteRow();
      if (editing?.id === row.id) setEditing(null);
      return message;
    });
  }

  /** The form's props, but its key: React wants a key written out, not spread. */
  const formProps = {
    editing,
    onSaved: (message: string) => {
      announce(message);
      if (editing) stopEdit();
    },
    onCancel: stopEdit,
  };

  return { startEdit, change, remove, formProps };
}
