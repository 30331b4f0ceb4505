import { Fragment } from 'react';
import {
  LEDGER_FIELD_LABELS,
  LEDGER_FIELDS,
  REQUIRED_LEDGER_FIELDS,
  type ColumnMapping,
  type LedgerField,
  type MappingProblem,
} from '../../../../core/fiscal/import/mapping';

const NOT_IN_FILE = '(not in this file)';

const selectId = (field: LedgerField) => `import-map-${field}`;
const errorId = (field: LedgerField) => `import-map-${field}-error`;

function focusField(field: LedgerField): void {
  document.getElementById(selectId(field))?.focus();
}

/**
 * Step 2. Every ledger field gets a select of the file's headers. The mapping is saved for the
 * county when an import succeeds, so next month's export arrives mapped.
 */
export function MappingStep({
  countyName,
  carriedFrom,
  headers,
  mapping,
  problems,
  disabled,
  onMap,
}: {
  countyName: string;
  /** The earlier file whose mapping, chosen on this page, this file keeps. */
  carriedFrom: string | null;
  headers: readonly string[];
  mapping: ColumnMapping | null;
  problems: readonly MappingProblem[];
  disabled: boolean;
  onMap: (field: LedgerField, header: string) => void;
}) {
  // A blank header cannot be named in a mapping; a repeated one is offered once (and refused by
  // the mapping check, which says to rename it).
  const choices = [...new Set(headers.map((header) => header.trim()).filter(Boolean))];
  return (
    <section aria-labelledby="import-map-heading">
      <h2 id="import-map-heading">2. Map columns</h2>
      {!mapping ? (
        <p className="hint">Choose a file first; its column headings appear here.</p>
      ) : (
        <>
          <p className="hint">
            For each ledger field, choose the column of your file that holds it. Fields marked
            required must be mapped. Once this import succeeds, {countyName} County&apos;s next
            import starts from this mapping.
          </p>
          {carriedFrom && (
            <p className="hint">The columns are mapped as you chose for “{carriedFrom}”.</p>
          )}
          {problems.length > 0 && (
            <div className="error-summary" role="group" aria-labelledby="import-map-problems">
              <h3 id="import-map-problems">
                The column mapping needs {problems.length === 1 ? 'a change' : 'changes'}
              </h3>
              <ul>
                {problems.map((problem, index) => (
                  <li key={index}>
                    {problem.message}{' '}
                    {problem.field && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => problem.field && focusField(problem.field)}
                      >
                        Go to {LEDGER_FIELD_LABELS[problem.field]}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="form form--grid import-mapping">
            {LEDGER_FIELDS.map((field) => {
              const mapped = mapping[field] ?? '';
              const required = REQUIRED_LEDGER_FIELDS.includes(field);
              const own = problems.filter((problem) => problem.field === field);
              const options = mapped && !choices.includes(mapped) ? [...choices, mapped] : choices;
              return (
                <Fragment key={field}>
                  <label htmlFor={selectId(field)}>
                    {LEDGER_FIELD_LABELS[field]}
                    {required && ' (required)'}
                  </label>
                  <select
                    id={selectId(field)}
                    value={mapped}
                    disabled={disabled}
                    aria-invalid={own.length > 0 ? true : undefined}
                    aria-describedby={own.length > 0 ? errorId(field) : undefined}
                    onChange={(event) => onMap(field, event.currentTarget.value)}
                  >
                    <option value="">{NOT_IN_FILE}</option>
                    {options.map((header) => (
                      <option key={header} value={header}>
                        {choices.includes(header) ? header : `${header} (missing from this file)`}
                      </option>
                    ))}
                  </select>
                  {own.length > 0 && (
                    <p id={errorId(field)} className="field-error form__hint">
                      {own.map((problem) => problem.message).join(' ')}
                    </p>
                  )}
                </Fragment>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
