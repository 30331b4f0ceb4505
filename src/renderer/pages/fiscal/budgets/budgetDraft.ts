/** The budget form's draft as typed, its fields, and the split's live words. */
import { formatMoney, parseMoney, sumCents } from '../../../../core/money';
import { QUARTER_HEADINGS } from './budgetColumns';

export type Quarters = [string, string, string, string];

export interface Draft {
  streamId: number;
  categoryId: number;
  amount: string;
  split: boolean;
  quarters: Quarters;
}

export const QUARTER_IDS = ['budget-q1', 'budget-q2', 'budget-q3', 'budget-q4'] as const;

export type BudgetField =
  | 'streamId'
  | 'categoryId'
  | 'amount'
  | 'quarters'
  | 'quarters.0'
  | 'quarters.1'
  | 'quarters.2'
  | 'quarters.3';

/** The split as a whole ("they do not add up") leads to its first quarter. */
export const FIELD_IDS: Record<BudgetField, string> = {
  streamId: 'budget-stream',
  categoryId: 'budget-category',
  amount: 'budget-amount',
  quarters: 'budget-q1',
  'quarters.0': QUARTER_IDS[0],
  'quarters.1': QUARTER_IDS[1],
  'quarters.2': QUARTER_IDS[2],
  'quarters.3': QUARTER_IDS[3],
};

export const LABELS: Record<BudgetField, string> = {
  streamId: 'Funding stream',
  categoryId: 'Service category',
  amount: 'Amount',
  quarters: 'Amount per quarter',
  'quarters.0': QUARTER_HEADINGS[0],
  'quarters.1': QUARTER_HEADINGS[1],
  'quarters.2': QUARTER_HEADINGS[2],
  'quarters.3': QUARTER_HEADINGS[3],
};

export const quarterField = (index: number) => `quarters.${index}` as BudgetField;

export const noQuarters: Quarters = ['', '', '', ''];

/** Money as typed, or null while it is not (yet) an amount. */
export function centsOf(text: string): number | null {
  try {
    return parseMoney(text);
  } catch {
    return null;
  }
}

/** "Quarters add up to $X of $Y", live while the split is typed; the service has the last word. */
export function splitLine(amount: string, quarters: Quarters): string {
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
