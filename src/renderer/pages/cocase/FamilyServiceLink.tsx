import { useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { useFormProblems } from '../../components/form/useFormProblems';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import {
  formatMoney,
  ledgerRowLabel,
  type FiscalReference,
  type UnlinkedLedgerRow,
} from './familyView';

type Field = 'ledgerEntryId' | 'note';

const FIELD_IDS: Record<Field, string> = {
  ledgerEntryId: 'service-ledger-row',
  note: 'service-link-note',
};
const LABELS: Record<Field, string> = { ledgerEntryId: 'Ledger row', note: 'Note' };

/**
 * A service from a ledger row that names one of the family's case numbers: the row's date, stream,
 * category and amount become the service's, so the fiscal and co-case records agree.
 */
export function FamilyServiceLink({
  familyId,
  ledgerRows,
  reference,
  announce,
}: {
  familyId: number;
  ledgerRows: readonly UnlinkedLedgerRow[];
  reference: FiscalReference;
  announce: (message: string) => void;
}) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const form = useFormProblems(FIELD_IDS, announce, 'service-link-problems');
  // The first row waiting, until another is chosen (or the chosen one has been linked).
  const row = ledgerRows.find((r) => r.entryId === chosen) ?? ledgerRows[0];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!row) return;
    const saved = await form.save(
      () => invoke('cocase.saveService', { familyId, ledgerEntryId: row.entryId, note }),
      (service) =>
        `Linked ledger row ${row.entryId} as a service of ${formatMoney(service.amountCents)} on ${formatDate(service.date)}.`,
    );
    if (!saved) return;
    setChosen(null);
    setNote('');
    // Once the list shows the rows still waiting: back to it, or to the heading when none is left.
    requestAnimationFrame(() => {
      const list = document.getElementById(FIELD_IDS.ledgerEntryId);
      (list ?? document.getElementById('service-link-heading'))?.focus();
    });
  }

  return (
    <div className="family-subform">
      <h3 id="service-link-heading" tabIndex={-1}>
        Link a ledger row
      </h3>
      {ledgerRows.length === 0 ? (
        <p className="hint">
          No ledger row for this family is waiting to be linked. A ledger row is offered here when
          its case number is this family’s CalWORKs or CWS case number.
        </p>
      ) : (
        <FamilyFormFrame
          labelledBy="service-link-heading"
          problemsId="service-link-problems"
          problemsTitle="The ledger row was not linked"
          form={form}
          labels={LABELS}
          wide
          onSubmit={submit}
        >
          <label htmlFor={FIELD_IDS.ledgerEntryId}>{LABELS.ledgerEntryId}</label>
          <select
            {...form.field('ledgerEntryId', 'service-ledger-row-hint')}
            value={row?.entryId ?? ''}
            onChange={(e) => {
              setChosen(Number(e.target.value));
              form.clearError('ledgerEntryId');
            }}
          >
            {ledgerRows.map((r) => (
              <option key={r.entryId} value={r.entryId}>
                {ledgerRowLabel(r, reference)}
              </option>
            ))}
          </select>
          <p id="service-ledger-row-hint" className="hint">
            Date · stream · category · amount · description, for the family’s case numbers. The
            service takes the row’s figures.
          </p>
          <FieldError fieldId={FIELD_IDS.ledgerEntryId} message={form.errors.ledgerEntryId} />
          <label htmlFor={FIELD_IDS.note}>{LABELS.note} (optional)</label>
          <input
            {...form.field('note')}
            autoComplete="off"
            maxLength={500}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              form.clearError('note');
            }}
          />
          <FieldError fieldId={FIELD_IDS.note} message={form.errors.note} />
          <div className="button-row">
            <button type="submit" className="primary">
              Link the row
            </button>
          </div>
        </FamilyFormFrame>
      )}
    </div>
  );
}
