import { Fragment, useState, type ReactNode } from 'react';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';

export interface PassphraseField {
  /** The input's field in the API call, so a refusal naming it lands beside it. */
  readonly name: string;
  readonly label: string;
  /** Browsers and password managers fill a current passphrase, and offer to keep a new one. */
  readonly autoComplete: 'current-password' | 'new-password';
  readonly hint?: string;
}

/**
 * One of the encryption forms, in the one pattern for refused saves: a summary at its top that
 * takes the keyboard, each problem a way to its field, and the message again beside the field.
 * `submit` resolves to null when the person thought better of it (a confirmation declined); its
 * success is said by the section, since encrypting swaps these forms for others.
 */
export function PassphraseForm({
  id,
  title,
  intro,
  fields,
  submitLabel,
  submit,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  fields: readonly PassphraseField[];
  submitLabel: string;
  submit: (values: Record<string, string>) => Promise<'done' | null>;
}) {
  const empty = () => Object.fromEntries(fields.map((field) => [field.name, '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const [working, setWorking] = useState(false);
  const fieldId = (name: string) => `${id}-${name}`;
  const fieldIds = Object.fromEntries(fields.map((field) => [field.name, fieldId(field.name)]));
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  const form = useFormProblems(fieldIds, () => undefined, `${id}-problems`);

  async function onSubmit(): Promise<void> {
    if (working) return;
    setWorking(true);
    const result = await form.save(
      () => submit(values),
      () => '',
    );
    setWorking(false);
    // A passphrase stays on screen no longer than it must.
    if (result === 'done') setValues(empty());
  }

  return (
    <>
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro}
      <FormWithProblems
        className="form"
        labelledBy={`${id}-heading`}
        problemsId={`${id}-problems`}
        problemsTitle={`${title}: there is a problem`}
        form={form}
        labels={labels}
        level={4}
        onSubmit={onSubmit}
      >
        {fields.map((field) => {
          const hintId = field.hint && `${fieldId(field.name)}-hint`;
          return (
            <Fragment key={field.name}>
              <label htmlFor={fieldId(field.name)}>{field.label}</label>
              {field.hint && (
                <p id={hintId} className="hint">
                  {field.hint}
                </p>
              )}
              <FieldError fieldId={fieldId(field.name)} message={form.errors[field.name]} />
              <input
                {...form.field(field.name, hintId)}
                type="password"
                autoComplete={field.autoComplete}
                spellCheck={false}
                value={values[field.name] ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  form.clearError(field.name);
                  setValues((now) => ({ ...now, [field.name]: value }));
                }}
              />
            </Fragment>
          );
        })}
        <div className="button-row">
          <button type="submit" className="primary">
            {working ? 'Working…' : submitLabel}
          </button>
        </div>
      </FormWithProblems>
    </>
  );
}
