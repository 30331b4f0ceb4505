/**
 * Jobs on the shared server (issue 24, part 7): the county's users see its imports and match runs
 * and who started them; only the starter, or a coordinator of the county, cancels one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatusOutput } from '../../../src/api/jobs/contract';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const ALAMEDA = 1;
const ALPINE = 2;

let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

async function signedIn(userName: string) {
  const browser = (server as SharedServerUnderTest).client();
  expect((await browser.signIn(userName)).status).toBe(200);
  return browser;
}

/** A one-row finance export: the job starts whether or not its rows pass. */
const ledger = {
  countyId: ALAMEDA,
  fileName: 'ledger.csv',
  bytesBase64: Buffer.from(
    'Posting Date,Amount,Fund,Service Category\r\n8/1/2026,$10.00,CalWORKs Housing Support Program,Housing\r\n',
  ).toString('base64'),
};

describe('jobs on the shared server', () => {
  it("lets only a fiscal import's starter or a coordinator cancel it", async () => {
    server = await startSharedServer([
      { userName: 'fay', grants: [{ role: 'fiscal', countyId: ALAMEDA }] },
      { userName: 'fred', grants: [{ role: 'fiscal', countyId: ALAMEDA }] },
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: ALAMEDA }] },
      { userName: 'alma', grants: [{ role: 'coordinator', countyId: ALPINE }] },
    ]);
    const fay = await signedIn('fay');
    const fred = await signedIn('fred');
    const cora = await signedIn('cora');
    const alma = await signedIn('alma');

    const started = await fay.call('fiscal.startLedgerImport', ledger);
    expect(started.status).toBe(200);
    const job = started.body.value as JobStatusOutput;
    expect(job).toMatchObject({ startedBy: 'fay', mayCancel: true });
    expect(job).not.toHaveProperty('startedByUserId');

    const refused = await fred.call('jobs.cancel', { jobId: job.jobId });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({
      kind: 'Forbidden',
      message: 'Only the person who started this job, or a coordinator, can cancel it.',
    });
    // A coordinator of another county is refused before anything about the job is said.
    expect((await alma.call('jobs.cancel', { jobId: job.jobId })).status).toBe(403);

    // Fred sees it, and who started it, but is not offered Cancel.
    const listed = await fred.call('jobs.list', { countyId: ALAMEDA });
    expect(listed.status).toBe(200);
    expect(listed.body.value).toEqual([
      expect.objectContaining({ jobId: job.jobId, startedBy: 'fay', mayCancel: false }),
    ]);
    expect((await alma.call('jobs.list', { countyId: ALAMEDA })).status).toBe(403);

    const byCoordinator = await cora.call('jobs.cancel', { jobId: job.jobId });
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.body.value).toMatchObject({ jobId: job.jobId, mayCancel: true });
    expect((await fay.call('jobs.cancel', { jobId: job.jobId })).status).toBe(200);

    // Fred's own import is his to cancel, and not Fay's.
    const his = (await fred.call('fiscal.startLedgerImport', ledger)).body.value as JobStatusOutput;
    expect((await fred.call('jobs.cancel', { jobId: his.jobId })).status).toBe(200);
    expect((await fay.call('jobs.cancel', { jobId: his.jobId })).status).toBe(403);
    const both = (await cora.call('jobs.list', { countyId: ALAMEDA })).body
      .value as JobStatusOutput[];
    expect(both.map((listedJob) => listedJob.jobId)).toEqual([his.jobId, job.jobId]);
  });
});
