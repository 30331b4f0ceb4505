import type { FormEvent, ReactNode, Ref } from 'react';
import { ErrorSummary } from './FormProblems';
import type { FormProblems } from './useFormProblems';

/**
 * A form that saves, in the one pattern: the browser's own checks off (its bubbles vanish on the
 * next key and are not read as the form's words; the form says what is wrong itself), and after a
 * refusal every problem at its top, above the fields, where useFormProblems puts the keyboard.
 */
export function FormWithProblems<F extends string>({
  problemsId,
  problemsTitle,
  form,
  labels,
  level = 3,
  className = 'form form--grid',
  labelledBy,
  formRef,
  onSubmit,
  children,
}: {
  /** The summary's id: the form's useFormProblems focuses it on a refusal. */
  problemsId: string;
  problemsTitle: string;
  form: Pick<FormProblems<F>, 'ids' | 'errors' | 'general'>;
  labels: Record<F, string>;
  level?: 2 | 3 | 4;
  className?: string;
  labelledBy?: string;
  formRef?: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent) => unknown;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className={className}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(event);
      }}
    >
      <ErrorSummary
        id={problemsId}
        title={problemsTitle}
        errors={form.errors}
        general={form.general}
        fieldIds={form.ids}
        labels={labels}
        level={level}
      />
      {children}
    </form>
  );
}
