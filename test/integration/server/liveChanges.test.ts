/**
 * Changes seen live on the shared server (issue 24): one user's save reaches the change streams of
 * the county's other users, not another county's; a stream ends with its session; streams are
 * bounded per person. Waits are polls of up to 10 s, never timing assertions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeNotice } from '../../../src/api/changeFeed';
import { setDisabled } from '../../../src/db/system/users';
import type { StreamEvent } from '../../support/eventStream';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const ALAMEDA = 1;
const ALPINE = 2;

let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

async function start(options: Parameters<typeof startSharedServer>[1] = {}) {
  server = await startSharedServer(
    [
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: ALAMEDA }] },
      { userName: 'sam', grants: [{ role: 'supervisor', countyId: ALAMEDA }] },
      { userName: 'alma', grants: [{ role: 'coordinator', countyId: ALPINE }] },
      { userName: 'fay', grants: [{ role: 'fiscal', countyId: ALAMEDA }] },
    ],
    options,
  );
  return server;
}

async function signedIn(userName: string) {
  const browser = (server as SharedServerUnderTest).client();
  expect((await browser.signIn(userName)).status).toBe(200);
  return browser;
}

const seat = (countyId: number) => ({
  countyId,
  role: 'co-chair',
  program: 'cws',
  roleLabel: 'CWS deputy director',
});

const changeIn = (countyId: number) => (event: StreamEvent) =>
  event.event === 'change' && (event.data as ChangeNotice).countyId === countyId;

describe('changes seen live', () => {
  it("sends a county's change to its other users, and not to another county's", async () => {
    await start();
    const cora = await signedIn('cora');
    const sam = await signedIn('sam');
    const alma = await signedIn('alma');
    const samStream = await sam.events();
    const almaStream = await alma.events();
    expect(samStream.status).toBe(200);

    expect((await cora.call('program.saveTeamMember', seat(ALAMEDA))).status).toBe(200);
    const notice = (await samStream.waitFor(changeIn(ALAMEDA))).data as ChangeNotice;
    expect(notice).toMatchObject({ countyId: ALAMEDA, changed: ['team'] });
    expect(notice.byUserId).toBe(server?.userIds.cora);

    // Alpine's own change arrives on its stream; Alameda's, written to it first, would be before it.
    expect((await alma.call('program.saveTeamMember', seat(ALPINE))).status).toBe(200);
    await almaStream.waitFor(changeIn(ALPINE));
    expect(almaStream.events.filter(changeIn(ALAMEDA))).toEqual([]);
    samStream.close();
    almaStream.close();
  });

  it("shows a county's jobs to its other users, and what a job wrote once it is done", async () => {
    await start();
    const fay = await signedIn('fay');
    const sam = await signedIn('sam');
    // The import refuses rows of a year without a budget.
    const reference = (await fay.call('fiscal.reference', { countyId: ALAMEDA })).body.value as {
      streams: { id: number; name: string }[];
      categories: { id: number; name: string }[];
    };
    const budget = await fay.call('fiscal.saveBudget', {
      countyId: ALAMEDA,
      sfyStartYear: 2026,
      streamId: reference.streams.find((s) => s.name === 'CalWORKs Housing Support Program')?.id,
      categoryId: reference.categories.find((c) => c.name === 'Housing')?.id,
      amount: '$2,000',
    });
    expect(budget.status).toBe(200);
    const stream = await sam.events();
    const csv = [
      'Posting Date,Amount,Fund,Service Category,Leveraged,Saved Program,Vendor,Case #',
      '8/1/2026,$10.00,CalWORKs Housing Support Program,Housing,N,,Redwood Family Housing,C-100001',
    ].join('\r\n');
    const started = await fay.call('fiscal.startLedgerImport', {
      countyId: ALAMEDA,
      fileName: 'ledger.csv',
      bytesBase64: Buffer.from(`${csv}\r\n`).toString('base64'),
    });
    const { jobId } = started.body.value as { jobId: string };
    const jobs = await stream.waitFor((event) => event.event === 'jobs');
    expect(jobs.data).toMatchObject({
      countyId: ALAMEDA,
      jobs: [{ jobId, kind: 'fiscal.importLedger', state: 'running' }],
    });
    const done = await stream.waitFor(
      (event) =>
        event.event === 'change' && (event.data as ChangeNotice).changed.includes('ledger'),
    );
    expect(done.data).toMatchObject({ countyId: ALAMEDA, changed: ['jobs', 'ledger'] });
    expect((await sam.call('jobs.status', { jobId })).body.value).toMatchObject({ state: 'done' });
    stream.close();
  });

  it('refuses a stream without a session, or asked for from another site', async () => {
    const { client } = await start();
    expect((await client().events()).status).toBe(401);
    const cora = await signedIn('cora');
    const forged = client('https://evil.example');
    forged.cookie = cora.cookie;
    expect((await forged.events()).status).toBe(403);
  });

  it('ends the stream when its session is signed out, here or everywhere', async () => {
    await start();
    const cora = await signedIn('cora');
    const here = await cora.events();
    await cora.post('/auth/sign-out', {});
    await here.ended;

    const desk = await signedIn('sam');
    const laptop = await signedIn('sam');
    const onLaptop = await laptop.events();
    await desk.post('/auth/sign-out-everywhere', {});
    await onLaptop.ended;
    expect((await laptop.events()).status).toBe(401);
  });

  it("ends a disabled user's stream at the next heartbeat", async () => {
    const { workbench, userIds } = await start({ live: { heartbeatMs: 100 } });
    const sam = await signedIn('sam');
    const stream = await sam.events();
    setDisabled(workbench.db, userIds.sam ?? 0, true, 'test');
    await stream.ended;
  });

  it("caps one person's open streams", async () => {
    await start({ live: { maxPerUser: 2 } });
    const sam = await signedIn('sam');
    const open = [await sam.events(), await sam.events()];
    expect(open.map((stream) => stream.status)).toEqual([200, 200]);
    expect((await sam.events()).status).toBe(429);
    // Another person is not held back by sam's pages.
    expect((await (await signedIn('cora')).events()).status).toBe(200);
    open[0]?.close();
  });
});
