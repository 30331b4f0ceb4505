/**
 * `npm run bench -- shared` (issue 24): the county's shared server, started as `npm run serve --
 * --shared` starts it, with the demo county and 100 signed-in staff working through a day's mix
 * for LINKAGES_BENCH_SHARED_SECONDS (60 by default) with a think time of about
 * LINKAGES_BENCH_SHARED_THINK_MS (1000) between clicks. Progress and detail go to stderr.
 */
import { performance } from 'node:perf_hooks';
import { localIsoDate } from '../src/core/isoDate';
import { seededRandom } from '../src/core/seededRandom';
import { ensureRendererBuilt } from '../src/server/rendererBuild';
import { runServe } from '../test/support/serve';
import { median, type Figure } from './figure';
import { ACTIONS } from './sharedActions';
import { BenchClient, loopbackAddress } from './sharedClient';
import { BENCH_PASSWORD, prepareSharedCounty, type StaffUser } from './sharedCounty';
import { openNoticeStream, runNoticeProbe, type NoticeStream } from './sharedNotices';
import { AckedWrites, inTurns, readBack } from './sharedReadBack';
import { percentile, Tally, workUntil, type ClientContext, type Family } from './sharedWorkload';
import { cpuSeconds, reportDay, serverTimes } from './sharedReport';

const SECONDS = Number(process.env.LINKAGES_BENCH_SHARED_SECONDS ?? 60);
const THINK_MS = Number(process.env.LINKAGES_BENCH_SHARED_THINK_MS ?? 1000);
/** 100 clients, one user each: the county's staff in a busy hour. */
const STAFF = { coordinator: 12, fiscal: 20, calworks: 34, cws: 34 } as const;
/** Sign-ins timed one at a time on the idle server, for `shared.signin_ms`. */
const TIMED_SIGN_INS = 20;

interface Day {
  readonly p50: number;
  readonly p95: number;
  readonly errors: number;
  readonly lostWrites: number;
  readonly signInMs: number;
  readonly noticeP95: number;
}

let day: Promise<Day> | undefined;
const theDay = () => (day ??= runDay());

async function runDay(): Promise<Day> {
  await ensureRendererBuilt((line) => console.error(line));
  const county = await prepareSharedCounty(STAFF);
  // A line per call with its time in the service: where the time goes (sharedReport.ts).
  const serve = runServe(['--shared', '--data', county.dataFolder, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, LINKAGES_LOG: 'debug' },
  });
  const clients: BenchClient[] = [];
  const streams: NoticeStream[] = [];
  try {
    const port = Number(new URL(await serve.ready).port);
    const staff = [...county.staff, county.probe];
    staff.forEach((_, i) => clients.push(new BenchClient(port, loopbackAddress(i))));
    const signIns = await signInAll(clients, staff);
    const setup = clients[staff.findIndex((user) => user.role === 'coordinator')] as BenchClient;
    const reference = await setup.value<{ streams: Stream[]; categories: { id: number }[] }>(
      'fiscal.reference',
      { countyId: county.countyId },
    );
    const families = await setup.value<Family[]>('cocase.families', {
      countyId: county.countyId,
    });

    const workers = clients.slice(0, county.staff.length);
    const probe = clients[county.staff.length] as BenchClient;
    const opened = await openStreams(workers, streams);

    const tally = new Tally();
    const acked = new AckedWrites();
    const today = localIsoDate(new Date());
    const caseworkers = county.staff.filter((u) => u.role === 'calworks').length;
    const contexts: ClientContext[] = workers.map((client, index) => {
      const role = (county.staff[index] as StaffUser).role;
      // CalWORKs worker n and CWS worker n share a caseload: the same mutual families.
      const seat = Number((county.staff[index] as StaffUser).userName.split('-')[1]) - 1;
      return {
        index,
        client,
        role,
        countyId: county.countyId,
        today,
        random: seededRandom(1000 + index),
        tally,
        acked,
        streams: reference.streams.filter((s) => !s.retired).map((s) => s.id),
        categories: reference.categories.map((c) => c.id),
        caseload: families.filter((_, f) => f % caseworkers === seat % caseworkers),
        tasks: new Map(),
        serial: 0,
      };
    });

    console.error(
      `shared: ${workers.length} clients working for ${SECONDS} s (think time ~${THINK_MS} ms)...`,
    );
    const serverCpu = cpuSeconds(serve.process.pid);
    const benchCpu = process.cpuUsage();
    const started = performance.now();
    const until = started + SECONDS * 1000;
    const [, probeResult] = await Promise.all([
      Promise.all(contexts.map((ctx) => workUntil(ctx, ACTIONS[ctx.role] ?? [], until, THINK_MS))),
      opened ? runNoticeProbe(probe, county.countyId, streams, until) : null,
    ]);
    const elapsed = (performance.now() - started) / 1000;
    const cpu = {
      elapsed,
      server: cpuSeconds(serve.process.pid) - serverCpu,
      bench: (process.cpuUsage(benchCpu).user + process.cpuUsage(benchCpu).system) / 1e6,
    };

    // The day's calls only, not the read-back's.
    const inServer = serverTimes(serve.output());
    console.error(`shared: reading back ${acked.count} acknowledged writes...`);
    const checked = await readBack(setup, county.countyId, acked);
    reportDay({
      tally,
      checked,
      probe: probeResult,
      signIns,
      cpu,
      inServer,
      resent: BenchClient.resent,
    });
    return {
      p50: round(percentile(tally.latencies, 0.5)),
      p95: round(percentile(tally.latencies, 0.95)),
      errors: tally.errors,
      lostWrites: checked.lost,
      signInMs: round(median(signIns.timed)),
      noticeP95: probeResult ? round(percentile(probeResult.latencies, 0.95)) : NaN,
    };
  } finally {
    for (const stream of streams) stream.close();
    for (const client of clients) client.close();
    await serve.stop();
    county.remove();
  }
}

