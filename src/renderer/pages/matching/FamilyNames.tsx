import { useEffect, useRef, useState, type RefObject } from 'react';
import { useSignedInUser } from '../../client/permissions';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../client/client';
import { PurposeForm } from './PurposeForm';
import { TableScroll } from '../../components/TableScroll';

/** A family pair by its case numbers: a run's row, or a co-case family found by that run. */
interface FamilyCases {
  readonly calworksCase: string;
  readonly cwsCase: string;
}

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/**
 * One family pair's linked persons with their names, shown because the person asked (the list
 * itself shows case numbers only). Hidden again with its button; focus comes here when it opens.
 */
export function FamilyNames({
  runId,
  family,
  onHide,
}: {
  runId: number;
  family: FamilyCases;
  onHide: () => void;
}) {
  const { calworksCase, cwsCase } = family;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [calworksCase, cwsCase]);
  // On the shared server the person says why first: the privacy officer's report shows it.
  const shared = useSignedInUser().data?.shared ?? false;
  const [purpose, setPurpose] = useState<string | null>(shared ? null : '');
  if (purpose === null) {
    return (
      <section aria-labelledby="family-names-heading" className="family-names">
        <h2 id="family-names-heading" ref={heading} tabIndex={-1}>
          Names in {calworksCase} and {cwsCase}
        </h2>
        <PurposeForm onGiven={setPurpose} onCancel={onHide} />
      </section>
    );
  }
  return (
    <Names runId={runId} family={family} purpose={purpose} onHide={onHide} heading={heading} />
  );
}

function Names({
  runId,
  family: { calworksCase, cwsCase },
  purpose,
  onHide,
  heading,
}: {
  runId: number;
  family: FamilyCases;
  purpose: string;
  onHide: () => void;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  // Asked once per showing: every answer is a recorded reveal, so a colleague's change to the run
  // does not fetch the names again (refreshes go by the method's name, not this key), and hidden,
  // they leave the cache.
  const input = { runId, calworksCase, cwsCase, ...(purpose && { purpose }) };
  const persons = useQuery({
    queryKey: ['reveal', 'matching.familyPersons', input],
    queryFn: () => invoke('matching.familyPersons', input),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return (
    <section aria-labelledby="family-names-heading" className="family-names">
      <h2 id="family-names-heading" ref={heading} tabIndex={-1}>
        Names in {calworksCase} and {cwsCase}
      </h2>
      <p className="notice">
        Confidential (W&amp;I Code §827, §10850): for the work on this family only.
      </p>
      {persons.error && <p className="error-summary">{persons.error.message}</p>}
      {persons.isPending && <p>Loading the names…</p>}
      {persons.data && (
        <TableScroll label="Linked persons">
          <table className="data-table">
            <caption>Persons linked between the two cases</caption>
            <thead>
              <tr>
                <th scope="col">CalWORKs person</th>
                <th scope="col">Date of birth</th>
                <th scope="col">CWS person</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Role</th>
                <th scope="col">Match</th>
              </tr>
            </thead>
            <tbody>
              {persons.data.map(({ calworks, cws, probability, decision }) => (
                <tr key={`${calworks.personId} ${cws.personId}`}>
                  <th scope="row">
                    {fullName(calworks)} ({calworks.personId})
                  </th>
                  <td className="nowrap">{calworks.dob}</td>
                  <td>
                    {fullName(cws)} ({cws.personId})
                  </td>
                  <td className="nowrap">{cws.dob}</td>
                  <td>{cws.role || calworks.role}</td>
                  <td>{decision === 'match' ? 'Reviewer: match' : percent.format(probability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="button-row">
        <button type="button" onClick={onHide}>
          Hide the names
        </button>
      </div>
    </section>
  );
}

const fullName = (p: { firstName: string; middleName: string; lastName: string }) =>
  [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ');
