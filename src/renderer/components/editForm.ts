import { useEffect, type RefObject } from 'react';
import { reportError } from '../alerts';
import { focusField } from './formFocus';

/** An add-or-edit form below a table: it adds a row, or edits the one loaded into it. */
export interface EditFormProps<Row> {
  countyId: number;
  editing: Row | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * Edit moves the keyboard into the form, where the row now is: each time `loaded` changes to
 * something other than null. A page that derives the row from fetched data passes its id, so a
 * refetch bringing a fresh copy of the row does not pull the keyboard back in.
 */
export function useFocusOnEdit(first: RefObject<HTMLElement | null>, loaded: unknown): void {
  useEffect(() => {
    if (loaded !== null) first.current?.focus();
  }, [first, loaded]);
}

/**
 * Saving an add-or-edit form: an add form clears for the next entry, the tables showing the change
 * are refetched before it is announced, and a refusal puts the keyboard on the field it names.
 */
export function useSaveForm({
  adding,
  reset,
  fieldIds,
  onSaved,
}: {
  adding: boolean;
  reset: () => void;
  fieldIds: Record<string, string>;
  onSaved: (message: string) => void;
}) {
  return function save<Saved>(request: Promise<Saved>, message: (saved: Saved) => string): void {
    request
      .then((saved) => {
        if (adding) reset();
        onSaved(message(saved));
      })
      .catch((error: unknown) => {
        reportError(error);
        focusField(error, fieldIds);
      });
  };
}
