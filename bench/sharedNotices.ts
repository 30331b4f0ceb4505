/**
 * How soon a change reaches other people's open pages: each client follows GET /events (server-sent
 * events; each event's data a JSON notice naming the county and the data that changed), and one
 * coordinator, the probe, saves a training now and then. Nothing else in the workload changes
 * trainings, so each notice naming them is the probe's, and its time from the probe's answer to
 * each other stream is one sample of `shared.notice_p95_ms`.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchClient } from './sharedClient';

/** The data the probe's saves change, and no other call of the workload. */
export const PROBE_DATA = 'trainings';

/** A stream waits this long for a probe's notice before it counts as never arriving. */
const NOTICE_WAIT_MS = 3000;
const PROBE_PAUSE_MS = 500;

export interface NoticeStream {
  /** When each notice naming PROBE_DATA arrived (performance.now()). */
  readonly arrivals: number[];
  close(): void;
}

export type StreamOpening =
  | { readonly open: true; readonly stream: NoticeStream }
  | { readonly open: false; readonly status: number; readonly contentType: string };

/** GET /events as the client's page would follow it (an EventSource: a GET, no Origin). */
export function openNoticeStream(client: BenchClient): Promise<StreamOpening> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: client.port,
        path: '/events',
        headers: { accept: 'text/event-stream', ...(client.cookie && { cookie: client.cookie }) },
        // Its own connection, held open, as a browser holds an EventSource's.
        agent: false,
        ...(client.localAddress !== undefined && { localAddress: client.localAddress }),
      },
      (res) => {
        const contentType = res.headers['content-type'] ?? '';
        if (res.statusCode !== 200 || !contentType.startsWith('text/event-stream')) {
          res.resume();
          req.destroy();
          return resolve({ open: false, status: res.statusCode ?? 0, contentType });
        }
        const arrivals: number[] = [];
        let pending = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          pending += chunk;
          const blocks = pending.split('\n\n');
          pending = blocks.pop() ?? '';
          for (const block of blocks) if (namesProbeData(block)) arrivals.push(at);
        });
        res.on('error', () => undefined);
        resolve({ open: true, stream: { arrivals, close: () => req.destroy() } });
      },
    );
    req.on('error', reject);
  });
}

/** One event whose data names PROBE_DATA (in `changed`, or anywhere in the notice). */
function namesProbeData(block: string): boolean {
  const data = block
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice('data:'.length).trimStart());
  if (data.length === 0) return false;
  try {
    return stringsIn(JSON.parse(data.join('\n'))).includes(PROBE_DATA);
  } catch {
    return false;
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

export interface ProbeResult {
  /** Per probe save and other stream: ms from its answer to the notice; Infinity if none came. */
  readonly latencies: number[];
  readonly probes: number;
  /** Notices that came before the probe's own answer did (counted as 0 ms). */
  readonly beforeAnswer: number;
  readonly missed: number;
}

/**
 * Saves a training as the probe until `until`, each save awaited, then waited for on every
 * stream (up to NOTICE_WAIT_MS), so each notice belongs to the one save in flight.
 */
export async function runNoticeProbe(
  probe: BenchClient,
  countyId: number,
  streams: readonly NoticeStream[],
  until: number,
): Promise<ProbeResult> {
  const latencies: number[] = [];
  let probes = 0;
  let beforeAnswer = 0;
  let missed = 0;
  while (performance.now() < until) {
    const seen = streams.map((stream) => stream.arrivals.length);
    const answer = await probe.call('program.saveTraining', {
      countyId,
      heldOn: '2026-12-01',
      topic: `Notice probe ${probes + 1}`,
      hours: 1,
      calworksAttendees: 1,
      cwsAttendees: 1,
    });
    const answeredAt = performance.now();
    if (answer.status !== 200) {
      console.error(`shared: the notice probe's save answered ${answer.status}`);
      await sleep(PROBE_PAUSE_MS);
      continue;
    }
    probes++;
    const waitUntil = answeredAt + NOTICE_WAIT_MS;
    const arrived = () => streams.every((stream, i) => stream.arrivals.length > (seen[i] ?? 0));
    while (!arrived() && performance.now() < waitUntil) await sleep(5);
    streams.forEach((stream, i) => {
      const at = stream.arrivals[seen[i] ?? 0];
      if (at === undefined) {
        missed++;
        latencies.push(Infinity);
        return;
      }
      if (at < answeredAt) beforeAnswer++;
      latencies.push(Math.max(0, at - answeredAt));
    });
    await sleep(PROBE_PAUSE_MS);
  }
  return { latencies, probes, beforeAnswer, missed };
}
