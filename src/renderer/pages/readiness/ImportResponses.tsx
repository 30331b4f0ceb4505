import { useRef, useState, type FormEvent } from 'react';
import { ApiError, type FieldIssue } from '../../../api/errors';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { fileAsBase64 } from '../../client/files';
import { useApiMutation } from '../../client/queries';
import { ExampleFiles } from '../../components/ExampleFiles';

/** Blank template out, filled template in: all rows or none, every problem listed by cell. */
export function ImportResponses({ roundId }: { roundId: number }) {
  const importFile = useApiMutation('readiness.importResponses');
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly FieldIssue[]>([]);
  const [outcome, setOutcome] = useState('');

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setProblems([]);
    if (!file) {
      setOutcome('Choose a filled template first.');
      return;
    }
    setOutcome('Checking every cell…');
    const bytesBase64 = await fileAsBase64(file);
    importFile.mutate(
      { roundId, fileName: file.name, bytesBase64 },
      {
        onSuccess: ({ added }) => {
          setOutcome(
            `Imported ${added} ${added === 1 ? 'respondent' : 'respondents'} from ${file.name}.`,
          );
          if (input.current) input.current.value = '';
        },
        onError: (error) => {
          setOutcome(`Nothing was imported from ${file.name}.`);
          if (error instanceof ApiError) setProblems(error.issues);
        },
      },
    );
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import responses from a workbook</h2>
      <p>
        Hand out the blank template, then import the filled copies. Every cell is checked first; if
        any is wrong, nothing is imported and each problem is listed below.
      </p>
      <ExampleFiles
        what="response workbook"
        template={() => invoke('readiness.exportTemplate', { roundId })}
        sample={() => invoke('readiness.exportSample', { roundId })}
      >
        The sample is this round’s template filled with made-up answers of a few anonymous
        respondents, for trying the import in a trial round (the demo county’s open round, say),
        never a real one: they would count as your staff’s answers.
      </ExampleFiles>
      <form className="form" onSubmit={(event) => submit(event).catch(reportError)}>
        <label htmlFor="import-file">Filled template (.xlsx)</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <div className="button-row">
          <button type="submit" className="primary" disabled={importFile.isPending}>
            Import responses
          </button>
        </div>
      </form>
      <p role="status">{outcome}</p>
      {problems.length > 0 && (
        <>
          <h3 id="import-problems">Problems in the file ({problems.length})</h3>
          <ul aria-labelledby="import-problems" className="problems">
            {problems.map((problem, index) => (
              <li key={index}>
                <strong>{problem.path}</strong>: {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
