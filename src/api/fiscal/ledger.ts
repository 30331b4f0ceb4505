import { fiscalPeriodOf, sfyLabel } from '../../core/fiscalCalendar';
import { deleteAudited, findInCounty } from '../../db/audited';
import { budgetedSfys } from '../../db/fiscal/budget';
import * as ledger from '../../db/fiscal/ledger';
import { ledgerEntry } from '../../db/schema';
import type { HandlersFor } from '../context';
import { NotFound } from '../errors';
import type { LedgerEntryView, fiscalLedgerContract } from './contract';
import { fiscalCounty, usableLine } from './rules';
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

  'fiscal.saveEntry': ({ countyId, id, amount, payingProgram, ...values }, ctx) => {
    const { db } = ctx.workbench;
    const county = fiscalCounty(ctx, countyId);
    const before = id === null ? undefined : findInCounty(db, ledgerEntry, countyId, id);
    if (id !== null && !before) throw new NotFound(`This county's ledger has no row ${id}.`);
    // SFY and quarter always come from the date (DOMAIN.md), never from the person typing.
    const { sfy, quarter } = fiscalPeriodOf(values.date);
    // A new row, or one moving to another SFY, needs that SFY budgeted; old rows stay editable.
    const movesSfy = !before || before.sfyStartYear !== sfy.startYear;
    if (movesSfy && !budgetedSfys(db, countyId).includes(sfy.startYear)) {
      throw fieldError(
        'date',
        `${values.date} is in ${sfyLabel(sfy)}, which has no budget in this county yet: add its budget lines first.`,
      );
    }
    const stream = usableLine(county, { ...values, sfyStartYear: sfy.startYear }, before);
    if (amount === 0) throw fieldError('amount', 'An expense of $0.00 records nothing.');
    if (amount < 0 && values.refundReason === '') {
      throw fieldError('refundReason', 'A refund (a negative amount) needs a reason.');
    }
    if (values.leveraged && values.savedProgram === null) {
      throw fieldError(
        'savedProgram',
        'A leveraged expense names the program whose budget it spared.',
      );
    }
    const paying = payingProgram ?? stream.sourceProgram;
    if (values.leveraged && values.savedProgram === paying) {
      throw fieldError(
        'savedProgram',
        'A leveraged expense spares another program’s budget: the spared program cannot be the one paying.',
      );
    }
    const row = ledger.saveEntry(
      db,
      { countyId, id, actor: ctx.actor },
      {
        ...values,
        savedProgram: values.leveraged ? values.savedProgram : null,
        sfyStartYear: sfy.startYear,
        quarter,
        payingProgram: paying,
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
