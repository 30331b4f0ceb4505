import { useState } from 'react';
import { sfyLabel } from '../../../core/fiscalCalendar';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { PageHeading } from '../../components/PageHeading';
import { RowButton } from '../../components/RowActions';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf, navigate } from '../../navigation';
import { SfyPicker } from '../../components/SfyPicker';
import { useSfy } from '../../components/countyAndYear';
import { ReportsNav } from './ReportsNav';
import { formatDate } from '../../components/format';

const FIELD_IDS = { name: 'rollup-name', sfyStartYear: 'rollup-sfy' };
const LABELS = { name: 'Name', sfyStartYear: 'State fiscal year' };

/** The oversight committee's roll-ups: one per SFY (or per purpose), each open to late counties. */
export function RollupsPage() {
  const rollups = useApi('reports.listRollups', {});
  const { confirm, dialog } = useConfirm();
  const [sfy, setSfy] = useSfy();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState('');
  const [started, setStarted] = useState('');
  const form = useFormProblems(FIELD_IDS, setStarted, 'new-rollup-problems');

  async function create(): Promise<void> {
    const made = await form.save(
      () => invoke('reports.createRollup', { name, sfyStartYear: sfy }),
      (rollup) => `Started “${rollup.name}”.`,
    );
    // Its own page is where the county packages are added.
    if (made) navigate('reports', 'rollups', made.id);
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
                    <td>{formatDate(r.updatedAt)}</td>
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
      <section aria-labelledby="new-rollup-heading">
        <h2 id="new-rollup-heading">Start a roll-up</h2>
        <FormWithProblems
          className="form"
          labelledBy="new-rollup-heading"
          problemsId="new-rollup-problems"
          problemsTitle="The roll-up was not started"
          form={form}
          labels={LABELS}
          onSubmit={create}
        >
          <label htmlFor={FIELD_IDS.name}>{LABELS.name}</label>
          <input
            {...form.field('name')}
            value={name}
            maxLength={100}
            required
            onChange={(e) => {
              form.clearError('name');
              setName(e.target.value);
            }}
          />
          <FieldError fieldId={FIELD_IDS.name} message={form.errors.name} />
          <p>
            <SfyPicker
              id={FIELD_IDS.sfyStartYear}
              value={sfy}
              years={[sfy - 2, sfy - 1, sfy]}
              onChange={setSfy}
            />
          </p>
          <FieldError fieldId={FIELD_IDS.sfyStartYear} message={form.errors.sfyStartYear} />
          <div className="button-row">
            <button type="submit">Start the roll-up</button>
            <span role="status">{started}</span>
          </div>
        </FormWithProblems>
      </section>
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}
