import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/core/isoDate';
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
  const tables = () => [count('training_session'), count('audit_event')];
  const save = (fields: Record<string, unknown>) =>
    invoke('program.saveTraining', {
      countyId: SONOMA,
      id: null,
      heldOn: '2026-03-02',
      topic: 'Coordinated case plans',
      hours: 1.5,
      calworksAttendees: 4,
      ...fields,
    } as Parameters<typeof invoke<'program.saveTraining'>>[1]);
  return { workbench, invoke, tables, save };
}

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

describe('the joint training log', () => {
  it('stores hours as minutes and totals sessions per SFY and program', async () => {
    const { workbench, invoke, save } = setup();
    const first = await save({
      heldOn: '2026-06-30',
      curriculum: 'Linkages core curriculum, module 2',
      hours: 3.25,
      calworksAttendees: 10,
      cwsAttendees: 8,
      partnerAttendees: 2,
    });
    expect(first).toMatchObject({ hours: 3.25, curriculum: 'Linkages core curriculum, module 2' });
    const stored = workbench.sqlite
      .prepare('SELECT minutes FROM training_session WHERE id = ?')
      .get(first.id) as { minutes: number };
    expect(stored.minutes).toBe(195);
    await save({ heldOn: '2026-07-01', hours: 0.75, calworksAttendees: 0, cwsAttendees: 6 });
    await save({ heldOn: '2025-09-15', hours: 2, calworksAttendees: 3, cwsAttendees: 0 });
    await save({ countyId: NAPA, heldOn: '2026-01-10' });

    const log = await invoke('program.listTrainings', { countyId: SONOMA });
    expect(log.sessions.map((s) => [s.heldOn, s.hours])).toEqual([
      ['2025-09-15', 2],
      ['2026-06-30', 3.25],
      ['2026-07-01', 0.75],
    ]);
    // SFY 2025-26: 120 + 195 minutes; CalWORKs 3×120 + 10×195 = 2310; CWS 8×195 = 1560;
    // partner 2×195 = 390. SFY 2026-27: 6 CWS staff × 45 minutes = 270.
    expect(log.totals).toEqual([
      {
        startYear: 2025,
        label: 'SFY 2025-26',
        sessions: 2,
        minutes: 315,
        attendees: { calworks: 13, cws: 8, partner: 2, total: 23 },
        attendeeMinutes: { calworks: 2310, cws: 1560, partner: 390, total: 4260 },
      },
      {
        startYear: 2026,
        label: 'SFY 2026-27',
        sessions: 1,
        minutes: 45,
        attendees: { calworks: 0, cws: 6, partner: 0, total: 6 },
        attendeeMinutes: { calworks: 0, cws: 270, partner: 0, total: 270 },
      },
    ]);
  });

  it('changes and deletes a session, each with an audit event holding the whole rows', async () => {
    const { workbench, invoke, save } = setup();
    const session = await save({});
    await save({
      id: session.id,
      version: session.version,
      hours: 2,
      topic: 'Coordinated case plans, part 2',
    });
    await invoke('program.deleteTraining', { countyId: SONOMA, id: session.id });
    expect((await invoke('program.listTrainings', { countyId: SONOMA })).sessions).toEqual([]);
    const events = workbench.db
      .select()
      .from(auditEvent)
      .all()
      .filter((e) => e.entity === 'training_session');
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    const rows = events.map((e) => [
      e.beforeJson && (JSON.parse(e.beforeJson) as Record<string, unknown>),
      e.afterJson && (JSON.parse(e.afterJson) as Record<string, unknown>),
    ]);
    expect(rows[0]?.[1]).toMatchObject({ id: session.id, countyId: SONOMA, minutes: 90 });
    expect(rows[1]?.[0]).toEqual(rows[0]?.[1]);
    expect(rows[1]?.[1]).toMatchObject({ minutes: 120, topic: 'Coordinated case plans, part 2' });
    expect(rows[2]).toEqual([rows[1]?.[1], null]);
  });

  it('accepts a session up to a year ahead', async () => {
    const { save } = setup();
    expect((await save({ heldOn: inDays(360) })).heldOn).toBe(inDays(360));
  });

  it.each([
    [{ hours: 1.1 }, 'hours', 'Give the length in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.'],
    [{ hours: 0 }, 'hours', 'Give the length in hours, more than 0.'],
    [{ hours: 24.25 }, 'hours', 'A session lasts at most 24 hours.'],
    [{ heldOn: '2026-02-30' }, 'heldOn', 'Write the date as YYYY-MM-DD, e.g. 2026-07-01.'],
    [{ topic: ' ' }, 'topic', 'Give the topic of the session.'],
    [{ topic: undefined }, 'topic', 'Give the topic of the session.'],
    [{ heldOn: 20260302 }, 'heldOn', 'Give the date of the session as YYYY-MM-DD.'],
    [{ curriculum: 'x'.repeat(201) }, 'curriculum', 'Keep the curriculum to 200 characters.'],
    [{ cwsAttendees: 2.5 }, 'cwsAttendees', 'Count attendees in whole people.'],
    [{ partnerAttendees: -1 }, 'partnerAttendees', 'Attendees cannot be fewer than 0.'],
    [
      { calworksAttendees: 10_001 },
      'calworksAttendees',
      'That is more than 10,000 attendees; check the number.',
    ],
    [
      { calworksAttendees: 0, cwsAttendees: 0, partnerAttendees: 0 },
      'calworksAttendees',
      'Record at least one attendee: CalWORKs, CWS and partner attendees are all 0.',
    ],
  ])('refuses %j naming %s, and writes nothing', async (fields, path, message) => {
    const { save, tables } = setup();
    const before = tables();
    const error = await refusal(save(fields));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues).toEqual([{ path, message }]);
    expect(error.message).toContain(message);
    expect(tables()).toEqual(before);
  });

  it('refuses a date more than a year ahead, saying which dates it takes', async () => {
    const { save, tables } = setup();
    const before = tables();
    const error = await refusal(save({ heldOn: inDays(400) }));
    expect(error.issues.map((i) => i.path)).toEqual(['heldOn']);
    expect(error.message).toBe(
      `${inDays(400)} is more than a year from today; log sessions dated ${localIsoDate(
        new Date(new Date().setFullYear(new Date().getFullYear() + 1)),
      )} or earlier. Is the year right?`,
    );
    expect(tables()).toEqual(before);
  });

  it("says NotFound for another county's session or an unknown one, and changes nothing", async () => {
    const { invoke, save, tables } = setup();
    const session = await save({});
    const before = tables();
    const elsewhere = await refusal(save({ countyId: NAPA, id: session.id }));
    expect([elsewhere.kind, elsewhere.message]).toEqual([
      'NotFound',
      `This county's training log has no session with id ${session.id}.`,
    ]);
    const gone = await refusal(
      invoke('program.deleteTraining', { countyId: NAPA, id: session.id }),
    );
    expect(gone.kind).toBe('NotFound');
    expect(tables()).toEqual(before);
  });
});
