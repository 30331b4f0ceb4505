import { sql } from 'drizzle-orm';
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
  const stored = async (id: number) =>
    (await invoke('program.getPlan', { countyId: SONOMA, today: null })).tasks.find(
      (t) => t.id === id,
    );
  const auditCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_event`).n;
  const undo = async () => {
    const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'plan' });
    if (!last) throw new Error('nothing to undo');
    await invoke('history.undo', { countyId: SONOMA, scope: 'plan', eventId: last.eventId });
  };
  return { workbench, invoke, save, stored, auditCount, undo };
}

describe('record versions', () => {
  it('gives every table with a version column a trigger that moves it on any update', () => {
    const { workbench } = setup();
    const tables = workbench.db
      .all<{ name: string }>(
        sql`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
            WHERE m.type = 'table' AND c.name = 'version' ORDER BY m.name`,
      )
      .map((t) => t.name);
    // The editable records of every area; a new one must be added here on purpose.
    expect(tables).toEqual([
      'app_user',
      'budget',
      'family_barrier',
      'family_service',
      'funding_stream',
      'joint_meeting',
      'ledger_entry',
      'logic_model',
      'match_layout',
      'mutual_family',
      'program_component',
      'readiness_respondent',
      'readiness_round',
      'rollout_task',
      'service_category',
      'team_member',
      'training_session',
    ]);
    const triggers = workbench.db
      .all<{ tbl_name: string }>(
        sql`SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_version'`,
      )
      .map((t) => t.tbl_name)
      .sort();
    expect(triggers).toEqual(tables);
  });

  it('moves the version on with a write that does not set it, and with one that sets it back', () => {
    const { workbench } = setup();
    const { db } = workbench;
    db.run(sql`INSERT INTO rollout_task (county_id, title, roadmap_step, stage, program, status)
               VALUES (${SONOMA}, 'Plain SQL', 'team', 'exploration', 'joint', 'not-started')`);
    const version = () =>
      db.get<{ version: number }>(sql`SELECT version FROM rollout_task WHERE title = 'Plain SQL'`)
        .version;
    expect(version()).toBe(1);
    db.run(sql`UPDATE rollout_task SET notes = 'a' WHERE title = 'Plain SQL'`);
    expect(version()).toBe(2);
    db.run(sql`UPDATE rollout_task SET notes = 'b', version = 1 WHERE title = 'Plain SQL'`);
    expect(version()).toBe(3);
    db.run(sql`UPDATE rollout_task SET notes = 'c', version = 9 WHERE title = 'Plain SQL'`);
    expect(version()).toBe(9);
  });

  it('refuses a save made from an older version, names what changed, and writes nothing', async () => {
    const { save, stored, auditCount } = setup();
    const first = await save({ title: 'Sign the MOU', dueDate: '2026-12-01' });
    expect(first.version).toBe(1);
    // Window A saves a new due date and title from version 1 ...
    const a = await save({
      id: first.id,
      version: first.version,
      title: 'Sign the MOU (both directors)',
      dueDate: '2027-01-15',
    });
    expect(a.version).toBe(2);
    // ... and the copy it got back saves again without a conflict.
    const again = await save({ ...a, notes: 'Drafted by counsel.' });
    expect(again.version).toBe(3);
    const events = auditCount();
    // Window B still holds version 1.
    const error = await refusal(
      save({ id: first.id, version: first.version, title: 'Sign it', dueDate: '2026-12-01' }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toMatch(/The task was changed elsewhere at \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(error.message).toContain('(changed: title, due date, notes)');
    expect(error.message).toContain('Your changes were not saved');
    expect(await stored(first.id)).toEqual(again);
    expect(auditCount()).toBe(events);
  });

  it('refuses a change that does not say which version it was made from', async () => {
    const { save } = setup();
    const task = await save({ title: 'Sign the MOU' });
    const error = await refusal(save({ id: task.id, title: 'Sign it' }));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual(['version']);
  });

  it('moves the version on when a change is undone, so a copy from before the undo is stale', async () => {
    const { invoke, save, stored, undo } = setup();
    const task = await save({ title: 'Sign the MOU' });
    const changed = await save({ ...task, title: 'Sign the MOU today' });
    await undo();
    const undone = await stored(task.id);
    expect(undone?.title).toBe('Sign the MOU');
    expect(undone?.version).toBeGreaterThan(changed.version);
    const error = await refusal(save({ ...changed, title: 'Overwrite' }));
    expect(error.kind).toBe('Stale');
    // A deleted task put back by undo comes back past the version it was deleted at.
    const latest = await stored(task.id);
    if (!latest) throw new Error('task gone');
    await invoke('program.deleteTask', { countyId: SONOMA, id: task.id, confirmDependents: false });
    await undo();
    expect((await stored(task.id))?.version).toBeGreaterThan(latest.version);
    expect((await refusal(save({ ...latest, title: 'Overwrite' }))).kind).toBe('Stale');
  });
});
