import { useState } from 'react';
import { formatDate } from '../../components/format';
import { useApi } from '../../client/queries';
import { FamilyServiceByHand } from './FamilyServiceByHand';
import { FamilyServiceLink } from './FamilyServiceLink';
import { FamilyTable } from './FamilyTable';
import {
  formatMoney,
  nameOf,
  servicesNewestFirst,
  servicesTotal,
  type FamilyService,
  type FiscalReference,
  type UnlinkedLedgerRow,
} from './familyView';

const NO_REFERENCE: FiscalReference = { streams: [], categories: [] };

interface ServicesProps {
  familyId: number;
  services: readonly FamilyService[];
  ledgerRows: readonly UnlinkedLedgerRow[];
}

/**
 * The services the family received, newest first with their total; and two ways to add one: from
 * a ledger row naming one of the family's case numbers, or by hand. The county's funding streams
 * and service categories name them; without a county chosen there are no names to offer.
 */
export function FamilyServices({
  countyId,
  ...props
}: ServicesProps & { countyId: number | null }) {
  return countyId === null ? (
    <ServicesSection {...props} reference={null} />
  ) : (
    <CountyServices countyId={countyId} {...props} />
  );
}

function CountyServices({ countyId, ...props }: ServicesProps & { countyId: number }) {
  const reference = useApi('fiscal.reference', { countyId });
  return <ServicesSection {...props} reference={reference.data ?? NO_REFERENCE} />;
}

function ServicesSection({
  familyId,
  services,
  ledgerRows,
  reference: given,
}: ServicesProps & { reference: FiscalReference | null }) {
  const [outcome, setOutcome] = useState('');
  const reference = given ?? NO_REFERENCE;
  const count = services.length;

  return (
    <section aria-labelledby="family-services-heading" className="family-section">
      <h2 id="family-services-heading">Services</h2>
      {count === 0 ? (
        <p>No service recorded yet.</p>
      ) : (
        <FamilyTable
          label="Services"
          testId="family-services-table"
          caption="Services the family received, newest first"
          headings={['Date', 'Category', 'Stream', ['Amount', 'number'], 'From', 'Note']}
        >
          <tbody>
            {servicesNewestFirst(services).map((s) => (
              <tr key={s.serviceId}>
                <th scope="row" className="nowrap">
                  {formatDate(s.date)}
                </th>
                <td>{nameOf(reference.categories, s.categoryId)}</td>
                <td>{nameOf(reference.streams, s.streamId)}</td>
                <td className="number">{formatMoney(s.amountCents)}</td>
                <td>
                  {s.ledgerEntryId === null ? 'Entered by hand' : <>Ledger row {s.ledgerEntryId}</>}
                </td>
                <td className="notes">{s.note || <span className="muted">none</span>}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total of {count} {count === 1 ? 'service' : 'services'}
              </th>
              <td className="number" data-testid="family-services-total">
                {formatMoney(servicesTotal(services))}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </FamilyTable>
      )}
      {given === null ? (
        <p className="notice">
          Choose the family’s county at the top of the window to add its services.
        </p>
      ) : (
        <>
          <FamilyServiceLink
            familyId={familyId}
            ledgerRows={ledgerRows}
            reference={reference}
            announce={setOutcome}
          />
          <FamilyServiceByHand familyId={familyId} reference={reference} announce={setOutcome} />
        </>
      )}
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </section>
  );
}
