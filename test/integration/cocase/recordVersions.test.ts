import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sfyStart } from '../../../src/core/fiscalCalendar';
import { CURRENT_SFY, FISCAL_COUNTY, budgetedCounty } from '../../support/fiscal';
import { openTempWorkbench, refusal } from '../../support/workbench';

const START = sfyStart({ startYear: CURRENT_SFY });

/** A county with a budget line and one family recorded by hand, as a coordinator would. */
async function setup() {
  const workbench = openTempWorkbench();
  const { invoke, line } = await budgetedCounty(workbench);
  const family = {
    countyId: FISCAL_COUNTY,
    calworksCase: 'C-100',
    cwsCase: 'W-7',
    tier: 'tertiary',
    group: 'linkages',
    startDate: START,
  } as const;
  const added = await invoke('cocase.saveFamily', family);
  const detail = () => invoke('cocase.family', { familyId: added.familyId });
  const auditCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_event`).n;
  /** Refused as Stale, with nothing written. */
  const stale = async (save: Promise<unknown>) => {
    const events = auditCount();
    const error = await refusal(save);
    expect(error.kind).toBe('Stale');
    expect(error.message).toContain('Your changes were not saved');
    expect(auditCount()).toBe(events);
    return error;
  };
  return { invoke, line, family, added, detail, stale };
}

describe('record versions of co-case records', () => {
  it('saves a family’s record from the version it got back, and refuses an older copy', async () => {
    const { invoke, family, added, detail, stale } = await setup();
    expect(added.version).toBe(1);
    const changed = await invoke('cocase.saveFamily', {
      ...family,
      familyId: added.familyId,
      version: added.version,
      cwsWorker: 'Emergency response unit',
    });
    expect(changed.version).toBe(2);
    const again = await invoke('cocase.saveFamily', {
      ...family,
      familyId: added.familyId,
      version: changed.version,
      cwsWorker: changed.cwsWorker,
      endDate: '2099-06-30',
    });
    expect(again.version).toBe(3);
    const error = await stale(
      invoke('cocase.saveFamily', {
        ...family,
        familyId: added.familyId,
        version: added.version,
        calworksWorker: 'Overwrite',
      }),
    );
    expect(error.message).toMatch(/^The family’s record was changed elsewhere/);
    expect((await detail()).family).toEqual(again);
  });

  it('shares the family’s version between its record and its plan', async () => {
    const { invoke, family, added, detail, stale } = await setup();
    const plan = { coordinatedPlanOn: START, wtwAligned: true, wtwAlignedNote: 'Around visits' };
    const saved = await invoke('cocase.savePlan', {
      familyId: added.familyId,
      version: added.version,
      ...plan,
    });
    expect(saved.version).toBe(2);
    const again = await invoke('cocase.savePlan', { ...saved, familyId: added.familyId });
    expect(again.version).toBe(3);
    await stale(
      invoke('cocase.savePlan', {
        familyId: added.familyId,
        version: saved.version,
        ...plan,
        wtwAligned: false,
      }),
    );
    // The record's form opened before the plan was saved: its copy is older too.
    const error = await stale(
      invoke('cocase.saveFamily', {
        ...family,
        familyId: added.familyId,
        version: added.version,
        cwsWorker: 'Overwrite',
      }),
    );
    expect(error.message).toContain('coordinated plan on');
    const stored = await detail();
    expect(stored.plan).toEqual(again);
    expect(stored.family).toMatchObject({ version: 3, cwsWorker: '' });
  });

  it('saves a meeting and a barrier from the version got back, and refuses an older copy', async () => {
    const { invoke, added, detail, stale } = await setup();
    const familyId = added.familyId;
    const meeting = await invoke('cocase.saveMeeting', {
      familyId,
      date: START,
      calworksAttended: true,
      cwsAttended: true,
    });
    expect(meeting.version).toBe(1);
    const met = await invoke('cocase.saveMeeting', {
      ...meeting,
      familyId,
      decisions: 'Align job search hours with visits',
    });
    expect(met.version).toBe(2);
    await stale(invoke('cocase.saveMeeting', { ...meeting, familyId, decisions: 'Overwrite' }));

    const barrier = await invoke('cocase.saveBarrier', {
      familyId,
      kind: 'housing',
      openedOn: START,
    });
    expect(barrier.version).toBe(1);
    const resolved = await invoke('cocase.saveBarrier', {
      ...barrier,
      familyId,
      resolvedOn: START,
    });
    expect(resolved.version).toBe(2);
    await stale(invoke('cocase.saveBarrier', { ...barrier, familyId, note: 'Overwrite' }));

    const stored = await detail();
    expect(stored.meetings).toEqual([met]);
    expect(stored.barriers).toEqual([resolved]);
    // The family's own version is not moved by its meetings and barriers.
    expect(stored.family.version).toBe(1);
  });

  it('saves a service from the version got back, and refuses an older copy', async () => {
    const { invoke, line, added, detail, stale } = await setup();
    const familyId = added.familyId;
    const byHand = {
      familyId,
      date: START,
      categoryId: line.categoryId,
      streamId: line.streamId,
      amount: '$25.00',
    };
    const service = await invoke('cocase.saveService', byHand);
    expect(service.version).toBe(1);
    const { serviceId } = service;
    const changed = await invoke('cocase.saveService', {
      ...byHand,
      serviceId,
      version: service.version,
      note: 'Bus passes',
    });
    expect(changed.version).toBe(2);
    const again = await invoke('cocase.saveService', {
      ...byHand,
      serviceId,
      version: changed.version,
      amount: '$30.00',
      note: 'Bus passes',
    });
    expect(again.version).toBe(3);
    await stale(
      invoke('cocase.saveService', {
        ...byHand,
        serviceId,
        version: service.version,
        amount: '$99.00',
      }),
    );
    expect((await detail()).services).toEqual([again]);
  });

  it('protects the whole logic model with one version, the starting model counting as older', async () => {
    const { invoke, stale } = await setup();
    const countyId = FISCAL_COUNTY;
    const start = await invoke('cocase.logicModel', { countyId });
    expect(start).toMatchObject({ isDefault: true, version: null });
    const items = [{ stage: 'activities', text: 'Joint case-planning meetings' }] as const;
    const first = await invoke('cocase.saveLogicModel', {
      countyId,
      version: start.version,
      items: [...items],
    });
    expect(first.version).toBe(1);
    const second = await invoke('cocase.saveLogicModel', {
      countyId,
      version: first.version,
      items: [...items, { stage: 'outputs', text: 'Plans coordinated within 30 days' }],
    });
    expect(second.version).toBe(2);
    const error = await stale(
      invoke('cocase.saveLogicModel', { countyId, version: first.version, items: [] }),
    );
    expect(error.message).toMatch(/^The logic model was changed elsewhere/);
    // A second window still showing the starting model holds an older copy too.
    await stale(invoke('cocase.saveLogicModel', { countyId, version: null, items: [] }));
    expect(await invoke('cocase.logicModel', { countyId })).toEqual(second);
  });

  it('refuses a change of a family’s records that does not say which version it was made from', async () => {
    const { invoke, family, added } = await setup();
    const familyId = added.familyId;
    for (const save of [
      () => invoke('cocase.saveFamily', { ...family, familyId }),
      () =>
        invoke('cocase.savePlan', {
          familyId,
          coordinatedPlanOn: null,
          wtwAligned: null,
          wtwAlignedNote: '',
        }),
    ]) {
      const error = await refusal(save());
      expect(error.kind).toBe('ValidationError');
      expect(error.issues.map((i) => i.path)).toEqual(['version']);
    }
  });
});
