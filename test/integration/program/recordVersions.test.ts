import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const auditCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_event`).n;
  return { invoke, auditCount };
}

type Invoke = ReturnType<typeof setup>['invoke'];

/** Each save of the team and training pages, with what it stores and how to read it back. */
const SAVES = [
  {
    what: 'team member',
    save: (invoke: Invoke, fields: Record<string, unknown>) =>
      invoke('program.saveTeamMember', {
        countyId: SONOMA,
        role: 'co-chair',
        program: 'cws',
        roleLabel: 'CWS deputy director',
        ...fields,
      } as Parameters<typeof invoke<'program.saveTeamMember'>>[1]),
    change: { roleLabel: 'CWS division director' },
    again: { contactNotes: 'Through the liaison.' },
    stale: { roleLabel: 'CWS director' },
    stored: async (invoke: Invoke, id: number) =>
      (await invoke('program.listTeam', { countyId: SONOMA })).find((m) => m.id === id),
  },
  {
    what: 'training session',
    save: (invoke: Invoke, fields: Record<string, unknown>) =>
      invoke('program.saveTraining', {
        countyId: SONOMA,
        heldOn: '2026-03-02',
        topic: 'Coordinated case plans',
        hours: 1.5,
        cwsAttendees: 6,
        ...fields,
      } as Parameters<typeof invoke<'program.saveTraining'>>[1]),
    change: { topic: 'Coordinated case plans, part 2', hours: 2 },
    again: { notes: 'Second cohort.' },
    stale: { topic: 'Joint case conferences' },
    stored: async (invoke: Invoke, id: number) =>
      (await invoke('program.listTrainings', { countyId: SONOMA })).sessions.find(
        (s) => s.id === id,
      ),
  },
] as const;

describe('record versions of the team and training logs', () => {
  it.each(SAVES)(
    'a $what saves from the version it got back, and refuses an older one as Stale',
    async ({ what, save, change, again: more, stale, stored }) => {
      const { invoke, auditCount } = setup();
      const added = await save(invoke, {});
      expect(added.version).toBe(1);
      const changed = await save(invoke, { id: added.id, version: added.version, ...change });
      expect(changed.version).toBe(2);
      const again = await save(invoke, { id: added.id, version: changed.version, ...more });
      expect(again.version).toBe(3);

      const events = auditCount();
      const error = await refusal(save(invoke, { id: added.id, version: added.version, ...stale }));
      expect(error.kind).toBe('Stale');
      expect(error.message).toContain(`The ${what} was changed elsewhere`);
      expect(error.message).toContain('Your changes were not saved');
      expect(await stored(invoke, added.id)).toEqual(again);
      expect(auditCount()).toBe(events);

      const unsaid = await refusal(save(invoke, { id: added.id, ...stale }));
      expect(unsaid.issues.map((i) => i.path)).toEqual(['version']);
      expect(await stored(invoke, added.id)).toEqual(again);
    },
  );
});

describe('record versions of the program model', () => {
  const liaison = {
    countyId: SONOMA,
    componentId: 'linkages-liaison',
    leadProgram: 'joint' as const,
    status: 'planned' as const,
  };
  const component = async (invoke: Invoke) =>
    (await invoke('program.getModel', { countyId: SONOMA })).components.find(
      (c) => c.componentId === liaison.componentId,
    );

  it('changes a component from the version it got back, and refuses an older one', async () => {
    const { invoke, auditCount } = setup();
    const added = await invoke('program.setComponent', { ...liaison, version: null });
    expect(added.version).toBe(1);
    const operating = await invoke('program.setComponent', {
      ...liaison,
      version: added.version,
      status: 'operating',
      reason: 'Liaison hired.',
    });
    expect(operating.version).toBe(2);
    const sized = await invoke('program.setComponent', {
      ...liaison,
      version: operating.version,
      status: 'operating',
      targetPopulation: 90,
    });
    expect(sized.version).toBe(3);

    const events = auditCount();
    const error = await refusal(
      invoke('program.setComponent', { ...liaison, version: added.version, notes: 'Stale' }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toMatch(/The component was changed elsewhere.*\(changed: .*status/);
    expect(await component(invoke)).toEqual(sized);
    expect(auditCount()).toBe(events);
  });

  it('refuses adding a component another window added, and changing one undone since', async () => {
    const { invoke, auditCount } = setup();
    const added = await invoke('program.setComponent', { ...liaison, version: null });
    const events = auditCount();
    const twice = await refusal(
      invoke('program.setComponent', { ...liaison, version: null, status: 'considering' }),
    );
    expect([twice.kind, twice.message]).toEqual([
      'Stale',
      expect.stringMatching(/^“.+” was added to the model elsewhere/),
    ]);
    expect(await component(invoke)).toEqual(added);
    expect(auditCount()).toBe(events);

    const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'model' });
    await invoke('history.undo', { countyId: SONOMA, scope: 'model', eventId: last?.eventId ?? 0 });
    const gone = await refusal(
      invoke('program.setComponent', { ...liaison, version: added.version, notes: 'Stale' }),
    );
    expect([gone.kind, gone.message]).toEqual([
      'Stale',
      expect.stringMatching(/^“.+” was taken out of the model elsewhere/),
    ]);
    expect(await component(invoke)).toBeUndefined();
  });
});
