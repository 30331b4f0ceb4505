import type { FormEvent, ReactNode } from 'react';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import type { FormProblems } from '../../components/form/useFormProblems';

/** A family form named by its heading, in the one pattern for forms that save. */
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
  form: Pick<FormProblems<F>, 'ids' | 'errors' | 'general'>;
  labels: Record<F, string>;
  level?: 3 | 4;
  wide?: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <FormWithProblems
      className={wide ? 'form family-form family-form--wide' : 'form family-form'}
      labelledBy={labelledBy}
      problemsId={problemsId}
      problemsTitle={problemsTitle}
      form={form}
      labels={labels}
      level={level}
      onSubmit={onSubmit}
    >
      {children}
    </FormWithProblems>
  );
}
