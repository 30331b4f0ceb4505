import { useRef, useState } from 'react';
import { ApiError } from '../../../api/errors';
import { localIsoDate } from '../../../core/isoDate';
import { reportError } from '../../alerts';
import { splitIssues } from './familyView';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export const today = (): string => localIsoDate(new Date());

/**
 * A date field holding a date half typed (the browser then reports its value as empty): true, so
 * the form asks for the rest rather than sending the date as left out.
 */
export function halfTypedDate(id: string): boolean {
  const input = document.getElementById(id);
  return input instanceof HTMLInputElement && input.validity.badInput;
}

/**
 * One form of the family page: its field errors, and saving. A save refetches the page and the
 * worklists before it is announced, so the tables already show what the message says. A refusal
 * naming the form's fields is shown at those fields, the keyboard on the first; anything else goes
 * to the app's alert. Called directly rather than as a mutation, so the alert does not repeat the
 * field messages; the draft is never touched on a refusal.
 */
export function useFamilyForm<F extends string>(
  fieldIds: Record<F, string>,
  announce: (message: string) => void,
) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const saving = useRef(false);
  const fields = Object.keys(fieldIds) as F[];

  function showErrors(found: FieldErrors<F>): void {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) document.getElementById(fieldIds[first])?.focus();
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

/** What useFamilyForm gives a form: the shared field pieces take it whole. */
export type FamilyForm<F extends string> = ReturnType<typeof useFamilyForm<F>>;
