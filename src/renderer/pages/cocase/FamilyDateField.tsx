import type { ComponentProps } from 'react';
import type { FormProblems } from '../../components/form/useFormProblems';
import { FieldError } from '../../components/form/FormProblems';

/**
 * A date field of a family form: its label, the date input, a hint under it if it has one, and
 * the service's word on it. The value is the browser's: yyyy-mm-dd, or empty (also while half
 * typed, which halfTypedDate tells).
 */
export function FamilyDateField<F extends string>({
  form,
  name,
  label,
  hint,
  value,
  onChange,
  ...input
}: {
  form: Pick<FormProblems<F>, 'ids' | 'errors' | 'field'>;
  name: F;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
} & Pick<ComponentProps<'input'>, 'ref' | 'required' | 'min' | 'onKeyDown'>) {
  const id = form.ids[name];
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        {...form.field(name, hintId)}
        {...input}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError fieldId={id} message={form.errors[name]} />
    </>
  );
}
