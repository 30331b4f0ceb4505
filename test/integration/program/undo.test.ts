import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const save = (fields: Record<string, unknown>) =>
    invoke('program.saveTask', {
      countyId: SONOMA,
      roadmapStep: 'team',
      stage: 'exploration',
      program: 'joint',
      ...fields,
    } as Parameters<typeof invoke<'program.saveTask'>>[1]);
  const plan = async () =>
    (await invoke('program.getPlan', { countyId: SONOMA, today: '2026-11-22' })).tasks.map(
      (t) => [t.id, t.title, t.dueDate, t.dependsOn] as const,
    );
  const undo = async () => {
    const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'plan' });
    if (!last) throw new Error('nothing to undo');
    return (
      await invoke('history.undo', { countyId: SONOMA, scope: 'plan', eventId: last.eventId })
    ).undone;
  };
  return { workbench, invoke, save, plan, undo };
}

describe('undo in the rollout plan', () => {
  it('steps back through a delete, a date change and two additions, one change at a time', async () => {
    const { invoke, save, plan, undo } = setup();
    const mou = await save({ title: 'Sign the MOU', dueDate: '2026-12-01' });
    const train = await save({ title: 'Train staff', dependsOn: [mou.id] });
    const states = [await plan()];
    await save({ id: mou.id, version: mou.version, title: 'Sign the MOU', dueDate: '2027-01-15' });
    states.push(await plan());
    await invoke('program.deleteTask', { countyId: SONOMA, id: mou.id, confirmDependents: true });
    expect(await plan()).toEqual([[train.id, 'Train staff', null, []]]);

    // The deleted task comes back with its own id and the dependent's link.
    expect(await undo()).toBe('deleting “Sign the MOU”');
    expect(await plan()).toEqual(states[1]);
    expect(await undo()).toBe('the change to “Sign the MOU”');
    expect(await plan()).toEqual(states[0]);
    expect(await undo()).toBe('adding “Train staff”');
    expect(await plan()).toEqual([[mou.id, 'Sign the MOU', '2026-12-01', []]]);
    expect(await undo()).toBe('adding “Sign the MOU”');
    expect(await plan()).toEqual([]);
    expect(await invoke('history.lastChange', { countyId: SONOMA, scope: 'plan' })).toBeNull();
  });

  it('refuses to undo when the last change is no longer the one the user saw', async () => {
    const { workbench, invoke, save, plan } = setup();
    await save({ title: 'Sign the MOU' });
    const seen = await invoke('history.lastChange', { countyId: SONOMA, scope: 'plan' });
    await save({ title: 'Train staff' });
    const before = await plan();
    const audits = () =>
      (workbench.sqlite.prepare('SELECT count(*) AS n FROM audit_event').get() as { n: number }).n;
    const count = audits();
    const error = await refusal(
      invoke('history.undo', { countyId: SONOMA, scope: 'plan', eventId: seen?.eventId ?? 0 }),
    );
    expect(error.kind).toBe('Conflict');
    expect(error.message).toBe(
      'Nothing was undone: the last change is now adding “Train staff”. Look again, then undo.',
    );
    expect(await plan()).toEqual(before);
    expect(audits()).toBe(count);
  });

  it('keeps each county and scope apart, and says when nothing is left', async () => {
    const { invoke, save } = setup();
    await save({ title: 'Sign the MOU' });
    expect(await invoke('history.lastChange', { countyId: 19, scope: 'plan' })).toBeNull();
    expect(await invoke('history.lastChange', { countyId: SONOMA, scope: 'team' })).toBeNull();
    const error = await refusal(
      invoke('history.undo', { countyId: SONOMA, scope: 'team', eventId: 1 }),
    );
    expect(error.message).toBe('There is nothing left to undo here.');
  });

  it('restores team members and training sessions row for row', async () => {
    const { invoke } = setup();
    const undoIn = async (scope: 'team' | 'training') => {
      const last = await invoke('history.lastChange', { countyId: SONOMA, scope });
      return (
        await invoke('history.undo', { countyId: SONOMA, scope, eventId: last?.eventId ?? 0 })
      ).undone;
    };
    const seat = {
      countyId: SONOMA,
      role: 'co-chair',
      program: 'cws',
      roleLabel: 'CWS deputy director',
    } as const;
    const member = await invoke('program.saveTeamMember', seat);
    await invoke('program.saveTeamMember', {
      ...seat,
      id: member.id,
      version: member.version,
      roleLabel: 'CWS director',
    });
    await invoke('program.deleteTeamMember', { countyId: SONOMA, id: member.id });
    expect(await invoke('program.listTeam', { countyId: SONOMA })).toEqual([]);
    expect(await undoIn('team')).toBe('deleting “CWS director”');
    // Row for row but the version, which undo moves on like any write.
    const unversioned = <T extends { version: number }>({ version: _v, ...row }: T) => row;
    const team = async () =>
      (await invoke('program.listTeam', { countyId: SONOMA })).map(unversioned);
    expect(await team()).toEqual([{ ...unversioned(member), roleLabel: 'CWS director' }]);
    expect(await undoIn('team')).toBe('the change to “CWS director”');
    expect(await team()).toEqual([unversioned(member)]);

    const training = {
      countyId: SONOMA,
      heldOn: '2026-10-01',
      topic: 'Linkages basics',
      hours: 2,
      calworksAttendees: 6,
      cwsAttendees: 4,
      partnerAttendees: 0,
    };
    const session = await invoke('program.saveTraining', training);
    await invoke('program.saveTraining', {
      ...training,
      id: session.id,
      version: session.version,
      hours: 3,
    });
    await invoke('program.deleteTraining', { countyId: SONOMA, id: session.id });
    // A newer change in another county is not this county's to undo.
    await invoke('program.saveTraining', { ...training, countyId: 19 });
    const sessions = async () =>
      (await invoke('program.listTrainings', { countyId: SONOMA })).sessions;
    expect(await undoIn('training')).toBe('deleting “Linkages basics (2026-10-01)”');
    expect((await sessions()).map((s) => [s.id, s.hours])).toEqual([[session.id, 3]]);
    expect(await undoIn('training')).toBe('the change to “Linkages basics (2026-10-01)”');
    expect((await sessions()).map(unversioned)).toEqual([unversioned(session)]);
    expect(await undoIn('training')).toBe('adding “Linkages basics (2026-10-01)”');
    expect(await sessions()).toEqual([]);
    expect((await invoke('program.listTrainings', { countyId: 19 })).sessions).toHaveLength(1);
  });

  it('takes back a status change with the history entry it added, then an added component', async () => {
    const { invoke } = setup();
    const set = (status: 'planned' | 'installing', version: number | null) =>
      invoke('program.setComponent', {
        countyId: SONOMA,
        componentId: 'linked-case-plan',
        version,
        status,
        leadProgram: 'joint',
        reason: status === 'installing' ? 'Team formed.' : '',
      });
    const planned = await set('planned', null);
    await set('installing', planned.version);
    const undoModel = async () => {
      const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'model' });
      return (
        await invoke('history.undo', {
          countyId: SONOMA,
          scope: 'model',
          eventId: last?.eventId ?? 0,
        })
      ).undone;
    };
    expect(await undoModel()).toBe('the change to “Linked WtW and CWS case plans”');
    const [component] = (await invoke('program.getModel', { countyId: SONOMA })).components;
    expect([component?.status, component?.history.map((h) => h.status)]).toEqual([
      'planned',
      ['planned'],
    ]);
    expect(await undoModel()).toBe('adding “Linked WtW and CWS case plans”');
    expect((await invoke('program.getModel', { countyId: SONOMA })).components).toEqual([]);
  });
});