interface Stream {
  id: number;
  retired: boolean;
}

/** The first sign-ins one at a time (timed), the rest of the morning four at once. */
async function signInAll(clients: readonly BenchClient[], staff: readonly StaffUser[]) {
  const signIn = async (i: number) => {
    const answer = await (clients[i] as BenchClient).signIn(
      (staff[i] as StaffUser).userName,
      BENCH_PASSWORD,
    );
    if (answer.status !== 200) {
      throw new Error(`${(staff[i] as StaffUser).userName} could not sign in (${answer.status}).`);
    }
    return answer.ms;
  };
  const timed: number[] = [];
  for (let i = 0; i < Math.min(TIMED_SIGN_INS, clients.length); i++) timed.push(await signIn(i));
  const rush: number[] = [];
  const rest = clients.map((_, i) => i).slice(TIMED_SIGN_INS);
  await inTurns(rest, 4, async (i) => void rush.push(await signIn(i)));
  return { timed, rush };
}

/**
 * Every client follows the change stream, as every open page does. On a server without
 * GET /events yet, `shared.notice_p95_ms` is NaN and says why on stderr.
 */
async function openStreams(workers: readonly BenchClient[], streams: NoticeStream[]) {
  for (const client of workers) {
    const opening = await openNoticeStream(client);
    if (!opening.open) {
      console.error(
        `shared: GET /events answered ${opening.status} (${opening.contentType || 'no content type'}), not a change stream: shared.notice_p95_ms is NaN until the live-change stream is merged.`,
      );
      for (const stream of streams.splice(0)) stream.close();
      return false;
    }
    streams.push(opening.stream);
  }
  return true;
}

function round(ms: number): number {
  return Number.isFinite(ms) ? Math.round(ms * 10) / 10 : ms;
}

const figure = (name: string, pickValue: (d: Day) => number, unit: string): Figure => ({
  name,
  measure: async () => ({ value: pickValue(await theDay()), unit }),
});

export const figures: Figure[] = [
  figure('shared.load_p50_ms', (d) => d.p50, 'ms'),
  figure('shared.load_p95_ms', (d) => d.p95, 'ms'),
  figure('shared.load_errors', (d) => d.errors, 'calls'),
  figure('shared.lost_writes', (d) => d.lostWrites, 'writes'),
  figure('shared.signin_ms', (d) => d.signInMs, 'ms'),
  figure('shared.notice_p95_ms', (d) => d.noticeP95, 'ms'),
];
