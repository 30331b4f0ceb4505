import type {
  BudgetLine,
  FundingStreamView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { quarterBudgets, type QuarterCents } from '../../../../core/fiscal/budgetVsActual';
import { sumCents, type Cents } from '../../../../core/money';

/** One budget line as the table shows it: names, and the four quarters it counts in. */
export interface BudgetRow {
  readonly line: BudgetLine;
  readonly streamName: string;
  readonly categoryName: string;
  readonly amountCents: Cents;
  readonly streamRetired: boolean;
  readonly categoryRetired: boolean;
  /** The line's own split, or the even split the summaries count it in. */
  readonly quarters: QuarterCents;
  readonly evenSplit: boolean;
}

export interface Subtotal {
  readonly amountCents: Cents;
  readonly quarters: QuarterCents;
}

export interface StreamGroup extends Subtotal {
  readonly streamId: number;
  readonly streamName: string;
  readonly rows: readonly BudgetRow[];
}

export function subtotalOf(parts: readonly Subtotal[]): Subtotal {
  const quarter = (i: 0 | 1 | 2 | 3) => sumCents(parts.map((p) => p.quarters[i]));
  return {
    amountCents: sumCents(parts.map((p) => p.amountCents)),
    quarters: [quarter(0), quarter(1), quarter(2), quarter(3)],
  };
}

/** The SFY's lines grouped by stream (streams and lines by name), each group with its total. */
export function groupByStream(
  lines: readonly BudgetLine[],
  streams: readonly FundingStreamView[],
  categories: readonly ServiceCategoryView[],
): StreamGroup[] {
  const rows: BudgetRow[] = lines.map((line) => {
    const stream = streams.find((s) => s.id === line.streamId);
    const category = categories.find((c) => c.id === line.categoryId);
    return {
      line,
      streamName: stream?.name ?? `Stream #${line.streamId}`,
      categoryName: category?.name ?? `Category #${line.categoryId}`,
      amountCents: line.amountCents,
      streamRetired: stream?.retired ?? false,
      categoryRetired: category?.retired ?? false,
      quarters: quarterBudgets(line),
      evenSplit: line.quarterCents === null,
    };
  });
  rows.sort(
    (a, b) =>
      a.streamName.localeCompare(b.streamName) || a.categoryName.localeCompare(b.categoryName),
  );
  const groups = new Map<number, BudgetRow[]>();
  for (const row of rows) {
    const group = groups.get(row.line.streamId);
    if (group) group.push(row);
    else groups.set(row.line.streamId, [row]);
  }
  return [...groups.entries()].map(([streamId, group]) => ({
    streamId,
    streamName: group[0]?.streamName ?? '',
    rows: group,
    ...subtotalOf(group),
  }));
}

/** A row of the budget table: one budget line, or the total of a stream's lines under them. */
export type BudgetTableRow =
  | { readonly kind: 'line'; readonly row: BudgetRow }
  | { readonly kind: 'total'; readonly group: StreamGroup };

/** What the budget table sorts by, and which way. */
export interface BudgetOrder {
  readonly id: 'stream' | 'category' | 'amount';
  readonly desc: boolean;
}

function measureOf(id: BudgetOrder['id'], row: BudgetRow | StreamGroup): string | number {
  if (id === 'amount') return row.amountCents;
  // A stream has no category of its own: by category, the streams keep their order by name.
  if (id === 'category') return 'categoryName' in row ? row.categoryName.toLowerCase() : '';
  return row.streamName.toLowerCase();
}

/** A stable sort, so lines and streams that tie keep their order by name. */
function ordered<T extends BudgetRow | StreamGroup>(rows: readonly T[], order: BudgetOrder): T[] {
  return [...rows].sort((a, b) => {
    const [x, y] = [measureOf(order.id, a), measureOf(order.id, b)];
    const sign = x < y ? -1 : x > y ? 1 : 0;
    return order.desc ? -sign : sign;
  });
}

/**
 * The table's rows: the lines ordered within each stream and the streams by the same measure
 * (their total for Amount), each stream's total under its lines. A table sort of the rows alone
 * would part a stream's lines from its total, so the order is worked out here.
 */
export function budgetTableRows(
  groups: readonly StreamGroup[],
  order: BudgetOrder,
): BudgetTableRow[] {
  return ordered(groups, order).flatMap((group): BudgetTableRow[] => [
    ...ordered(group.rows, order).map((row) => ({ kind: 'line' as const, row })),
    { kind: 'total', group },
  ]);
}
