import { sfyLabel } from '../../core/fiscalCalendar';
import { formatMoney } from '../../core/money';
import { deleteAudited, findInCounty } from '../../db/audited';
import * as budgets from '../../db/fiscal/budget';
import * as reference from '../../db/fiscal/reference';
import { budget } from '../../db/schema';
import type { HandlersFor } from '../context';
import { NotFound } from '../errors';
import type { BudgetLine, fiscalBudgetContract, fiscalReferenceContract } from './contract';
import { categoryView, fiscalCounty, streamView, usableLine } from './rules';
import { fieldError } from '../errors';

function budgetView(row: budgets.BudgetRow): BudgetLine {
  const { q1Cents, q2Cents, q3Cents, q4Cents } = row;
  return {
    id: row.id,
    sfyStartYear: row.sfyStartYear,
    streamId: row.streamId,
    categoryId: row.categoryId,
    amountCents: row.amountCents,
    quarterCents:
      q1Cents === null || q2Cents === null || q3Cents === null || q4Cents === null
        ? null
        : [q1Cents, q2Cents, q3Cents, q4Cents],
  };
}

/** As the import matches names: case, padding and runs of spaces do not make a new name. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

export const fiscalReferenceHandlers: HandlersFor<typeof fiscalReferenceContract> = {
  'fiscal.reference': ({ countyId }, ctx) => fiscalCounty(ctx, countyId),

  'fiscal.saveStream': ({ countyId, id, activeSfys, ...input }, ctx) => {
    const county = fiscalCounty(ctx, countyId);
    const existing = county.streams.find((s) => s.id === id);
    if (id !== null && !existing) throw new NotFound(`This county has no funding stream ${id}.`);
    const values = {
      ...input,
      generalFund: input.generalFund ?? existing?.generalFund ?? false,
      retired: input.retired ?? existing?.retired ?? false,
    };
    const others = county.streams.filter((s) => s.id !== id);
    if (others.some((s) => sameName(s.name, values.name))) {
      throw fieldError('name', `This county already has a funding stream named “${values.name}”.`);
    }
    const generalFund = others.find((s) => s.generalFund && !s.retired);
    if (values.generalFund && !values.retired && generalFund) {
      throw fieldError(
        'generalFund',
        `“${generalFund.name}” is already the county general fund; the leverage ratio divides by one.`,
      );
    }
    const row = reference.saveStream(
      ctx.workbench.db,
      { countyId, id, actor: ctx.actor },
      { ...values, activeSfysJson: JSON.stringify([...new Set(activeSfys)].sort()) },
    );
    return streamView(row);
  },

  'fiscal.saveCategory': ({ countyId, id, name, retired }, ctx) => {
    const county = fiscalCounty(ctx, countyId);
    const existing = county.categories.find((c) => c.id === id);
    if (id !== null && !existing) throw new NotFound(`This county has no service category ${id}.`);
    const values = { name, retired: retired ?? existing?.retired ?? false };
    if (county.categories.some((c) => c.id !== id && sameName(c.name, values.name))) {
      throw fieldError(
        'name',
        `This county already has a service category named “${values.name}”.`,
      );
    }
    return categoryView(
      reference.saveCategory(ctx.workbench.db, { countyId, id, actor: ctx.actor }, values),
    );
  },
};

export const fiscalBudgetHandlers: HandlersFor<typeof fiscalBudgetContract> = {
  'fiscal.listBudgets': ({ countyId, sfyStartYear }, ctx) => {
    fiscalCounty(ctx, countyId);
    return budgets.listBudgets(ctx.workbench.db, countyId, sfyStartYear).map(budgetView);
  },

  'fiscal.saveBudget': ({ countyId, amount, quarters, ...line }, ctx) => {
    const { db } = ctx.workbench;
    const existing = budgets.findBudgetLine(db, countyId, line);
    usableLine(fiscalCounty(ctx, countyId), line, existing);
    if (amount < 0) throw fieldError('amount', 'A budget cannot be negative.');
    if (quarters) {
      const split = quarters.reduce((sum, q) => sum + q, 0);
      if (quarters.some((q) => q < 0)) {
        throw fieldError('quarters', 'A quarter’s budget cannot be negative.');
      }
      if (split !== amount) {
        throw fieldError(
          'quarters',
          `The quarters add up to ${formatMoney(split)}, not the ${formatMoney(amount)} committed for ${sfyLabel({ startYear: line.sfyStartYear })}.`,
        );
      }
    }
    const [q1Cents = null, q2Cents = null, q3Cents = null, q4Cents = null] = quarters ?? [];
    const row = budgets.saveBudget(
      db,
      { countyId, id: existing?.id ?? null, actor: ctx.actor },
      { ...line, amountCents: amount, q1Cents, q2Cents, q3Cents, q4Cents },
    );
    return budgetView(row);
  },

  'fiscal.deleteBudget': ({ countyId, id }, ctx) => {
    fiscalCounty(ctx, countyId);
    const row = findInCounty(ctx.workbench.db, budget, countyId, id);
    if (!row) throw new NotFound(`This county has no budget line ${id}.`);
    deleteAudited(ctx.workbench.db, budget, 'budget', row, ctx.actor);
    return { deleted: true };
  },
};
