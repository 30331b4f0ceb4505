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

/**
 * One form's problems, and saving it: the one pattern every form follows. A save refetches what
 * it changed before it is announced, so the tables already show what the message says. A refusal
 * naming the form's fields is shown at the top of the form (ErrorSummary, which takes the
 * keyboard, `summaryId`) and beside each field; anything else goes to the app's alert. Called
 * directly rather than as a mutation, so the alert does not repeat the field messages; the draft
 * is never touched on a refusal. Without a summary, the keyboard goes to the first field instead.
 */
export function useFormProblems<F extends string>(
  fieldIds: Record<F, string>,
  announce: (message: string) => void,
  summaryId?: string,
) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const saving = useRef(false);
  const fields = Object.keys(fieldIds) as F[];
  // Counts the refusals shown: each one takes the keyboard to the summary once it is rendered
  // (an effect runs after the commit that puts the summary on the page, whenever React makes it).
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0 && summaryId) document.getElementById(summaryId)?.focus();
  }, [refusals, summaryId]);

  function showErrors(found: FieldErrors<F>): void {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (!first) return;
    if (summaryId) setRefusals((count) => count + 1);
    else document.getElementById(fieldIds[first])?.focus();
  }

  function clearError(field: F): void {
    setErrors((current) =>
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
      const issues = error instanceof ApiError ? error.issues : [];
      const { onFields, elsewhere } = splitIssues(issues, fields);
      if (Object.keys(onFields).length === 0) {
        reportError(error);
      } else {
        showErrors(onFields);
        if (elsewhere.length > 0) reportError(new Error(elsewhere.join(' ')));
      }
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

  return { ids: fieldIds, errors, setErrors, showErrors, clearError, save, field };
}

/** What useFormProblems gives a form: the shared field pieces take it whole. */
export type FormProblems<F extends string> = ReturnType<typeof useFormProblems<F>>;
