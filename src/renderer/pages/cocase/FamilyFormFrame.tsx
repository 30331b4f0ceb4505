import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../components/form/FormProblems';
import type { FormProblems } from '../../components/form/useFormProblems';

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
  /** The summary's id: the form's useFormProblems focuses it on a refusal. */
  problemsId: string;
  problemsTitle: string;
  form: Pick<FormProblems<F>, 'ids' | 'errors'>;
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
      <ErrorSummary
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
