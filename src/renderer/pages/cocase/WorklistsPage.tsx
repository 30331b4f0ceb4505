import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Input } from '../../../api/contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { CocaseNav } from './CocaseNav';
import { OPEN_BARRIERS, REVIEWS, WITHOUT_PLAN } from './WorklistColumns';
import { WorklistSection } from './WorklistSection';
import {
  EmptyCaseloadNotice,
  useWorklistScope,
  WorklistScopeChoice,
  type WorklistScope,
} from './WorklistScope';
import { WorklistSettingsRow } from './WorklistSettings';
import { emptyMessages, readDays, type WorklistSettings } from './worklistsView';

/** #/cocase/worklists: what co-case work needs doing next, family by family. */
export function WorklistsPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <PageHeading>Co-case worklists</PageHeading>
      <CocaseNav current="worklists" />
      <p className="lead">
        Tracking ongoing co-case management requires special actions. These lists show the joint
        reviews coming due or overdue, the families still waiting for a coordinated plan, and the
        barriers open longest. Only case numbers are shown, never names.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its worklists.</p>
      )}
      {county && <WorklistsBoard key={county.id} countyId={county.id} />}
    </>
  );
}

function WorklistsBoard({ countyId }: { countyId: number }) {
  const [settings, setSettings] = useState<WorklistSettings>({
    dueWithinDays: 14,
    planWithinDays: 30,
  });
  const offered = useWorklistScope(countyId);
  const [chosen, setChosen] = useState<WorklistScope | null>(null);
  const scope = chosen ?? offered.scope;
  // The caseload is narrowed by the service, so the workbook below holds the same families.
  const input: Input<'cocase.worklists'> = { countyId, ...settings, mine: scope === 'mine' };
  // The same key as useApi's, so recording a meeting or a barrier refreshes these lists. New
  // settings keep the lists, their filters and their sort on screen until the new rows arrive.
  const lists = useQuery({
    queryKey: ['cocase.worklists', input],
    queryFn: () => invoke('cocase.worklists', input),
    placeholderData: keepPreviousData,
  });
  const empty = emptyMessages(settings);
  // The row passes on only settings the service takes; while a number typed there is not one, the
  // lists keep the last good ones, and a workbook of those would not be what the fields say.
  const [typedValid, setTypedValid] = useState(true);

  return (
    <>
      {scope && (
        <WorklistScopeChoice
          scope={scope}
          onChange={(next) => {
            offered.keep(next);
            setChosen(next);
          }}
        />
      )}
      {scope === 'mine' && <EmptyCaseloadNotice countyId={countyId} />}
      <div onChange={(e) => setTypedValid(daysAsTyped(e.currentTarget))}>
        <WorklistSettingsRow settings={settings} onChange={setSettings} />
      </div>
      {typedValid && (
        <DownloadButton
          label="Download the worklists (Excel)"
          busyLabel="Making the worklists workbook…"
          build={() => invoke('cocase.exportWorklists', input)}
        />
      )}
      {lists.error && <p className="error-summary">{lists.error.message}</p>}
      {lists.isPending && <p role="status">Loading the worklists…</p>}
      {lists.data && (
        <>
          <WorklistSection
            list={REVIEWS}
            rows={lists.data.reviews}
            asOf={lists.data.asOf}
            empty={empty.reviews}
          />
          <WorklistSection
            list={WITHOUT_PLAN}
            rows={lists.data.withoutPlan}
            asOf={lists.data.asOf}
            empty={empty.withoutPlan}
          />
          <WorklistSection
            list={OPEN_BARRIERS}
            rows={lists.data.openBarriers}
            asOf={lists.data.asOf}
            empty={empty.openBarriers}
          />
        </>
      )}
    </>
  );
}

/** Whether every number field of the settings holds days the service takes, as typed. */
function daysAsTyped(settings: HTMLElement): boolean {
  return [...settings.querySelectorAll<HTMLInputElement>('input[type="number"]')].every(
    (input) => readDays(input.value) !== null,
  );
}
