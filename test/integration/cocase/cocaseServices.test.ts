import { describe, expect, it } from 'vitest';
import { sfyStart } from '../../../src/core/fiscalCalendar';
import { addMutualFamilies } from '../../../src/db/cocase/repository';
import { CURRENT_SFY, FISCAL_COUNTY, budgetedCounty } from '../../support/fiscal';
import { openTempWorkbench } from '../../support/workbench';

const START = sfyStart({ startYear: CURRENT_SFY });

async function familyWithLedger() {
  const workbench = openTempWorkbench();
  const { invoke, line } = await budgetedCounty(workbench);
  addMutualFamilies(workbench, FISCAL_COUNTY, 'test', [
    {
      countyId: FISCAL_COUNTY,
      calworksCase: 'C-100',
      cwsCase: 'W-7',
      tier: 'tertiary',
      group: 'linkages',
      startDate: START,
    },
  ]);
  const [family] = await invoke('cocase.families', { countyId: FISCAL_COUNTY });
  const entry = (reference: string | null, amount: string) =>
    invoke('fiscal.saveEntry', {
      countyId: FISCAL_COUNTY,
      streamId: line.streamId,
      categoryId: line.categoryId,
      date: START,
      amount,
      payingProgram: 'calworks',
      leveraged: false,
      savedProgram: null,
      description: 'Bus passes',
      familyReference: reference,
      refundReason: '',
    });
  return { invoke, line, familyId: family?.familyId ?? 0, entry };
}

describe('services of a mutual family', () => {
  it('come from the family’s ledger rows with the row’s figures, once each', async () => {
    const { invoke, familyId, entry } = await familyWithLedger();
    const ours = await entry('W-7', '$42.10');
    await entry('C-999', '$5.00');
    const detail = await invoke('cocase.family', { familyId });
    expect(detail.unlinkedLedgerRows.map((r) => [r.entryId, r.amountCents])).toEqual([
      [ours.id, 4210],
    ]);
    const service = await invoke('cocase.saveService', {
      familyId,
      ledgerEntryId: ours.id,
      note: 'Monthly passes',
    });
    expect(service).toMatchObject({ amountCents: 4210, date: START, ledgerEntryId: ours.id });
    const after = await invoke('cocase.family', { familyId });
    expect(after.services).toHaveLength(1);
    expect(after.unlinkedLedgerRows).toEqual([]);
    // The ledger row corrected later: the service shows the row as it is now.
    await invoke('fiscal.saveEntry', {
      countyId: FISCAL_COUNTY,
      id: ours.id,
      version: ours.version,
      streamId: ours.streamId,
      categoryId: ours.categoryId,
      date: ours.date,
      amount: '$40.00',
      payingProgram: 'calworks',
      leveraged: false,
      savedProgram: null,
      description: 'Bus passes',
      familyReference: 'W-7',
      refundReason: '',
    });
    expect((await invoke('cocase.family', { familyId })).services).toMatchObject([
      { amountCents: 4000, ledgerEntryId: ours.id },
    ]);
    const twice = await invoke('cocase.saveService', { familyId, ledgerEntryId: ours.id }).catch(
      (e: unknown) => e as { kind: string },
    );
    expect(twice).toMatchObject({ kind: 'Conflict' });
  });

  it('refuse another family’s ledger row, an unknown stream, and $0.00', async () => {
    const { invoke, line, familyId, entry } = await familyWithLedger();
    const theirs = await entry('C-999', '$5.00');
    const refused = (input: Parameters<typeof invoke<'cocase.saveService'>>[1]) =>
      invoke('cocase.saveService', input).then(
        () => {
          throw new Error('expected a refusal');
        },
        (e: unknown) => e as { kind: string; issues: { path: string; message: string }[] },
      );
    expect(await refused({ familyId, ledgerEntryId: theirs.id })).toMatchObject({
      kind: 'ValidationError',
      issues: [{ path: 'ledgerEntryId' }],
    });
    const manual = { familyId, date: START, categoryId: line.categoryId, streamId: line.streamId };
    expect(await refused({ ...manual, streamId: 99_999, amount: '$10.00' })).toMatchObject({
      issues: [{ path: 'streamId' }],
    });
    expect(await refused({ ...manual, amount: '$0.00' })).toMatchObject({
      issues: [{ path: 'amount' }],
    });
    // Each problem names its field, whichever way in the caller meant.
    expect(await refused({ familyId, amount: 'ten dollars' })).toMatchObject({
      issues: [{ path: 'amount' }],
    });
    expect((await refused({ familyId, date: START })).issues.map((i) => i.path)).toEqual([
      'categoryId',
      'streamId',
      'amount',
    ]);
    expect(
      (await refused({ familyId, ledgerEntryId: theirs.id, amount: '$1.00' })).issues,
    ).toMatchObject([{ path: 'amount' }]);
    // A retired stream takes no new service, as it takes no new ledger row.
    const stream = (await invoke('fiscal.reference', { countyId: FISCAL_COUNTY })).streams.find(
      (s) => s.id === line.streamId,
    );
    if (!stream) throw new Error('no stream');
    await invoke('fiscal.saveStream', { ...stream, countyId: FISCAL_COUNTY, retired: true });
    expect(await refused({ ...manual, amount: '$10.00' })).toMatchObject({
      issues: [{ path: 'streamId', message: expect.stringMatching(/is retired/) }],
    });
    expect((await invoke('cocase.family', { familyId })).services).toEqual([]);
  });
});
