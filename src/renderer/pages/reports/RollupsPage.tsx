import { useState, type FormEvent } from 'react';
import { sfyLabel } from '../../../core/fiscalCalendar';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { RowButton } from '../../components/RowActions';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf, navigate } from '../../navigation';
import { SfyPicker } from '../../components/SfyPicker';
import { useSfy } from '../../components/countyAndYear';
import { ReportsNav } from './ReportsNav';

/** The oversight committee's roll-ups: one per SFY (or per purpose), each open to late counties. */
export function RollupsPage() {
  const rollups = useApi('reports.listRollups', {});
  const { confirm, dialog } = useConfirm();
  const [sfy, setSfy] = useSfy();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const [outcome, setOutcome] = useState('');

  function create(event: FormEvent): void {
    event.preventDefault();
    setProblem('');
    invoke('reports.createRollup', { name, sfyStartYear: sfy })
      .then((made) => {
        navigate('reports', 'rollups', made.id);
      })
      .catch((error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
  }

  function remove(rollup: { id: number; name: string; counties: number }): void {
    void confirm(
      'Delete this roll-up?',
      <p>
        “{rollup.name}” and the {rollup.counties} county packages added to it will be removed from
        the Workbench. The package files themselves are not touched.
      </p>,
      'Delete roll-up',
    ).then(async (sure) => {
      if (!sure) return;
      try {
        await invoke('reports.deleteRollup', { rollupId: rollup.id });
        setOutcome(`Deleted “${rollup.name}”.`);
      } catch (error) {
        reportError(error);
      }
    });
  }

  return (
    <>
      <PageHeading>Statewide roll-ups</PageHeading>
      <ReportsNav current="rollups" />
      <p className="lead">
        For the oversight committee: add the report packages counties send, see the state’s picture
        by county and on a map, and export it. A roll-up stays here, so late counties can be added.
      </p>
      <section aria-labelledby="rollups-heading">
        <h2 id="rollups-heading">Roll-ups</h2>
        {rollups.data?.length === 0 && <p>No roll-up yet. Start one below.</p>}
        {rollups.data && rollups.data.length > 0 && (
          <TableScroll label="Roll-ups">
            <table className="data-table" data-testid="rollups-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">State fiscal year</th>
                  <th scope="col">Counties</th>
                  <th scope="col">Last change</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rollups.data.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <a href={hrefOf('reports', 'rollups', r.id)}>{r.name}</a>
                    </th>
                    <td>{sfyLabel({ startYear: r.sfyStartYear })}</td>
                    <td>{r.counties} of 58</td>
                    <td>{r.updatedAt.slice(0, 10)}</td>
                    <td>
                      <RowButton
                        rowName={r.name}
                        action="Delete"
                        onClick={() => remove(r)}
                        danger
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <form onSubmit={create} aria-labelledby="new-rollup-heading" className="form">
        <h2 id="new-rollup-heading">Start a roll-up</h2>
        <p>
          <label htmlFor="rollup-name">Name</label>{' '}
          <input
            id="rollup-name"
            value={name}
            maxLength={100}
            required
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'rollup-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </p>
        <p>
          <SfyPicker
            id="rollup-sfy"
            value={sfy}
            years={[sfy - 2, sfy - 1, sfy]}
            onChange={setSfy}
          />
        </p>
        <div role="alert">
          {problem && (
            <p id="rollup-name-error" className="field-error">
              {problem}
            </p>
          )}
        </div>
        <button type="submit">Start the roll-up</button>
      </form>
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}
