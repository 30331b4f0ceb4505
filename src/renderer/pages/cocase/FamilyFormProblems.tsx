import type { FormEvent, ReactNode } from 'react';
import type { FamilyForm, FieldErrors } from './familyForm';

/** The service's word on one field, under it; the field names it in aria-describedby. */
export function FamilyFieldError({ fieldId, message }: { fieldId: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${fieldId}-error`} className="field-error">
      {message}
    </p>
  );
}

/**
 * Every problem of a refused form at its top, each with a way to its field, so a long form's
 * problems are seen together. The keyboard is already on the first field; this is the overview.
 */
export function FamilyProblemSummary<F extends string>({
  id,
  title,
  errors,
  fieldIds,
  labels,
  level = 3,
}: {
  id: string;
  title: string;
  errors: FieldErrors<F>;
  fieldIds: Record<F, string>;
  labels: Record<F, string>;
  level?: 3 | 4;
}) {
  const fields = (Object.keys(fieldIds) as F[]).filter((field) => errors[field]);
  if (fields.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="error-summary" role="group" aria-labelledby={id}>
      <Heading id={id} className="family-problems__title">
        {title}
      </Heading>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            {labels[field]}: {errors[field]}{' '}
            <button
              type="button"
              className="link"
              onClick={() => document.getElementById(fieldIds[field])?.focus()}
            >
              Go to {labels[field]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A family form named by its heading: the browser's own checks off (the form says what is wrong
 * itself), and after a refusal every problem at its top, above the fields.
 */
export function FamilyFormFrame<F extends string>({
  labelledBy,
  problemsId,
  problemsTitle,
  form,
  labels,
  level = 4,
  wide = false,
  onSubmit,
  children,
}: {
  labelledBy: string;
  problemsId: string;
  problemsTitle: string;
  form: Pick<FamilyForm<F>, 'ids' | 'errors'>;
  labels: Record<F, string>;
  level?: 3 | 4;
  wide?: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <form
      className={wide ? 'form family-form family-form--wide' : 'form family-form'}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <FamilyProblemSummary
        id={problemsId}
        title={problemsTitle}
        errors={form.errors}
        fieldIds={form.ids}
        labels={labels}
        level={level}
      />
      {children}
    </form>
  );
}
