import type { LedgerEntryView } from '../../../../api/fiscal/contract';
import { fiscalPeriodLabel } from '../../../../core/fiscalCalendar';
import { formatMoney } from '../../../../core/money';

/** What the table shows: one filter and sort of the county's ledger. Pages are fetched from it. */
export interface LedgerView {
  readonly countyId: number;
  readonly sfyStartYear: number;
  readonly streamId: number | null;
  readonly categoryId: number | null;
  readonly text: string;
  readonly sort: 'date' | 'amount';
  readonly descending: boolean;
}

/** The table asks for rows in pages of this many as it scrolls. */
export const PAGE_SIZE = 200;

/** How the row is named to screen readers and in messages: "2026-08-14, $1,200.00". */
export function rowName(row: Pick<LedgerEntryView, 'date' | 'amountCents'>): string {
  return `${row.date}, ${formatMoney(row.amountCents)}`;
}

export function periodOf(row: Pick<LedgerEntryView, 'sfyStartYear' | 'quarter'>): string {
  return fiscalPeriodLabel({
    sfy: { startYear: row.sfyStartYear },
    quarter: row.quarter as 1 | 2 | 3 | 4,
  });
}

/** The service's order (listLedger): the sort key, then id, both in the chosen direction. */
export function compareInView(view: LedgerView, a: LedgerEntryView, b: LedgerEntryView): number {
  const byKey =
    view.sort === 'amount'
      ? a.amountCents - b.amountCents
      : a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : 0;
  const order = byKey || a.id - b.id;
  return view.descending ? -order : order;
}

/**
 * Whether the view's filters keep a row. Text is matched the way SQLite's LIKE does (ASCII case
 * folded); a text with LIKE's own wildcards is not judged here.
 */
export function keptByView(view: LedgerView, row: LedgerEntryView): boolean {
  if (row.sfyStartYear !== view.sfyStartYear) return false;
  if (view.streamId !== null && row.streamId !== view.streamId) return false;
  if (view.categoryId !== null && row.categoryId !== view.categoryId) return false;
  const text = view.text.trim().toLowerCase();
  if (text === '' || /[%_]/.test(text)) return true;
  return [row.description, row.familyReference ?? ''].some((field) =>
    field.toLowerCase().includes(text),
  );
}
