import { useEffect, useRef, useState } from 'react';
import { ApiError, type FieldIssue } from '../../../api/errors';
import { reportError } from '../../alerts';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The service's issues on the form's fields, by field (the first message of each), and the rest
 * (the input as a whole, fields the form does not have) as messages for the app's alert.
 */
export function splitIssues<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
): { onFields: Partial<Record<F, string>>; elsewhere: string[] } {
  const onFields: Partial<Record<F, string>> = {};
  const elsewhere: string[] = [];
  for (const issue of issues) {
    const field = fields.find((f) => f === issue.path);
    if (field === undefined) elsewhere.push(issue.message);
    else onFields[field] ??= issue.message;
  }
  return { onFields, elsewhere };
}

/** A refusal that is no one field's: the words the form's summary shows for it. */
function wordsOf(error: unknown, elsewhere: readonly string[]): string[] {
  if (elsewhere.length > 0) return [...elsewhere];
  return [error instanceof Error ? error.message : String(error)];
}

/**
 * One form's problems, and saving it: the one pattern every form follows. A save refetches what
 * it changed before it is announced, so the tables already show what the message says. A refusal
 * is shown at the top of the form (ErrorSummary, which takes the keyboard, `summaryId`): each
 * problem naming a field of the form also beside that field, the rest (the form as a whole, e.g.
 * "a match run is working") as plain words, since the app's alert at the top of the page may be
 * out of sight. A save from an older copy of a record (Stale) still goes to the app's alert, which
 * offers Reload. Called directly rather than as a mutation, so nothing is said twice; the draft
 * is never touched on a refusal. Without a summary, the keyboard goes to the first field instead,
 * and words for the form as a whole go to the app's alert.
 */
export function useFormProblems<F extends string>(
  fieldIds: Record<F, string>,
  announce: (message: string) => void,
  summaryId?: string,
) {
  const [errors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<readonly string[]>([]);
  const saving = useRef(false);
  const fields = Object.keys(fieldIds) as F[];
  // Counts the refusals shown: each one takes the keyboard to the summary once it is rendered
  // (an effect runs after the commit that puts the summary on the page, whenever React makes it).
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0 && summaryId) document.getElementById(summaryId)?.focus();
  }, [refusals, summaryId]);

  /** Clears (or sets) the field messages, and the form's words with them. */
  function setErrors(found: FieldErrors<F>): void {
    setFieldErrors(found);
    setGeneral([]);
  }

  /** A refusal, the service's or the form's own check: `wholeForm` is no one field's. */
  function showErrors(found: FieldErrors<F>, wholeForm: readonly string[] = []): void {
    setFieldErrors(found);
    const first = fields.find((field) => found[field]);
    if (summaryId) {
      setGeneral(wholeForm);
      if (first || wholeForm.length > 0) setRefusals((count) => count + 1);
      return;
    }
    setGeneral([]);
    if (wholeForm.length > 0) reportError(new Error(wholeForm.join(' ')));
    if (first) document.getElementById(fieldIds[first])?.focus();
  }

  function clearError(field: F): void {
    setFieldErrors((current) =>
      field in current
        ? (Object.fromEntries(
            Object.entries(current).filter(([key]) => key !== field),
          ) as FieldErrors<F>)
        : current,
    );
  }

  async function save<T>(request: () => Promise<T>, message: (saved: T) => string) {
    if (saving.current) return null;
    saving.current = true;
    // Cleared first, so the same words after the next save are announced again.
    announce('');
    try {
      const saved = await request();
      setErrors({});
      announce(message(saved));
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'Stale') {
        reportError(error);
        return null;
      }
      const issues = error instanceof ApiError ? error.issues : [];
      const { onFields, elsewhere } = splitIssues(issues, fields);
      if (Object.keys(onFields).length === 0) showErrors({}, wordsOf(error, elsewhere));
      else showErrors(onFields, elsewhere);
      return null;
    } finally {
      saving.current = false;
    }
  }

  /** A field's id, and its error message tied to it while there is one. */
  function field(name: F, hintId?: string) {
    const described = [hintId, errors[name] && `${fieldIds[name]}-error`].filter(Boolean);
    return {
      id: fieldIds[name],
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
    };
  }

  return { ids: fieldIds, errors, general, setErrors, showErrors, clearError, save, field };
}

/** What useFormProblems gives a form: the shared field pieces take it whole. */
export type FormProblems<F extends string> = ReturnType<typeof useFormProblems<F>>;
