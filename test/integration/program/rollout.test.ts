import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, serviceOver, refusal } from '../../support/workbench';

const SONOMA = 49;

function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const tables = () =>
    ['rollout_task', 'rollout_dependency', 'audit_event'].map(
      (t) => (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    );
  const save = (fields: Record<string, unknown>) =>
    invoke('program.saveTask', {
      countyId: SONOMA,
      roadmapStep: 'team',
      stage: 'exploration',
      program: 'joint',
      ...fields,
    } as Parameters<typeof invoke<'program.saveTask'>>[1]);
  return { invoke, tables, save };
}

describe('the rollout plan', () => {
  it('holds tasks with dependencies, completion per stage and what is due', async () => {
    const { invoke, save } = setup();
    const team = await save({
      title: 'Charter the team',
      startDate: '2026-10-01',
      dueDate: '2026-11-01',
      status: 'done',
    });
    const mou = await save({
      title: 'Sign the MOU',
      roadmapStep: 'clear-the-way',
      stage: 'installation',
      startDate: '2026-11-02',
      dueDate: '2026-11-30',
      dependsOn: [team.id],
      componentId: 'info-sharing-mou',
    });
    const late = await save({
      title: 'Pick families',
      startDate: '2026-09-01',
      dueDate: '2026-11-15',
    });
    const plan = await invoke('program.getPlan', { countyId: SONOMA, today: '2026-11-22' });
    expect(plan.tasks.map((t) => [t.title, t.dependsOn])).toEqual([
      ['Charter the team', []],
      ['Sign the MOU', [team.id]],
      ['Pick families', []],
    ]);
    // Exploration: 1 of 2 done = 50%; installation 0 of 1.
    expect(plan.completion.slice(0, 2).map((c) => [c.stage, c.done, c.total, c.percent])).toEqual([
      ['exploration', 1, 2, 50],
      ['installation', 0, 1, 0],
    ]);
    expect(plan.overdue).toEqual([late.id]);
    expect(plan.dueSoon).toEqual([mou.id]);
    expect(plan.warnings).toEqual([]);
  });

  it('refuses a due date before the start, naming the field, and changes nothing', async () => {
    const { tables, save } = setup();
    const before = tables();
    const error = await refusal(
      save({ title: 'Backwards', startDate: '2026-12-01', dueDate: '2026-11-01' }),
    );
    expect(error.issues).toEqual([
      {
        path: 'dueDate',
        message: '“Backwards” is due (2026-11-01) before it starts (2026-12-01).',
      },
    ]);
    expect(tables()).toEqual(before);
  });

  it('refuses a change that would make a dependency loop, naming the tasks around it', async () => {
    const { tables, save } = setup();
    const a = await save({ title: 'A' });
    const b = await save({ title: 'B', dependsOn: [a.id] });
    const before = tables();
    const error = await refusal(
      save({ id: a.id, version: a.version, title: 'A', dependsOn: [b.id] }),
    );
    expect(error.issues).toEqual([
      { path: 'dependsOn', message: 'These dependencies would make a loop: “A” → “B” → “A”.' },
    ]);
    expect(tables()).toEqual(before);
  });

  it('refuses a dependency listed twice, naming the field, and changes nothing', async () => {
    const { tables, save } = setup();
    const a = await save({ title: 'A' });
    const before = tables();
    const error = await refusal(save({ title: 'B', dependsOn: [a.id, a.id] }));
    expect(error.issues).toEqual([
      { path: 'dependsOn', message: 'A task is listed twice under Depends on.' },
    ]);
    expect(tables()).toEqual(before);
  });

  it('refuses unknown dependencies and components', async () => {
    const { save } = setup();
    expect((await refusal(save({ title: 'X', dependsOn: [999] }))).issues[0]?.path).toBe(
      'dependsOn',
    );
    expect((await refusal(save({ title: 'X', componentId: 'astrology' }))).issues[0]?.path).toBe(
      'componentId',
    );
  });

  it('asks before saving dates that break a dependency, then saves when confirmed', async () => {
    const { invoke, tables, save } = setup();
    const mou = await save({
      title: 'Sign the MOU',
      startDate: '2026-09-01',
      dueDate: '2026-10-31',
    });
    const before = tables();
    const ask = await refusal(
      save({
        title: 'Train staff',
        startDate: '2026-10-15',
        dueDate: '2026-11-30',
        dependsOn: [mou.id],
      }),
    );
    expect(ask.kind).toBe('Conflict');
    expect(ask.message).toBe(
      'Nothing was saved yet. “Train staff” starts 2026-10-15, before “Sign the MOU”, which it depends on, is due (2026-10-31). Save anyway?',
    );
    expect(tables()).toEqual(before);
    await save({
      title: 'Train staff',
      startDate: '2026-10-15',
      dueDate: '2026-11-30',
      dependsOn: [mou.id],
      confirmWarnings: true,
    });
    const plan = await invoke('program.getPlan', { countyId: SONOMA, today: '2026-09-01' });
    expect(plan.warnings).toHaveLength(1);
  });

  it("warns when moving a task's due date past the start of a task that depends on it, once", async () => {
    const { tables, save } = setup();
    const mou = await save({
      title: 'Sign the MOU',
      startDate: '2026-09-01',
      dueDate: '2026-10-31',
    });
    await save({
      title: 'Train staff',
      startDate: '2026-11-02',
      dueDate: '2026-11-30',
      dependsOn: [mou.id],
    });
    const before = tables();
    const move = {
      id: mou.id,
      version: mou.version,
      title: 'Sign the MOU',
      startDate: '2026-09-01',
      dueDate: '2026-11-10',
    };
    const ask = await refusal(save(move));
    expect(ask.message).toBe(
      'Nothing was saved yet. “Train staff” starts 2026-11-02, before “Sign the MOU”, which it depends on, is due (2026-11-10). Save anyway?',
    );
    expect(tables()).toEqual(before);
    const moved = await save({ ...move, confirmWarnings: true });
    // Renaming it later does not ask again about the dependency already accepted.
    const renamed = await save({
      ...move,
      version: moved.version,
      title: 'Sign the information-sharing MOU',
    });
    expect(renamed.title).toBe('Sign the information-sharing MOU');
  });

  it('asks before deleting a task others depend on, saying which, and leaves an audit event', async () => {
    const { invoke, tables, save } = setup();
    const mou = await save({ title: 'Sign the MOU' });
    await save({ title: 'Train staff', dependsOn: [mou.id] });
    await save({ title: 'Share data', dependsOn: [mou.id] });
    const before = tables();
    const ask = await refusal(invoke('program.deleteTask', { countyId: SONOMA, id: mou.id }));
    expect(ask.message).toBe(
      'Nothing was deleted: “Train staff”, “Share data” depend on “Sign the MOU”. Delete it anyway?',
    );
    expect(tables()).toEqual(before);
    await invoke('program.deleteTask', { countyId: SONOMA, id: mou.id, confirmDependents: true });
    const [tasks, links, audits] = tables();
    expect([tasks, links, audits]).toEqual([2, 0, (before[2] ?? 0) + 1]);
    const plan = await invoke('program.getPlan', { countyId: SONOMA, today: null });
    expect(plan.tasks.every((t) => t.dependsOn.length === 0)).toBe(true);
  });
});
