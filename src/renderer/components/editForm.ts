import { useEffect, useState, type RefObject } from 'react';
import { useFormProblems } from './form/useFormProblems';

/** An add-or-edit form below a table: it adds a row, or edits the one loaded into it. */
export interface EditFormProps<Row> {
  countyId: number;
  editing: Row | null;
  /** After an edit is saved, with what to announce beside the table the keyboard goes back to. */
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
 * Saving an add-or-edit form, in the one pattern for refused saves (useFormProblems: a summary at
 * the form's top that takes the keyboard). An add is announced at the form (`outcome`), where the
 * person is still looking, and the form clears for the next entry; an edit is announced through
 * `onSaved`, beside the table the keyboard goes back to. The tables showing the change are
 * refetched before either is said.
 */
export function useEditForm<F extends string>({
  fieldIds,
  summaryId,
  editing,
  reset,
  onSaved,
}: {
  fieldIds: Record<F, string>;
  summaryId: string;
  editing: boolean;
  reset: () => void;
  onSaved: (message: string) => void;
}) {
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems(fieldIds, setOutcome, summaryId);

  async function save<Saved>(
    request: () => Promise<Saved>,
    message: (saved: Saved) => string,
  ): Promise<void> {
    const saved = await form.save(request, (done) => (editing ? '' : message(done)));
    if (saved === null) return;
    if (editing) onSaved(message(saved));
    else reset();
  }

  return { form, outcome, save };
}
