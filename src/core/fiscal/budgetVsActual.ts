/**
 * Budget against actual spending for one SFY, per stream × category line and per quarter, with
 * totals per stream, per category and overall. Variance is budget − actual: positive is money
 * left, negative is overspent.
 */
import type { FiscalQuarter } from '../fiscalCalendar';
import { assertCents, sumCents, type Cents } from '../money';
import type { Budget, SpendingCell } from './types';

export type QuarterCents = readonly [Cents, Cents, Cents, Cents];

export interface QuarterFigures {
  readonly quarter: FiscalQuarter;
  readonly budgetCents: Cents;
  readonly actualCents: Cents;
  readonly varianceCents: Cents;
}

export interface BudgetFigures {
  /** Q1..Q4, always four. */
  readonly quarters: readonly [QuarterFigures, QuarterFigures, QuarterFigures, QuarterFigures];
  readonly budgetCents: Cents;
  readonly actualCents: Cents;
  readonly varianceCents: Cents;
  /** actual ÷ budget as a share (0.25 is 25 %); null when the budget is 0. */
  readonly percentSpent: number | null;
}

export interface BudgetVsActualRow extends BudgetFigures {
  readonly streamId: number;
  readonly categoryId: number;
  /** No budget line exists for this stream and category in the SFY, yet it has spending. */
  readonly unbudgeted: boolean;
}

export interface BudgetVsActual {
  readonly sfyStartYear: number;
  /** Sorted by stream id, then category id. */
  readonly rows: readonly BudgetVsActualRow[];
  /** Sorted by stream id. */
  readonly byStream: readonly (BudgetFigures & { readonly streamId: number })[];
  /** Sorted by category id. */
  readonly byCategory: readonly (BudgetFigures & { readonly categoryId: number })[];
  readonly total: BudgetFigures;
}

/**
 * A budget's four quarters: its own split when it has one (it must add up to the amount), else
 * the amount in four whole-cent parts, the leftover cents going to the earliest quarters
 * (1001 → 251, 250, 250, 250) so the parts always add up.
 */
export function quarterBudgets(budget: Pick<Budget, 'amountCents' | 'quarterCents'>): QuarterCents {
  assertCents(budget.amountCents);
  if (budget.quarterCents) {
    const split = budget.quarterCents;
    if (sumCents(split) !== budget.amountCents) {
      throw new RangeError(
        `A quarterly split (${split.join(' + ')}) must add up to the budget (${budget.amountCents} cents).`,
      );
    }
    return [split[0], split[1], split[2], split[3]];
  }
  // Truncating toward zero keeps a negative amount symmetric with a positive one.
  const base = Math.trunc(budget.amountCents / 4);
  const leftover = budget.amountCents - base * 4;
  const part = (index: number) => base + (index < Math.abs(leftover) ? Math.sign(leftover) : 0);
  return [part(0), part(1), part(2), part(3)];
}

/**
 * Every stream × category pair with a budget or a spending cell in the SFY gets a row. Several
 * budget lines for the same pair add up. Spending with no budget line shows a budget of 0 and is
 * flagged unbudgeted; a budget line of 0 is a budget, so its spending is not flagged.
 */
export function budgetVsActual(
  sfyStartYear: number,
  budgets: readonly Budget[],
  cells: readonly SpendingCell[],
): BudgetVsActual {
  const lines = new Map<string, Line>();
  const lineOf = (streamId: number, categoryId: number): Line => {
    const key = `${streamId}|${categoryId}`;
    let line = lines.get(key);
    if (!line) {
      line = { streamId, categoryId, budgeted: false, budget: [0, 0, 0, 0], actual: [0, 0, 0, 0] };
      lines.set(key, line);
    }
    return line;
  };
  for (const budget of budgets) {
    if (budget.sfyStartYear !== sfyStartYear) continue;
    const line = lineOf(budget.streamId, budget.categoryId);
    line.budgeted = true;
    quarterBudgets(budget).forEach((cents, index) => addAt(line.budget, index, cents));
  }
  for (const cell of cells) {
    if (cell.sfyStartYear !== sfyStartYear) continue;
    assertCents(cell.spentCents);
    const line = lineOf(cell.streamId, cell.categoryId);
    addAt(line.actual, cell.quarter - 1, cell.spentCents);
  }

  const sorted = [...lines.values()].sort(
    (a, b) => a.streamId - b.streamId || a.categoryId - b.categoryId,
  );
  const rows = sorted.map((line) => ({
    streamId: line.streamId,
    categoryId: line.categoryId,
    unbudgeted: !line.budgeted,
    ...figures([line]),
  }));
  const byStream = groupBy(sorted, (line) => line.streamId).map(([streamId, group]) => ({
    streamId,
    ...figures(group),
  }));
  const byCategory = groupBy(sorted, (line) => line.categoryId).map(([categoryId, group]) => ({
    categoryId,
    ...figures(group),
  }));
  return { sfyStartYear, rows, byStream, byCategory, total: figures(sorted) };
}

interface Line {
  readonly streamId: number;
  readonly categoryId: number;
  budgeted: boolean;
  /** Q1..Q4 */
  readonly budget: Cents[];
  readonly actual: Cents[];
}

function addAt(quarters: Cents[], index: number, cents: Cents): void {
  quarters[index] = (quarters[index] ?? 0) + cents;
}

function figures(lines: readonly Line[]): BudgetFigures {
  const quarter = (q: FiscalQuarter): QuarterFigures => {
    const budgetCents = sumCents(lines.map((line) => line.budget[q - 1] ?? 0));
    const actualCents = sumCents(lines.map((line) => line.actual[q - 1] ?? 0));
    return { quarter: q, budgetCents, actualCents, varianceCents: budgetCents - actualCents };
  };
  const quarters = [quarter(1), quarter(2), quarter(3), quarter(4)] as const;
  const budgetCents = sumCents(quarters.map((q) => q.budgetCents));
  const actualCents = sumCents(quarters.map((q) => q.actualCents));
  return {
    quarters,
    budgetCents,
    actualCents,
    varianceCents: budgetCents - actualCents,
    percentSpent: budgetCents === 0 ? null : actualCents / budgetCents,
  };
}

/** Groups in ascending key order. */
function groupBy(lines: readonly Line[], key: (line: Line) => number): [number, Line[]][] {
  const groups = new Map<number, Line[]>();
  for (const line of lines) {
    const group = groups.get(key(line));
    if (group) group.push(line);
    else groups.set(key(line), [line]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
