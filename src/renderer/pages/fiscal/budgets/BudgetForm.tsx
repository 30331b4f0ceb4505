import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  BudgetLine,
  FundingStreamView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { quarterBudgets } from '../../../../core/fiscal/budgetVsActual';
import { formatMoney, parseMoney, sumCents } from '../../../../core/money';
import { reportError } from '../../../alerts';
import { invoke } from '../../../client/client';
import { focusField } from '../../../components/formFocus';
import { useEscapeToCancel } from '../reference/useEscapeToCancel';
import { QUARTER_HEADINGS } from './BudgetTable';

type Quarters = [string, string, string, string];

interface Draft {
  streamId: number;
  categoryId: number;
  amount: string;
  split: boolean;
  quarters: Quarters;
}

const QUARTER_IDS = ['budget-q1', 'budget-q2', 'budget-q3', 'budget-q4'] as const;

const FIELD_IDS: Record<string, string> = {
  streamId: 'budget-stream',
  categoryId: 'budget-category',
  amount: 'budget-amount',
  quarters: 'budget-q1',
  ...Object.fromEntries(QUARTER_IDS.map((id, i) => [`quarters.${i}`, id])),
};

const noQuarters: Quarters = ['', '', '', ''];

/** Money as typed, or null while it is not (yet) an amount. */
function centsOf(text: string): number | null {
  try {
    return parseMoney(text);
  } catch {
    return null;
  }
}

/** "Quarters add up to $X of $Y", live while the split is typed; the service has the last word. */
function splitLine(amount: string, quarters: Quarters): string {
  const unreadable = quarters.flatMap((q, i) => (q.trim() && centsOf(q) === null ? [i + 1] : []));
  if (unreadable.length > 0) {
    const names = unreadable.map((q) => `Q${q}`).join(', ');
    return `${names} ${unreadable.length === 1 ? 'is' : 'are'} not an amount of money yet.`;
  }
  const split = sumCents(quarters.map((q) => (q.trim() ? (centsOf(q) ?? 0) : 0)));
  const committed = centsOf(amount);
  if (committed === null) return `Quarters add up to ${formatMoney(split)}; enter the amount too.`;
  const gap = committed - split;
  const state =
    gap === 0 ? 'they match' : gap > 0 ? `${formatMoney(gap)} short` : `${formatMoney(-gap)} over`;
  return `Quarters add up to ${formatMoney(split)} of ${formatMoney(committed)}: ${state}.`;
}

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
  const form = useRef<HTMLFormElement>(null);
  const amountField = useRef<HTMLInputElement>(null);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  useEscapeToCancel(form, editing !== null, onCancel);

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

  function submit(event: FormEvent): void {
    event.preventDefault();
    invoke('fiscal.saveBudget', {
      countyId,
      // Adding over a line shown in the hint replaces that line, so it is the version saved from.
      version: (editing ?? existing)?.version ?? null,
      sfyStartYear,
      streamId: draft.streamId,
      categoryId: draft.categoryId,
      amount: draft.amount,
      quarters: draft.split ? draft.quarters : null,
    })
      .then(async (saved) => {
        const what = `${streamName}, ${categoryName}: ${formatMoney(saved.amountCents)}`;
        if (!editing) setDraft((d) => ({ ...blank(), streamId: d.streamId }));
        onSaved(existing ? `Saved the ${sfy} budget for ${what}.` : `Added ${what} to ${sfy}.`);
      })
      .catch((error: unknown) => {
        reportError(error);
        focusField(error, FIELD_IDS);
      });
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
      <form ref={form} className="form form--grid" onSubmit={submit}>
        <label htmlFor="budget-stream">Funding stream</label>
        <select
          id="budget-stream"
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
        <label htmlFor="budget-category">Service category</label>
        <select
          id="budget-category"
          value={draft.categoryId}
          disabled={editing !== null}
          aria-describedby={!editing && existing ? 'budget-existing' : undefined}
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
        <label htmlFor="budget-amount">Amount</label>
        <input
          id="budget-amount"
          ref={amountField}
          inputMode="decimal"
          autoComplete="off"
          value={draft.amount}
          placeholder="$40,000.00"
          aria-describedby="budget-amount-hint"
          onChange={(e) => set({ amount: e.target.value })}
        />
        <p id="budget-amount-hint" className="hint form__hint">
          What the county committed for {sfy}, in dollars and cents.
        </p>
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
                  id={id}
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.quarters[i]}
                  aria-describedby="budget-quarters-sum"
                  onChange={(e) => setQuarter(i, e.target.value)}
                />
              </span>
            ))}
            <p id="budget-quarters-sum" className="quarter-sum">
              {splitLine(draft.amount, draft.quarters)}
            </p>
          </fieldset>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            {editing ? 'Save changes' : existing ? 'Replace line' : 'Add line'}
          </button>
          {editing && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
