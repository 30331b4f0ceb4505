import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { auditEvent } from '../../../src/db/schema';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;
const NAPA = 28;

function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const count = (table: string) =>
    (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const tables = () => [count('team_member'), count('audit_event')];
  const save = (fields: Record<string, unknown>) =>
    invoke('program.saveTeamMember', {
      countyId: SONOMA,
      id: null,
      role: 'co-chair',
      program: 'cws',
      roleLabel: 'CWS deputy director',
      ...fields,
    } as Parameters<typeof invoke<'program.saveTeamMember'>>[1]);
  const audits = (entity: string) =>
    workbench.db
      .select()
      .from(auditEvent)
      .all()
      .filter((e) => e.entity === entity);
  return { invoke, tables, save, audits };
}

describe('the implementation team', () => {
  it('lists seats by program, co-chairs first, and keeps contact notes', async () => {
    const { invoke, save } = setup();
    await save({ role: 'data-analyst', program: 'cws', roleLabel: 'CWS data analyst' });
    await save({ role: 'co-chair', program: 'cws', roleLabel: 'CWS deputy director' });
    await save({
      role: 'co-chair',
      program: 'calworks',
      roleLabel: 'CalWORKs program manager',
      contactNotes: '  Reach through the WtW front desk.  ',
    });
    await save({ role: 'union-rep', program: 'partner', roleLabel: 'SEIU 1021 steward' });
    const team = await invoke('program.listTeam', { countyId: SONOMA });
    expect(team.map((m) => [m.program, m.role, m.roleLabel])).toEqual([
      ['calworks', 'co-chair', 'CalWORKs program manager'],
      ['cws', 'co-chair', 'CWS deputy director'],
      ['cws', 'data-analyst', 'CWS data analyst'],
      ['partner', 'union-rep', 'SEIU 1021 steward'],
    ]);
    expect(team[0]?.contactNotes).toBe('Reach through the WtW front desk.');
    expect(await invoke('program.listTeam', { countyId: NAPA })).toEqual([]);
  });

  it('changes a seat and deletes one, each with an audit event holding the whole rows', async () => {
    const { invoke, save, audits } = setup();
    const seat = await save({});
    const changed = await save({
      id: seat.id,
      version: seat.version,
      roleLabel: 'CWS division director',
    });
    expect(changed).toMatchObject({ id: seat.id, roleLabel: 'CWS division director' });
    await invoke('program.deleteTeamMember', { countyId: SONOMA, id: seat.id });
    expect(await invoke('program.listTeam', { countyId: SONOMA })).toEqual([]);
    const events = audits('team_member');
    expect(events.map((e) => [e.action, e.entityId, e.countyId, e.actor])).toEqual([
      ['create', String(seat.id), SONOMA, 'test-runner'],
      ['update', String(seat.id), SONOMA, 'test-runner'],
      ['delete', String(seat.id), SONOMA, 'test-runner'],
    ]);
    const [created, updated, deleted] = events.map((e) => ({
      before: e.beforeJson === null ? null : (JSON.parse(e.beforeJson) as Record<string, unknown>),
      after: e.afterJson === null ? null : (JSON.parse(e.afterJson) as Record<string, unknown>),
    }));
    // Whole rows, so an undo can put a row back exactly as it was.
    expect(created?.before).toBeNull();
    expect(Object.keys(created?.after ?? {}).sort()).toEqual(
      [
        'contactNotes',
        'countyId',
        'createdAt',
        'id',
        'program',
        'role',
        'roleLabel',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(updated?.before).toEqual(created?.after);
    expect(updated?.after).toMatchObject({ roleLabel: 'CWS division director' });
    expect(deleted).toEqual({ before: updated?.after, after: null });
  });

  it.each([
    [{ roleLabel: '   ' }, 'roleLabel', 'Give the seat a label, e.g. “CWS deputy director”.'],
    [{ roleLabel: 'x'.repeat(81) }, 'roleLabel', 'Keep the role label to 80 characters.'],
    [
      { contactNotes: 'x'.repeat(501) },
      'contactNotes',
      'Keep the contact notes to 500 characters.',
    ],
    [{ program: 'probation' }, 'program', 'Choose the program: CalWORKs, CWS or Partner.'],
    [
      { role: 'mayor' },
      'role',
      'Choose a role: Co-chair, Program manager, Program staff, Line staff, Data analyst, Fiscal analyst, Union representative, Training staff, Other.',
    ],
    [{ roleLabel: undefined }, 'roleLabel', 'Give the seat a label, e.g. “CWS deputy director”.'],
  ])('refuses %j naming %s, and writes nothing', async (fields, path, message) => {
    const { save, tables } = setup();
    const before = tables();
    const error = await refusal(save(fields));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual([path]);
    expect(error.issues[0]?.message).toBe(message);
    expect(tables()).toEqual(before);
  });

  it("says NotFound for another county's seat or an unknown one, and changes nothing", async () => {
    const { invoke, save, tables } = setup();
    const seat = await save({});
    const before = tables();
    const elsewhere = await refusal(save({ countyId: NAPA, id: seat.id }));
    expect([elsewhere.kind, elsewhere.message]).toEqual([
      'NotFound',
      `This county's implementation team has no seat with id ${seat.id}.`,
    ]);
    const gone = await refusal(invoke('program.deleteTeamMember', { countyId: SONOMA, id: 999 }));
    expect(gone.kind).toBe('NotFound');
    const noCounty = await refusal(invoke('program.listTeam', { countyId: 99 }));
    expect(noCounty.message).toBe('There is no county with id 99.');
    expect(tables()).toEqual(before);
  });
});
