import { entryProblems, payingProgramOf } from '../../core/fiscal/entryRules';
import { fiscalPeriodOf } from '../../core/fiscalCalendar';
import { deleteAudited, findInCounty } from '../../db/audited';
import { budgetedSfys } from '../../db/fiscal/budget';
import * as ledger from '../../db/fiscal/ledger';
import { ledgerEntry } from '../../db/schema';
import type { HandlersFor } from '../context';
import { NotFound } from '../errors';
import { checkVersion } from '../recordVersion';
import type { LedgerEntryView, fiscalLedgerContract } from './contract';
import { fiscalCounty } from './rules';
import { fieldError } from '../errors';

function entryView(row: ledger.LedgerRow): LedgerEntryView {
  const { countyId, createdAt, updatedAt, ...view } = row;
  return view;
}

export const ledgerHandlers: HandlersFor<typeof fiscalLedgerContract> = {
  'fiscal.listLedger': ({ countyId, ...query }, ctx) => {
    fiscalCounty(ctx, countyId);
    const { total, rows } = ledger.listLedger(ctx.workbench.db, countyId, query);
    return { total, rows: rows.map(entryView) };
  },

  'fiscal.saveEntry': ({ countyId, id, version, amount, payingProgram, ...values }, ctx) => {
    const { db } = ctx.workbench;
    const county = fiscalCounty(ctx, countyId);
    const before = id === null ? undefined : findInCounty(db, ledgerEntry, countyId, id);
    if (id !== null && !before) throw new NotFound(`This county's ledger has no row ${id}.`);
    if (before) {
      checkVersion(db, {
        what: 'ledger row',
        entity: 'ledger_entry',
        id: before.id,
        expected: version,
        stored: before,
      });
    }
    // The rules, and their words, of an imported row too (core/fiscal/entryRules).
    const [problem] = entryProblems(
      { ...values, payingProgram, amountCents: amount },
      { ...county, budgetedSfys: budgetedSfys(db, countyId) },
      before,
    );
    if (problem) {
      throw fieldError(problem.field === 'amountCents' ? 'amount' : problem.field, problem.message);
    }
    const stream = county.streams.find((s) => s.id === values.streamId);
    if (!stream) throw new Error('entryProblems passed a stream the county does not have.');
    // SFY and quarter always come from the date (DOMAIN.md), never from the person typing.
    const { sfy, quarter } = fiscalPeriodOf(values.date);
    const row = ledger.saveEntry(
      db,
      { countyId, id, actor: ctx.actor },
      {
        ...values,
        sfyStartYear: sfy.startYear,
        quarter,
        payingProgram: payingProgramOf(stream, payingProgram),
        amountCents: amount,
      },
    );
    return entryView(row);
  },

  'fiscal.deleteEntry': ({ countyId, id }, ctx) => {
    fiscalCounty(ctx, countyId);
    const row = findInCounty(ctx.workbench.db, ledgerEntry, countyId, id);
    if (!row) throw new NotFound(`This county's ledger has no row ${id}.`);
    deleteAudited(ctx.workbench.db, ledgerEntry, 'ledger_entry', row, ctx.actor);
    return { deleted: true };
  },
};
