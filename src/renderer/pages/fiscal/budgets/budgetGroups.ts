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
