import type { LedgerEntryView } from '../../../../api/fiscal/contract';
import type { Input } from '../../../client/client';
import type { SourceProgram } from '../../../../core/fiscal/types';
import { fiscalPeriodLabel, fiscalPeriodOf } from '../../../../core/fiscalCalendar';
import { isIsoDate } from '../../../../core/isoDate';
import { formatMoney } from '../../../../core/money';
import type { Landing } from './ledgerPosition';

/** The entry row as typed: ids as the selects hold them, the amount as text for the service. */
export interface EntryDraft {
  readonly date: string;
  readonly streamId: string;
  readonly categoryId: string;
  readonly amount: string;
  readonly leveraged: boolean;
  readonly savedProgram: SourceProgram | '';
  readonly description: string;
  readonly familyReference: string;
  readonly refundReason: string;
}

/** The field each of the service's issue paths names, by the id of its input. */
export const FIELD_IDS = {
  date: 'ledger-date',
  streamId: 'ledger-stream',
  categoryId: 'ledger-category',
  amount: 'ledger-amount',
  leveraged: 'ledger-leveraged',
  savedProgram: 'ledger-saved-program',
  description: 'ledger-description',
  familyReference: 'ledger-case',
  refundReason: 'ledger-refund-reason',
} as const;
export type EntryField = keyof typeof FIELD_IDS;
export type FieldErrors = Partial<Record<EntryField, string>>;

export const ENTRY_LABELS: Record<EntryField, string> = {
  date: 'Date',
  streamId: 'Stream',
  categoryId: 'Category',
  amount: 'Amount',
  leveraged: 'Leveraged',
  savedProgram: 'Spared program',
  description: 'Description',
  familyReference: 'Case number',
  refundReason: 'Refund reason',
};

export function blankDraft(date: string): EntryDraft {
  return {
    date,
    streamId: '',
    categoryId: '',
    amount: '',
    leveraged: false,
    savedProgram: '',
    description: '',
    familyReference: '',
    refundReason: '',
  };
}

/** After a save the next row starts from the last one: same day, line and leverage, new amount. */
export function nextDraft(saved: EntryDraft): EntryDraft {
  return { ...saved, amount: '', description: '', familyReference: '', refundReason: '' };
}

export function draftOf(row: LedgerEntryView): EntryDraft {
  const negative = row.amountCents < 0;
  return {
    date: row.date,
    streamId: String(row.streamId),
    categoryId: String(row.categoryId),
    // Typed back the way the service reads it: "-12.50", "1200.00".
    amount: `${negative ? '-' : ''}${(Math.abs(row.amountCents) / 100).toFixed(2)}`,
    leveraged: row.leveraged,
    savedProgram: row.savedProgram ?? '',
    description: row.description,
    familyReference: row.familyReference ?? '',
    refundReason: row.refundReason,
  };
}

/** A refund is typed with a minus sign or in accounting parentheses: "-12.50", "(12.50)". */
export function isRefund(amount: string): boolean {
  return /^\s*[-(]/.test(amount);
}

/**
 * The date as the service takes it. People type dates the way the county's paper does, so
 * "8/14/2026" is read as 2026-08-14; anything else goes as typed, for the service to judge.
 */
export function isoDateOf(typed: string): string {
  const text = typed.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!us) return text;
  const [, month = '', day = '', year = ''] = us;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "SFY 2026-27 Q1" for a whole date, empty while the date is incomplete. */
export function periodOfDate(typed: string): string {
  const date = isoDateOf(typed);
  return isIsoDate(date) ? fiscalPeriodLabel(fiscalPeriodOf(date)) : '';
}

/** The two choices the service cannot tell apart from a typo: it needs a stream and a category. */
export function missingChoices(draft: EntryDraft): FieldErrors {
  return {
    ...(draft.streamId === '' && { streamId: 'Choose the funding stream that paid.' }),
    ...(draft.categoryId === '' && { categoryId: 'Choose the service category.' }),
  };
}

export function entryInput(
  countyId: number,
  editing: LedgerEntryView | null,
  draft: EntryDraft,
): Input<'fiscal.saveEntry'> {
  const streamId = Number(draft.streamId);
  return {
    countyId,
    id: editing?.id ?? null,
    version: editing?.version ?? null,
    date: isoDateOf(draft.date),
    streamId,
    categoryId: Number(draft.categoryId),
    // A changed row keeps its paying program unless its stream changed (null: the stream's own).
    payingProgram: editing && editing.streamId === streamId ? editing.payingProgram : null,
    amount: draft.amount,
    leveraged: draft.leveraged,
    savedProgram: draft.leveraged && draft.savedProgram !== '' ? draft.savedProgram : null,
    description: draft.description,
    familyReference: draft.familyReference.trim() === '' ? null : draft.familyReference,
    refundReason: isRefund(draft.amount) ? draft.refundReason : '',
  };
}

/** "Saved $1,200.00 on 2026-08-14 (row 1,234 of the ledger)". */
export function savedMessage(saved: LedgerEntryView, landing: Landing, changed: boolean): string {
  const what = `${changed ? 'Saved changes:' : 'Saved'} ${formatMoney(saved.amountCents)} on ${saved.date}`;
  if (landing === 'unknown') return what;
  if (landing === 'filtered') return `${what} (not in the table as filtered now)`;
  return `${what} (row ${landing.row.toLocaleString('en-US')} of the ledger)`;
}
