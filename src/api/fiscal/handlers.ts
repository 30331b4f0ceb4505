import { sfyLabel } from '../../core/fiscalCalendar';
import { formatMoney } from '../../core/money';
import { deleteAudited, findInCounty } from '../../db/audited';
import * as budgets from '../../db/fiscal/budget';
import * as reference from '../../db/fiscal/reference';
import type { Db } from '../../db/openDatabase';
import { budget, fundingStream, serviceCategory } from '../../db/schema';
import type { HandlersFor } from '../context';
import { NotFound, Stale } from '../errors';
import { checkVersion } from '../recordVersion';
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
    version: row.version,
  };
}

/**
 * A budget line is saved by its SFY, stream and category, not by id, so the version also says
 * whether the page saw a line there at all: none seen but one stored was added elsewhere, one seen
 * but none stored was deleted elsewhere. Either way the page's picture is out of date.
 */
function checkBudgetVersion(
  db: Db,
  expected: number | null,
  stored: budgets.BudgetRow | undefined,
): void {
  const reload =
    'Your change was not saved, so nothing was overwritten. Reload to see the budget lines as they are now, then make your change again.';
  if (stored && expected === null) {
    throw new Stale(
      `A budget line for this stream and category was added elsewhere after you opened the page, in another window or by someone else. ${reload}`,
    );
  }
  if (!stored && expected !== null) {
    throw new Stale(
      `This budget line was deleted elsewhere after you opened it, in another window or by someone else. ${reload}`,
    );
  }
  if (stored) {
    checkVersion(db, { what: 'budget line', entity: 'budget', id: stored.id, expected, stored });
  }
}

/** As the import matches names: case, padding and runs of spaces do not make a new name. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

export const fiscalReferenceHandlers: HandlersFor<typeof fiscalReferenceContract> = {
  'fiscal.reference': ({ countyId }, ctx) => fiscalCounty(ctx, countyId),

  'fiscal.saveStream': ({ countyId, id, version, activeSfys, ...input }, ctx) => {
    const county = fiscalCounty(ctx, countyId);
    const existing = county.streams.find((s) => s.id === id);
    if (id !== null && !existing) throw new NotFound(`This county has no funding stream ${id}.`);
    // The stored row, not its view: the audit images it is compared with are rows.
    const stored =
      id === null ? undefined : findInCounty(ctx.workbench.db, fundingStream, countyId, id);
    if (stored) {
      checkVersion(ctx.workbench.db, {
        what: 'funding stream',
        entity: 'funding_stream',
        id: stored.id,
        expected: version,
        stored,
      });
    }
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

  'fiscal.saveCategory': ({ countyId, id, version, name, retired }, ctx) => {
    const county = fiscalCounty(ctx, countyId);
    const existing = county.categories.find((c) => c.id === id);
    if (id !== null && !existing) throw new NotFound(`This county has no service category ${id}.`);
    const stored =
      id === null ? undefined : findInCounty(ctx.workbench.db, serviceCategory, countyId, id);
    if (stored) {
      checkVersion(ctx.workbench.db, {
        what: 'service category',
        entity: 'service_category',
        id: stored.id,
        expected: version,
        stored,
      });
    }
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

  'fiscal.saveBudget': ({ countyId, version, amount, quarters, ...line }, ctx) => {
    const { db } = ctx.workbench;
    const county = fiscalCounty(ctx, countyId);
    const existing = budgets.findBudgetLine(db, countyId, line);
    checkBudgetVersion(db, version, existing);
    usableLine(county, line, existing);
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
