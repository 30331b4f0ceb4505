import { useEffect, useRef, useState } from 'react';
import type {
  BudgetLine,
  FundingStreamView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { quarterBudgets } from '../../../../core/fiscal/budgetVsActual';
import { formatMoney } from '../../../../core/money';
import { invoke } from '../../../client/client';
import { useEditForm } from '../../../components/editForm';
import { FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useEscapeToCancel } from '../reference/useEscapeToCancel';
import { FormButtons } from '../../../components/FormButtons';
import { QUARTER_HEADINGS } from './BudgetTable';
import {
  centsOf,
  FIELD_IDS,
  LABELS,
  noQuarters,
  QUARTER_IDS,
  quarterField,
  splitLine,
  type BudgetField,
  type Draft,
  type Quarters,
} from './budgetDraft';

/**
 * Sets the committed amount for a stream and category in the SFY. The service keeps one line per
 * SFY, stream and category, so saving a pair that has a line changes that line. Editing keeps the
 * pair fixed: moving money to another pair is a new line.
 */
export function BudgetForm({
  countyId,
  sfyStartYear,
  sfy,
  lines,
  streams,
  categories,
  editing,
  onSaved,
  onCancel,
}: {
  countyId: number;
  sfyStartYear: number;
  sfy: string;
  lines: readonly BudgetLine[];
  streams: readonly FundingStreamView[];
  categories: readonly ServiceCategoryView[];
  editing: BudgetLine | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  // New lines take only streams and categories in use (and streams active in this SFY).
  const usableStreams = streams.filter(
    (s) =>
      s.id === editing?.streamId ||
      (!s.retired && (s.activeSfys.length === 0 || s.activeSfys.includes(sfyStartYear))),
  );
  const usableCategories = categories.filter((c) => c.id === editing?.categoryId || !c.retired);
  const blank = (): Draft => ({
    streamId: usableStreams[0]?.id ?? 0,
    categoryId: usableCategories[0]?.id ?? 0,
    amount: '',
    split: false,
    quarters: noQuarters,
  });
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          streamId: editing.streamId,
          categoryId: editing.categoryId,
          amount: formatMoney(editing.amountCents),
          split: editing.quarterCents !== null,
          quarters: editing.quarterCents
            ? [
                formatMoney(editing.quarterCents[0]),
                formatMoney(editing.quarterCents[1]),
                formatMoney(editing.quarterCents[2]),
                formatMoney(editing.quarterCents[3]),
              ]
            : noQuarters,
        }
      : blank(),
  );
  const formElement = useRef<HTMLFormElement>(null);
  const amountField = useRef<HTMLInputElement>(null);
  useEscapeToCancel(formElement, editing !== null, onCancel);
  const { form, outcome, save } = useEditForm({
    fieldIds: FIELD_IDS,
    summaryId: 'budget-problems',
    editing: editing !== null,
    reset: () => setDraft((d) => ({ ...blank(), streamId: d.streamId })),
    onSaved,
  });
  const set = (change: Partial<Draft>) => {
    for (const key of Object.keys(change)) form.clearError(key as BudgetField);
    if ('amount' in change || 'split' in change) form.clearError('quarters');
    setDraft((d) => ({ ...d, ...change }));
  };

  const editingId = editing?.id ?? null;
  useEffect(() => {
    if (editingId !== null) amountField.current?.focus();
  }, [editingId]);

  const streamName = streams.find((s) => s.id === draft.streamId)?.name ?? '';
  const categoryName = categories.find((c) => c.id === draft.categoryId)?.name ?? '';
  const existing = lines.find(
    (l) => l.streamId === draft.streamId && l.categoryId === draft.categoryId,
  );

  function setQuarter(index: number, text: string): void {
    form.clearError(quarterField(index));
    form.clearError('quarters');
    setDraft((d) => {
      const quarters: Quarters = [...d.quarters];
      quarters[index] = text;
      return { ...d, quarters };
    });
  }

  function toggleSplit(split: boolean): void {
    // Start the split from the even one, so only the quarters that differ need typing.
    const committed = centsOf(draft.amount);
    const untouched = draft.quarters.every((q) => q.trim() === '');
    if (split && untouched && committed !== null && committed >= 0) {
      const even = quarterBudgets({ amountCents: committed, quarterCents: null });
      set({ split, quarters: [...even.map(formatMoney)] as Quarters });
    } else {
      set({ split });
    }
  }

  function submit(): Promise<void> {
    return save(
      () =>
        invoke('fiscal.saveBudget', {
          countyId,
          // Adding over a line shown in the hint replaces that line, so it is the version saved from.
          version: (editing ?? existing)?.version ?? null,
          sfyStartYear,
          streamId: draft.streamId,
          categoryId: draft.categoryId,
          amount: draft.amount,
          quarters: draft.split ? draft.quarters : null,
        }),
      (saved) => {
        const what = `${streamName}, ${categoryName}: ${formatMoney(saved.amountCents)}`;
        return existing ? `Saved the ${sfy} budget for ${what}.` : `Added ${what} to ${sfy}.`;
      },
    );
  }

  /** A quarter's input: the split's words and its own tied to it while there are any. */
  function quarterProps(index: number) {
    const own = form.errors[quarterField(index)];
    const described = [
      'budget-quarters-sum',
      form.errors.quarters && 'budget-quarters-error',
      own && `${QUARTER_IDS[index]}-error`,
    ].filter(Boolean);
    return {
      id: QUARTER_IDS[index],
      'aria-invalid': own || form.errors.quarters ? true : undefined,
      'aria-describedby': described.join(' '),
    };
  }

  if (usableStreams.length === 0 || usableCategories.length === 0) {
    return (
      <p className="notice">
        No funding stream or service category is in use for {sfy}. Add or restore one on the Funding
        streams and categories page.
      </p>
    );
  }
  return (
    <section aria-labelledby="budget-form-heading">
      <h2 id="budget-form-heading">
        {editing
          ? `Edit the ${sfy} budget for ${streamName}, ${categoryName}`
          : 'Add a budget line'}
      </h2>
      <FormWithProblems
        formRef={formElement}
        problemsId="budget-problems"
        problemsTitle={editing || existing ? 'The budget was not saved' : 'The line was not added'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor="budget-stream">Funding stream</label>
        <select
          {...form.field('streamId')}
          value={draft.streamId}
          disabled={editing !== null}
          onChange={(e) => set({ streamId: Number(e.target.value) })}
        >
          {usableStreams.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError fieldId={FIELD_IDS.streamId} message={form.errors.streamId} />
        <label htmlFor="budget-category">Service category</label>
        <select
          {...form.field('categoryId', !editing && existing ? 'budget-existing' : undefined)}
          value={draft.categoryId}
          disabled={editing !== null}
          onChange={(e) => set({ categoryId: Number(e.target.value) })}
        >
          {usableCategories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {!editing && existing && (
          <p id="budget-existing" className="hint form__hint">
            {sfy} already has {formatMoney(existing.amountCents)} for this stream and category;
            saving replaces it.
          </p>
        )}
        <FieldError fieldId={FIELD_IDS.categoryId} message={form.errors.categoryId} />
        <label htmlFor="budget-amount">Amount</label>
        <input
          {...form.field('amount', 'budget-amount-hint')}
          ref={amountField}
          inputMode="decimal"
          autoComplete="off"
          value={draft.amount}
          placeholder="$40,000.00"
          onChange={(e) => set({ amount: e.target.value })}
        />
        <p id="budget-amount-hint" className="hint form__hint">
          What the county committed for {sfy}, in dollars and cents.
        </p>
        <FieldError fieldId={FIELD_IDS.amount} message={form.errors.amount} />
        <span className="form__check">
          <input
            id="budget-split"
            type="checkbox"
            checked={draft.split}
            onChange={(e) => toggleSplit(e.target.checked)}
          />
          <label htmlFor="budget-split">Split by quarter</label>
        </span>
        <p className="hint form__hint">
          Without a split, the amount counts evenly in each quarter.
        </p>
        {draft.split && (
          <fieldset id="budget-quarters" className="form__wide quarter-fields">
            <legend>Amount per quarter</legend>
            {QUARTER_IDS.map((id, i) => (
              <span key={id} className="quarter-field">
                <label htmlFor={id}>{QUARTER_HEADINGS[i]}</label>
                <input
                  {...quarterProps(i)}
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.quarters[i]}
                  onChange={(e) => setQuarter(i, e.target.value)}
                />
                <FieldError fieldId={id} message={form.errors[quarterField(i)]} />
              </span>
            ))}
            <p id="budget-quarters-sum" className="quarter-sum">
              {splitLine(draft.amount, draft.quarters)}
            </p>
            <FieldError fieldId="budget-quarters" message={form.errors.quarters} />
          </fieldset>
        )}
        <FormButtons
          editing={editing !== null}
          addLabel={existing ? 'Replace line' : 'Add line'}
          onCancel={onCancel}
          outcome={outcome}
        />
      </FormWithProblems>
    </section>
  );
}
