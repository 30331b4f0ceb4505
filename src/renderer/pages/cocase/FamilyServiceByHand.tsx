import { useRef, useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { FamilyDateField } from './FamilyDateField';
import { useFormProblems, type FieldErrors } from '../../components/form/useFormProblems';
import { halfTypedDate, today } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import { amountProblem, formatMoney, usable, type FiscalReference } from './familyView';

type Field = 'date' | 'categoryId' | 'streamId' | 'amount' | 'note';

const FIELD_IDS: Record<Field, string> = {
  date: 'service-date',
  categoryId: 'service-category',
  streamId: 'service-stream',
  amount: 'service-amount',
  note: 'service-note',
};
const LABELS: Record<Field, string> = {
  date: 'Date',
  categoryId: 'Service category',
  streamId: 'Funding stream',
  amount: 'Amount',
  note: 'Note',
};

interface ServiceDraft {
  readonly date: string;
  readonly categoryId: string;
  readonly streamId: string;
  readonly amount: string;
  readonly note: string;
}

const blank = (): ServiceDraft => ({
  date: today(),
  categoryId: '',
  streamId: '',
  amount: '',
  note: '',
});

/** What the form can tell before asking the service: a date, both choices, an amount of money. */
function problemsOf(draft: ServiceDraft): FieldErrors<Field> {
  const problems: FieldErrors<Field> = {};
  if (draft.date === '' || halfTypedDate(FIELD_IDS.date)) problems.date = 'Enter the date.';
  if (draft.categoryId === '') problems.categoryId = 'Choose the service category.';
  if (draft.streamId === '') problems.streamId = 'Choose the funding stream.';
  const amount = amountProblem(draft.amount);
  if (amount) problems.amount = amount;
  return problems;
}

/** A service that is no ledger row: its date, category, stream and amount as entered. */
export function FamilyServiceByHand({
  familyId,
  reference,
  announce,
}: {
  familyId: number;
  reference: FiscalReference;
  announce: (message: string) => void;
}) {
  const [draft, setDraft] = useState(blank);
  const form = useFormProblems(FIELD_IDS, announce, 'service-hand-problems');
  const dateField = useRef<HTMLInputElement>(null);

  function set(field: Field, value: string): void {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problems = problemsOf(draft);
    if (Object.keys(problems).length > 0) {
      form.showErrors(problems);
      return;
    }
    const saved = await form.save(
      () =>
        invoke('cocase.saveService', {
          familyId,
          date: draft.date,
          categoryId: Number(draft.categoryId),
          streamId: Number(draft.streamId),
          amount: draft.amount,
          note: draft.note,
        }),
      (service) =>
        `Added a service of ${formatMoney(service.amountCents)} on ${formatDate(service.date)}.`,
    );
    if (!saved) return;
    setDraft(blank());
    dateField.current?.focus();
  }

  const { errors } = form;
  const choices = (field: 'categoryId' | 'streamId') => (
    <>
      <label htmlFor={FIELD_IDS[field]}>{LABELS[field]}</label>
      <select
        {...form.field(field)}
        required
        value={draft[field]}
        onChange={(e) => set(field, e.target.value)}
      >
        <option value="">Choose…</option>
        {usable(field === 'categoryId' ? reference.categories : reference.streams).map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
      <FieldError fieldId={FIELD_IDS[field]} message={errors[field]} />
    </>
  );

  return (
    <div className="family-subform">
      <h3 id="service-hand-heading">Enter a service by hand</h3>
      <FamilyFormFrame
        labelledBy="service-hand-heading"
        problemsId="service-hand-problems"
        problemsTitle="The service was not added"
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <FamilyDateField
          form={form}
          name="date"
          label={LABELS.date}
          ref={dateField}
          required
          value={draft.date}
          onChange={(value) => set('date', value)}
        />
        {choices('categoryId')}
        {choices('streamId')}
        <label htmlFor={FIELD_IDS.amount}>{LABELS.amount}</label>
        <input
          {...form.field('amount', 'service-amount-hint')}
          className="family-form__amount"
          inputMode="decimal"
          autoComplete="off"
          required
          maxLength={40}
          value={draft.amount}
          onChange={(e) => set('amount', e.target.value)}
        />
        <p id="service-amount-hint" className="hint">
          As on paper: 125.00 or $1,200.00.
        </p>
        <FieldError fieldId={FIELD_IDS.amount} message={errors.amount} />
        <label htmlFor={FIELD_IDS.note}>{LABELS.note} (optional)</label>
        <input
          {...form.field('note')}
          autoComplete="off"
          maxLength={500}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
        <FieldError fieldId={FIELD_IDS.note} message={errors.note} />
        <div className="button-row">
          <button type="submit" className="primary">
            Add the service
          </button>
        </div>
      </FamilyFormFrame>
    </div>
  );
}
