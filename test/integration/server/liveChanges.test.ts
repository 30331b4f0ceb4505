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
