/**
 * Undo on the shared server (issue 24): each person undoes and redoes only their own newest change
 * in a scope. A colleague's newest change is named, not offered, and undoing it is refused with
 * nothing changed; the one user of a laptop still undoes whatever they find.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const COUNTY = 49;
let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

const TASK = {
  countyId: COUNTY,
  title: 'Sign the MOU',
  roadmapStep: 'team',
  stage: 'exploration',
  program: 'joint',
  startDate: '2026-12-01',
  dueDate: '2027-01-15',
};

describe('undo on the shared server', () => {
  it('undoes only your own change, and names a colleague’s instead of reverting it', async () => {
    server = await startSharedServer([
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: COUNTY }] },
      { userName: 'cole', grants: [{ role: 'coordinator', countyId: COUNTY }] },
    ]);
    const cora = server.client();
    const cole = server.client();
    expect((await cora.signIn('cora')).status).toBe(200);
    expect((await cole.signIn('cole')).status).toBe(200);
    const saved = await cora.call('program.saveTask', TASK);
    expect(saved.status).toBe(200);

    const scope = { countyId: COUNTY, scope: 'plan' };
    const seenByCole = await cole.call('history.lastChange', scope);
    expect(seenByCole.body.value).toMatchObject({ by: 'cora', yours: false });
    const refused = await cole.call('history.undo', {
      ...scope,
      eventId: (seenByCole.body.value as { eventId: number }).eventId,
    });
    expect([refused.status, refused.body.error?.kind]).toEqual([409, 'Conflict']);
    expect(refused.body.error?.message).toMatch(/was made by cora\. You undo only your own/);
    const plan = await cora.call('program.getPlan', { countyId: COUNTY, today: '2026-12-08' });
    expect(JSON.stringify(plan.body.value)).toContain('Sign the MOU');

    const seenByCora = await cora.call('history.lastChange', scope);
    expect(seenByCora.body.value).toMatchObject({ by: 'cora', yours: true });
    const undone = await cora.call('history.undo', {
      ...scope,
      eventId: (seenByCora.body.value as { eventId: number }).eventId,
    });
    expect(undone.status).toBe(200);
    const after = await cora.call('program.getPlan', { countyId: COUNTY, today: '2026-12-08' });
    expect(JSON.stringify(after.body.value)).not.toContain('Sign the MOU');

    // Redo belongs to whoever undid.
    const redoByCole = await cole.call('history.lastUndone', scope);
    expect(redoByCole.body.value).toMatchObject({ by: 'cora', yours: false });
    const redoRefused = await cole.call('history.redo', {
      ...scope,
      eventId: (redoByCole.body.value as { eventId: number }).eventId,
    });
    expect(redoRefused.status).toBe(409);
    expect(redoRefused.body.error?.message).toMatch(/was undone by cora\. Only they can redo it/);
  });
});
