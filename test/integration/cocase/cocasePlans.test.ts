import { describe, expect, it } from 'vitest';
import { addMutualFamilies } from '../../../src/db/cocase/repository';
import { readBack } from '../../support/exportedWorkbook';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

function withFamilies() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  addMutualFamilies(
    workbench,
    49,
    'test',
    [1, 2].map((i) => ({
      countyId: 49,
      calworksCase: `C-${i}`,
      cwsCase: `W-${i}`,
      tier: 'tertiary' as const,
      group: 'linkages' as const,
      startDate: '2026-03-01',
    })),
  );
  const ids = workbench.sqlite
    .prepare('SELECT id FROM mutual_family ORDER BY calworks_case')
    .pluck()
    .all() as number[];
  return { workbench, service, ids };
}

/** The family's version as its page has it: a change to its record or plan says which it saw. */
async function familyVersion(service: ReturnType<typeof serviceOver>, familyId: number) {
  const detail = (await service.invoke('cocase.family', { familyId })) as {
    family: { version: number };
  };
  return detail.family.version;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as { kind: string; issues: { path: string; message: string }[] },
  );

describe('linked case plan tracking', () => {
  it('records joint meetings, the coordinated plan and barriers, each audited, and the worklists follow', async () => {
    const { workbench, service, ids } = withFamilies();
    const [first = 0, second = 0] = ids;
    const before = (await service.invoke('cocase.worklists', {
      countyId: 49,
      asOf: '2026-05-01',
    })) as { reviews: unknown[]; withoutPlan: { cwsCase: string; days: number }[] };
    expect(before.reviews).toEqual([]);
    expect(before.withoutPlan.map((f) => [f.cwsCase, f.days])).toEqual([
      ['W-1', 61],
      ['W-2', 61],
    ]);

    await service.invoke('cocase.saveMeeting', {
      familyId: first,
      date: '2026-03-20',
      calworksAttended: true,
      cwsAttended: true,
      othersAttended: 'parent',
      decisions: 'Align job search hours with visits',
      nextReviewDue: '2026-04-20',
    });
    await service.invoke('cocase.savePlan', {
      familyId: first,
      version: await familyVersion(service, first),
      coordinatedPlanOn: '2026-03-20',
      wtwAligned: true,
      wtwAlignedNote: 'Job search around visits',
    });
    const barrier = (await service.invoke('cocase.saveBarrier', {
      familyId: second,
      kind: 'housing',
      openedOn: '2026-03-10',
    })) as { barrierId: number; version: number };

    const after = (await service.invoke('cocase.worklists', {
      countyId: 49,
      asOf: '2026-05-01',
    })) as {
      reviews: { cwsCase: string; status: string; overdueDays: number }[];
      withoutPlan: { cwsCase: string }[];
      openBarriers: { cwsCase: string; kind: string; ageDays: number }[];
    };
    expect(after.reviews).toMatchObject([{ cwsCase: 'W-1', status: 'overdue', overdueDays: 11 }]);
    expect(after.withoutPlan.map((f) => f.cwsCase)).toEqual(['W-2']);
    expect(after.openBarriers).toMatchObject([{ cwsCase: 'W-2', kind: 'housing', ageDays: 52 }]);

    // The workbook lists what the page lists.
    const file = (await service.invoke('cocase.exportWorklists', {
      countyId: 49,
      asOf: '2026-05-01',
    })) as { fileName: string; bytesBase64: string };
    expect(file.fileName).toMatch(/-co-case-worklists-2026-05-01\.xlsx$/);
    const book = await readBack(file.bytesBase64);
    const values = (sheet: string) =>
      (book.getWorksheet(sheet)?.getSheetValues() ?? [])
        .slice(2)
        .map((row) => (row as unknown[]).slice(1));
    expect(values('Reviews due')).toEqual([
      [
        'C-1',
        'W-1',
        new Date('2026-03-20T00:00:00Z'),
        new Date('2026-04-20T00:00:00Z'),
        'Overdue',
        11,
      ],
    ]);
    expect(values('Without a plan')).toEqual([
      ['C-2', 'W-2', new Date('2026-03-01T00:00:00Z'), 61],
    ]);
    expect(values('Open barriers')).toEqual([
      ['C-2', 'W-2', 'Housing', new Date('2026-03-10T00:00:00Z'), 52],
    ]);

    await service.invoke('cocase.saveBarrier', {
      familyId: second,
      barrierId: barrier.barrierId,
      version: barrier.version,
      kind: 'housing',
      openedOn: '2026-03-10',
      resolvedOn: '2026-04-15',
    });
    const detail = (await service.invoke('cocase.family', { familyId: second })) as {
      barriers: { resolvedOn: string | null }[];
    };
    expect(detail.barriers).toMatchObject([{ resolvedOn: '2026-04-15' }]);
    const audit = workbench.sqlite
      .prepare(
        "SELECT entity, action FROM audit_event WHERE entity IN ('joint_meeting', 'family_barrier') OR (entity = 'mutual_family' AND action = 'update') ORDER BY id",
      )
      .all();
    expect(audit).toEqual([
      { entity: 'joint_meeting', action: 'create' },
      { entity: 'mutual_family', action: 'update' },
      { entity: 'family_barrier', action: 'create' },
      { entity: 'family_barrier', action: 'update' },
    ]);
  });

  it('records a family by hand, changes it, and refuses a duplicate or a start after its records', async () => {
    const { workbench, service, ids } = withFamilies();
    const family = {
      countyId: 49,
      calworksCase: ' C-3 ',
      cwsCase: 'W-3',
      tier: 'secondary',
      group: 'comparison',
      startDate: '2026-02-01',
      cwsWorker: 'Emergency response unit',
    };
    const added = (await service.invoke('cocase.saveFamily', family)) as {
      familyId: number;
      calworksCase: string;
      endDate: string | null;
      version: number;
    };
    expect(added).toMatchObject({ calworksCase: 'C-3', endDate: null });
    const changed = await service.invoke('cocase.saveFamily', {
      ...family,
      familyId: added.familyId,
      version: added.version,
      endDate: '2026-10-31',
    });
    expect(changed).toMatchObject({ familyId: added.familyId, endDate: '2026-10-31' });
    expect(
      await refusal(
        service.invoke('cocase.saveFamily', { ...family, calworksCase: 'C-1', cwsCase: 'W-1' }),
      ),
    ).toMatchObject({
      issues: [{ path: 'cwsCase', message: 'This county already records the family C-1 / W-1.' }],
    });
    expect(
      await refusal(service.invoke('cocase.saveFamily', { ...family, endDate: '2026-01-01' })),
    ).toMatchObject({ issues: [{ path: 'endDate' }] });
    expect(
      await refusal(service.invoke('cocase.saveFamily', { ...family, cwsCase: 'Jane Doe' })),
    ).toMatchObject({ issues: [{ path: 'cwsCase' }] });
    // Family 1 joined on 2026-03-01 and has a meeting on 03-20: it cannot have joined in April.
    const [first = 0] = ids;
    await service.invoke('cocase.saveMeeting', {
      familyId: first,
      date: '2026-03-20',
      calworksAttended: true,
      cwsAttended: true,
    });
    expect(
      await refusal(
        service.invoke('cocase.saveFamily', {
          ...family,
          familyId: first,
          version: await familyVersion(service, first),
          calworksCase: 'C-1',
          cwsCase: 'W-1',
          startDate: '2026-04-01',
        }),
      ),
    ).toMatchObject({
      issues: [{ path: 'startDate', message: expect.stringMatching(/2026-03-20/) }],
    });
    const audit = workbench.sqlite
      .prepare("SELECT action FROM audit_event WHERE entity = 'mutual_family' AND entity_id = ?")
      .pluck()
      .all(String(added.familyId));
    expect(audit).toEqual(['create', 'update']);
  });

  it('records outcome events by hand by the import’s rules, and removes one only when no later event needs it', async () => {
    const { workbench, service, ids } = withFamilies();
    const [familyId = 0] = ids;
    const add = (kind: string, date: string) =>
      service.invoke('cocase.addOutcome', { familyId, kind, date }) as Promise<{
        outcomeId: number;
      }>;
    expect(await refusal(add('reunification', '2026-05-01'))).toMatchObject({
      issues: [
        {
          path: 'date',
          message:
            'A reunification on 2026-05-01 needs an earlier entry to foster care for the family.',
        },
      ],
    });
    expect(await refusal(add('foster-care-entry', '2026-02-01'))).toMatchObject({
      issues: [{ path: 'date', message: expect.stringMatching(/before the family joined/) }],
    });
    const entry = await add('foster-care-entry', '2026-04-01');
    const home = await add('reunification', '2026-05-01');
    expect(await refusal(add('foster-care-entry', '2026-04-01'))).toMatchObject({
      issues: [{ path: 'date', message: expect.stringMatching(/recorded already/) }],
    });
    const remove = (outcomeId: number) =>
      service.invoke('cocase.removeOutcome', { familyId, outcomeId });
    expect(await refusal(remove(entry.outcomeId))).toMatchObject({
      issues: [
        {
          path: 'outcomeId',
          message:
            'The reunification on 2026-05-01 needs this entry to foster care; remove it first.',
        },
      ],
    });
    const detail = (await service.invoke('cocase.family', { familyId })) as {
      outcomes: { kind: string; date: string; importFileName: string | null }[];
    };
    expect(detail.outcomes).toMatchObject([
      { kind: 'foster-care-entry', date: '2026-04-01', importFileName: null },
      { kind: 'reunification', date: '2026-05-01', importFileName: null },
    ]);
    await remove(home.outcomeId);
    await remove(entry.outcomeId);
    const audit = workbench.sqlite
      .prepare("SELECT action FROM audit_event WHERE entity = 'family_outcome' ORDER BY id")
      .pluck()
      .all();
    expect(audit).toEqual(['create', 'create', 'delete', 'delete']);
    expect(workbench.sqlite.prepare('SELECT count(*) FROM family_outcome').pluck().get()).toBe(0);
  });

  it('refuses dates out of order, before the family joined, and a meeting with no one from either program', async () => {
    const { workbench, service, ids } = withFamilies();
    const [first = 0] = ids;
    const meeting = {
      familyId: first,
      date: '2026-03-20',
      calworksAttended: true,
      cwsAttended: false,
    };
    expect(
      await refusal(
        service.invoke('cocase.saveMeeting', { ...meeting, nextReviewDue: '2026-03-01' }),
      ),
    ).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'nextReviewDue' }] });
    expect(
      await refusal(service.invoke('cocase.saveMeeting', { ...meeting, date: '2026-02-01' })),
    ).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'date' }] });
    expect(
      await refusal(service.invoke('cocase.saveMeeting', { ...meeting, calworksAttended: false })),
    ).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'cwsAttended' }] });
    expect(
      await refusal(
        service.invoke('cocase.saveBarrier', {
          familyId: first,
          kind: 'sanction',
          openedOn: '2026-04-01',
          resolvedOn: '2026-03-01',
        }),
      ),
    ).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'resolvedOn' }] });
    expect(await refusal(service.invoke('cocase.family', { familyId: 999 }))).toMatchObject({
      kind: 'NotFound',
    });
    const written = workbench.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM joint_meeting) + (SELECT count(*) FROM family_barrier)',
      )
      .pluck()
      .get();
    expect(written).toBe(0);
  });
});
