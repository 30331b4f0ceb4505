import type { FieldErrors } from './useFormProblems';

/** The service's word on one field, beside it; the field names it in aria-describedby. */
export function FieldError({ fieldId, message }: { fieldId: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${fieldId}-error`} className="field-error">
      {message}
    </p>
  );
}

/**
 * The keyboard to the field, with the field and its message (under it) in the middle of the view:
 * focusing alone scrolls only until the field's edge shows, leaving its message below the fold.
 */
function goTo(fieldId: string): void {
  const field = document.getElementById(fieldId);
  field?.focus({ preventScroll: true });
  (document.getElementById(`${fieldId}-error`) ?? field)?.scrollIntoView({ block: 'center' });
}

/**
 * Every problem of a refused form at its top, where the keyboard is taken (useFormProblems focuses
 * it by `id`), each a way to its field, as the U.S. and UK government design systems do: the
 * person sees what went wrong where they are looking, and one Tab and Enter reach each field.
 * Words for the form as a whole (`general`, e.g. "a match run is working") come first, unlinked.
 */
export function ErrorSummary<F extends string>({
  id,
  title,
  errors,
  fieldIds,
  labels,
  general = [],
  level = 3,
}: {
  id: string;
  title: string;
  errors: FieldErrors<F>;
  fieldIds: Record<F, string>;
  labels: Record<F, string>;
  general?: readonly string[];
  level?: 2 | 3 | 4;
}) {
  const fields = (Object.keys(fieldIds) as F[]).filter((field) => errors[field]);
  if (fields.length === 0 && general.length === 0) return null;
  const Heading = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
  return (
    <div
      id={id}
      className="error-summary"
      role="group"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <Heading id={`${id}-title`} className="error-summary__title">
        {title}
      </Heading>
      <ul>
        {general.map((words) => (
          <li key={words}>{words}</li>
        ))}
        {fields.map((field) => (
          <li key={field}>
            {labels[field]}: {errors[field]}{' '}
            <button type="button" className="link" onClick={() => goTo(fieldIds[field])}>
              Go to {labels[field]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
