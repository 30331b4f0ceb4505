/**
 * Services a mutual family received. One that is a ledger row's spending is recorded from that
 * row (its date, stream, category and amount), and a row serves one family's service only.
 */
import { stateFiscalYearOf } from '../../core/fiscalCalendar';
import {
  familyServices,
  findLedgerEntry,
  findService,
  saveService,
  serviceOfLedgerEntry,
  type FamilyServiceRow,
} from '../../db/cocase/services';
import { findMutualFamily } from '../../db/cocase/plans';
import type { cocasePlansContract } from './plans.contract';
import type { HandlersFor } from '../context';
import { Conflict, NotFound } from '../errors';
import { fiscalCounty, usableLine } from '../fiscal/rules';
import { fieldError } from '../errors';
import { checkVersion } from '../recordVersion';

export const serviceView = (s: FamilyServiceRow) => ({
  serviceId: s.id,
  date: s.date,
  categoryId: s.categoryId,
  streamId: s.streamId,
  amountCents: s.amountCents,
  ledgerEntryId: s.ledgerEntryId,
  note: s.note,
  version: s.version,
});

export const cocaseServiceHandlers: Pick<
  HandlersFor<typeof cocasePlansContract>,
  'cocase.saveService'
> = {
  'cocase.saveService': (input, ctx) => {
    const { db } = ctx.workbench;
    const family = findMutualFamily(db, input.familyId);
    if (!family) throw new NotFound(`There is no mutual family ${input.familyId}.`);
    if (input.serviceId !== null) {
      const stored = findService(db, family.id, input.serviceId);
      if (!stored) throw new NotFound(`Service ${input.serviceId} is not one of this family’s.`);
      checkVersion(db, {
        what: 'service',
        entity: 'family_service',
        id: input.serviceId,
        expected: input.version,
        stored,
      });
    }
    const county = fiscalCounty(ctx, family.countyId);
    let values;
    if (input.ledgerEntryId !== undefined) {
      const entry = findLedgerEntry(db, input.ledgerEntryId);
      if (!entry || entry.countyId !== family.countyId) {
        throw fieldError('ledgerEntryId', 'There is no such row in this county’s ledger.');
      }
      const reference = entry.familyReference;
      if (reference && reference !== family.calworksCase && reference !== family.cwsCase) {
        throw fieldError(
          'ledgerEntryId',
          `That ledger row is for case ${reference}, not this family’s ${family.calworksCase} or ${family.cwsCase}.`,
        );
      }
      const linked = serviceOfLedgerEntry(db, entry.id);
      if (linked && linked.id !== input.serviceId) {
        throw new Conflict(
          'That ledger row is already a service of a family; it is not counted twice.',
        );
      }
      values = {
        date: entry.date,
        categoryId: entry.categoryId,
        streamId: entry.streamId,
        amountCents: entry.amountCents,
        ledgerEntryId: entry.id,
      };
    } else {
      // The ledger's rules for its reference data: the county's, not retired (unless the service
      // already named it), and the stream active in the service's SFY.
      const before = familyServices(db, family.id).find((s) => s.id === input.serviceId);
      usableLine(
        county,
        { ...input, sfyStartYear: stateFiscalYearOf(input.date).startYear },
        before,
      );
      if (input.amount === 0) throw fieldError('amount', 'A service of $0.00 records nothing.');
      values = {
        date: input.date,
        categoryId: input.categoryId,
        streamId: input.streamId,
        amountCents: input.amount,
        ledgerEntryId: null,
      };
    }
    if (values.date < family.startDate) {
      throw fieldError(
        'date',
        `The family joined on ${family.startDate}; this service is before it.`,
      );
    }
    const saved = saveService(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      input.serviceId,
      { familyId: family.id, note: input.note, ...values },
    );
    if (!saved) throw new NotFound(`Service ${input.serviceId} is not one of this family’s.`);
    return serviceView(saved);
  },
};
