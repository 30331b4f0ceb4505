import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, type FieldIssue } from '../../../api/errors';

export interface PassphraseField {
  /** The input's field in the API call, so a refusal naming it lands beside it. */
  readonly name: string;
  readonly label: string;
  /** Browsers and password managers fill a current passphrase, and offer to keep a new one. */
  readonly autoComplete: 'current-password' | 'new-password';
  readonly hint?: string;
}

/**
 * One of the encryption forms. A refusal shows at this form: a summary at its top, each problem
 * linked to its field, and the message again beside the field; the keyboard goes to the summary.
 * `submit` resolves to null when the person thought better of it (a confirmation declined).
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
  const [problem, setProblem] = useState<{ message: string; issues: readonly FieldIssue[] } | null>(
    null,
  );
  const [working, setWorking] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fieldId = (name: string) => `${id}-${name}`;
  const issueAt = (name: string) => problem?.issues.find((issue) => issue.path === name);

  // Once the summary is on screen, the keyboard goes to it: each refusal, even the same one again.
  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);

  async function onSubmit(): Promise<void> {
    if (working) return;
    setWorking(true);
    try {
      if ((await submit(values)) === 'done') {
        // A passphrase stays on screen no longer than it must.
        setValues(empty());
        setProblem(null);
      }
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues : [];
      setProblem({ message: error instanceof Error ? error.message : String(error), issues });
    } finally {
      setWorking(false);
    }
  }

  const known = problem?.issues.filter((issue) => fields.some((f) => f.name === issue.path)) ?? [];
  return (
    <form
      className="form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro}
      {problem && (
        <div
          ref={summary}
          className="error-summary"
          tabIndex={-1}
          aria-labelledby={`${id}-problem`}
          data-testid={`${id}-problem`}
        >
          <h4 id={`${id}-problem`}>There is a problem</h4>
          {known.length > 0 ? (
            <ul>
              {known.map((issue) => (
                <li key={issue.path}>
                  <a
                    href={`#${fieldId(issue.path)}`}
                    onClick={(event) => {
                      // The address holds the page's route: move the keyboard, not the hash.
                      event.preventDefault();
                      document.getElementById(fieldId(issue.path))?.focus();
                    }}
                  >
                    {issue.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{problem.message}</p>
          )}
        </div>
      )}
      {fields.map((field) => {
        const issue = issueAt(field.name);
        const described = [
          field.hint && `${fieldId(field.name)}-hint`,
          issue && `${fieldId(field.name)}-error`,
        ].filter(Boolean);
        return (
          <Fragment key={field.name}>
            <label htmlFor={fieldId(field.name)}>{field.label}</label>
            {field.hint && (
              <p id={`${fieldId(field.name)}-hint`} className="hint">
                {field.hint}
              </p>
            )}
            {issue && (
              <p id={`${fieldId(field.name)}-error`} className="field-error">
                {issue.message}
              </p>
            )}
            <input
              id={fieldId(field.name)}
              type="password"
              autoComplete={field.autoComplete}
              spellCheck={false}
              value={values[field.name] ?? ''}
              aria-invalid={issue ? true : undefined}
              aria-describedby={described.length > 0 ? described.join(' ') : undefined}
              onChange={(event) => {
                const value = event.target.value;
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
    </form>
  );
}
