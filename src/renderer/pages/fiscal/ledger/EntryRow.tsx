import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type {
  FundingStreamView,
  LedgerEntryView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { SOURCE_PROGRAMS, type SourceProgram } from '../../../../core/fiscal/types';
import { localIsoDate } from '../../../../core/isoDate';
import { invoke } from '../../../client/client';
import { FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useFormProblems } from '../../../components/form/useFormProblems';
import {
  blankDraft,
  draftOf,
  ENTRY_LABELS,
  entryInput,
  FIELD_IDS,
  isRefund,
  missingChoices,
  nextDraft,
  periodOfDate,
  savedMessage,
  type EntryDraft,
  type EntryField,
} from './entryDraft';
import { positionInView } from './ledgerPosition';
import { rowName, type LedgerView } from './ledgerView';

const PERIOD_ID = 'ledger-date-period';
const PROBLEMS_ID = 'ledger-entry-problems';

/**
 * The keyboard entry row above the ledger, like a spreadsheet's: Enter saves from any field, and
 * the next row starts from the last one (date, stream, category, leverage) with the cursor on
 * Amount. Edit loads a saved row into it; Escape or Cancel puts the new row back as it was. A
 * refusal follows the one pattern (a summary above the cells takes the keyboard), each cell
 * keeping its own words under it.
 */
export function EntryRow({
  countyId,
  streams,
  categories,
  view,
  editing,
  onEditDone,
  onSaved,
}: {
  countyId: number;
  streams: readonly FundingStreamView[];
  categories: readonly ServiceCategoryView[];
  /** The table's view, to tell where a saved row landed in it. */
  view: LedgerView;
  editing: LedgerEntryView | null;
  onEditDone: () => void;
  /** Once the table shows the saved row: where it landed (1-based), null when filtered out. */
  onSaved: (id: number, position: number | null) => void;
}) {
  const [draft, setDraft] = useState(() => blankDraft(localIsoDate(new Date())));
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems(FIELD_IDS, setOutcome, PROBLEMS_ID);
  const { errors } = form;
  // The new row, kept aside while a saved row is changed in its place.
  const [aside, setAside] = useState<EntryDraft | null>(null);
  // The row version in the fields: Edit on a newer copy of the same row loads that copy, so the
  // version saved from is always the one the fields were filled from.
  const [shown, setShown] = useState<string | null>(null);
  const announcement = useRef(0);
  const amountField = useRef<HTMLInputElement>(null);

  const editingId = editing?.id ?? null;
  const editingVersion = editing ? `${editing.id}@${editing.version}` : null;
  if (editingVersion !== shown) {
    setShown(editingVersion);
    form.setErrors({});
    if (editing) {
      if (shown === null) setAside(draft);
      setDraft(draftOf(editing));
    } else {
      setDraft(aside ?? draft);
      setAside(null);
    }
  }

  // Edit takes the keyboard to the row's amount, the field most often corrected.
  useEffect(() => {
    if (editingId === null) return;
    amountField.current?.focus();
    amountField.current?.scrollIntoView({ block: 'nearest' });
  }, [editingId]);

  function set(change: Partial<EntryDraft>): void {
    setDraft((current) => ({ ...current, ...change }));
    for (const key of Object.keys(change)) form.clearError(key as EntryField);
  }

  async function save(): Promise<void> {
    const missing = missingChoices(draft);
    if (Object.keys(missing).length > 0) {
      form.showErrors(missing);
      return;
    }
    const submitted = draft;
    const changed = editing;
    // Said once the table shows the row, below: where it landed is part of the message.
    const saved = await form.save(
      () => invoke('fiscal.saveEntry', entryInput(countyId, changed, submitted)),
      () => '',
    );
    if (!saved) return;
    const turn = ++announcement.current;
    if (changed) {
      onEditDone();
    } else {
      setDraft(nextDraft(submitted));
      amountField.current?.focus();
    }
    const landing = await positionInView(view, saved, () => turn === announcement.current).catch(
      () => 'unknown' as const,
    );
    if (turn !== announcement.current) return;
    setOutcome(savedMessage(saved, landing, changed !== null));
    onSaved(saved.id, typeof landing === 'object' ? landing.row : null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key === 'Escape' && editing) {
      event.preventDefault();
      onEditDone();
      return;
    }
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    // Enter saves from every field, the checkbox and selects included, as in a spreadsheet.
    event.preventDefault();
    void save();
  }

  const field = form.field;
  const usable = <T extends { id: number; retired: boolean }>(list: readonly T[], keep?: number) =>
    list.filter((item) => !item.retired || item.id === keep);
  const period = periodOfDate(draft.date);
  const refund = isRefund(draft.amount);

  return (
    <section aria-labelledby="ledger-entry-heading" className="ledger-entry">
      <h2 id="ledger-entry-heading">
        {editing ? `Change the row of ${rowName(editing)}` : 'Add expenses and refunds'}
      </h2>
      <p className="hint">
        Enter saves the row from any field{editing ? ', Escape cancels the change' : ''}. Write
        amounts as on paper (1,200.00); a refund as -12.50 or (12.50). The next row keeps the date,
        stream, category and leverage. Case numbers only, never names.
      </p>
      <FormWithProblems
        className="ledger-entry__row"
        labelledBy="ledger-entry-heading"
        problemsId={PROBLEMS_ID}
        problemsTitle={editing ? 'The changes were not saved' : 'The row was not added'}
        form={form}
        labels={ENTRY_LABELS}
        onSubmit={save}
      >
        <Field name="date" label="Date" error={errors.date}>
          <input
            {...field('date', PERIOD_ID)}
            onKeyDown={onKeyDown}
            className="ledger-entry__date"
            autoComplete="off"
            required
            maxLength={10}
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
          />
          <span id={PERIOD_ID} className="ledger-entry__period">
            {period || 'YYYY-MM-DD or M/D/YYYY'}
          </span>
        </Field>
        <Field name="streamId" label="Stream" error={errors.streamId}>
          <select
            {...field('streamId')}
            onKeyDown={onKeyDown}
            required
            value={draft.streamId}
            onChange={(e) => set({ streamId: e.target.value })}
          >
            <option value="">Choose…</option>
            {usable(streams, editing?.streamId).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="categoryId" label="Category" error={errors.categoryId}>
          <select
            {...field('categoryId')}
            onKeyDown={onKeyDown}
            required
            value={draft.categoryId}
            onChange={(e) => set({ categoryId: e.target.value })}
          >
            <option value="">Choose…</option>
            {usable(categories, editing?.categoryId).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="amount" label="Amount" error={errors.amount}>
          <input
            {...field('amount')}
            onKeyDown={onKeyDown}
            ref={amountField}
            className="ledger-entry__amount"
            inputMode="decimal"
            autoComplete="off"
            required
            maxLength={40}
            value={draft.amount}
            onChange={(e) => set({ amount: e.target.value })}
          />
        </Field>
        <div className="ledger-entry__field ledger-entry__check">
          <input
            {...field('leveraged')}
            onKeyDown={onKeyDown}
            type="checkbox"
            checked={draft.leveraged}
            onChange={(e) => set({ leveraged: e.target.checked })}
          />
          <label htmlFor={FIELD_IDS.leveraged}>Leveraged</label>
        </div>
        {draft.leveraged && (
          <Field name="savedProgram" label="Spared program" error={errors.savedProgram}>
            <select
              {...field('savedProgram')}
              onKeyDown={onKeyDown}
              required
              value={draft.savedProgram}
              onChange={(e) => set({ savedProgram: e.target.value as SourceProgram | '' })}
            >
              <option value="">Choose…</option>
              {SOURCE_PROGRAMS.map((program) => (
                <option key={program} value={program}>
                  {SOURCE_PROGRAM_LABELS[program]}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field name="description" label="Description" error={errors.description} wide>
          <input
            {...field('description')}
            onKeyDown={onKeyDown}
            maxLength={500}
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </Field>
        <Field name="familyReference" label="Case number (optional)" error={errors.familyReference}>
          <input
            {...field('familyReference')}
            onKeyDown={onKeyDown}
            className="ledger-entry__case"
            autoComplete="off"
            maxLength={40}
            value={draft.familyReference}
            onChange={(e) => set({ familyReference: e.target.value })}
          />
        </Field>
        {refund && (
          <Field name="refundReason" label="Refund reason" error={errors.refundReason} wide>
            <input
              {...field('refundReason')}
              onKeyDown={onKeyDown}
              required
              maxLength={500}
              value={draft.refundReason}
              onChange={(e) => set({ refundReason: e.target.value })}
            />
          </Field>
        )}
        <div className="ledger-entry__buttons">
          <button type="submit" className="primary">
            {editing ? 'Save changes' : 'Add row'}
          </button>
          {editing && (
            <button type="button" onClick={onEditDone}>
              Cancel
            </button>
          )}
        </div>
      </FormWithProblems>
      <p role="status" className="ledger-entry__status">
        {outcome}
      </p>
    </section>
  );
}

/** A labelled cell of the entry row, with the service's word on it underneath when it refused. */
function Field({
  name,
  label,
  error,
  wide = false,
  children,
}: {
  name: EntryField;
  label: string;
  error: string | undefined;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'ledger-entry__field ledger-entry__field--wide' : 'ledger-entry__field'}>
      <label htmlFor={FIELD_IDS[name]}>{label}</label>
      {children}
      <FieldError fieldId={FIELD_IDS[name]} message={error} />
    </div>
  );
}
