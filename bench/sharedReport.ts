/** What the shared benchmark saw, on stderr: where the time went, beyond its six figures. */
import fs from 'node:fs';
import os from 'node:os';
import { median } from './figure';
import type { ProbeResult } from './sharedNotices';
import type { ReadBack } from './sharedReadBack';
import { percentile, type Tally } from './sharedWorkload';

/** CPU seconds a process has used (Linux /proc), or NaN elsewhere. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100;
  } catch {
    return NaN;
  }
}

/**
 * Each method's times inside the server's service (validation, roles, handler, output check), from
 * its LINKAGES_LOG=debug lines: the rest of a call's time is the host, the wire and waiting turns.
 */
export function serverTimes(log: string): Map<string, number[]> {
  const times = new Map<string, number[]>();
  for (const [, method, ms] of log.matchAll(/\[linkages\] (\S+) \d{3} in (\d+) ms/g)) {
    const list = times.get(method as string) ?? [];
    list.push(Number(ms));
    times.set(method as string, list);
  }
  return times;
}

export interface DayReport {
  readonly tally: Tally;
  readonly checked: ReadBack;
  readonly probe: ProbeResult | null;
  readonly signIns: { readonly timed: number[]; readonly rush: number[] };
  readonly cpu: { readonly elapsed: number; readonly server: number; readonly bench: number };
  readonly inServer: Map<string, number[]>;
  readonly resent: number;
}

export function reportDay(report: DayReport): void {
  const { tally, checked, probe, signIns, cpu, inServer } = report;
  const line = (text: string) => console.error(`shared: ${text}`);
  const calls = tally.latencies.length;
  line(
    `${calls} calls in ${cpu.elapsed.toFixed(1)} s (${(calls / cpu.elapsed).toFixed(0)}/s); load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  line(
    `CPU: server ${pct(cpu.server, cpu.elapsed)} of one core, benchmark clients ${pct(cpu.bench, cpu.elapsed)}`,
  );
  line(`per method: at the client p50 / p95 / max; in the server's service p50 / p95`);
  const methods = [...tally.byMethod].sort(([a], [b]) => a.localeCompare(b));
  for (const [method, times] of methods) {
    const served = inServer.get(method) ?? [];
    line(
      `  ${method.padEnd(20)} ${String(times.length).padStart(5)} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.95))} ${ms(Math.max(...times))} | ${ms(percentile(served, 0.5))} ${ms(percentile(served, 0.95))}`,
    );
  }
  line(`calls sent again after the server closed an idle kept-alive connection: ${report.resent}`);
  line(`task edits refused as stale (expected conflicts): ${tally.conflicts}`);
  line(`errors: ${tally.errors}`);
  for (const [kind, count] of tally.errorKinds().slice(0, 10)) line(`  ${count} × ${kind}`);
  line(
    `read back ${checked.checked} acknowledged writes: ${checked.lost} lost, ${checked.newerThanAcked} stored newer than answered`,
  );
  for (const note of checked.notes) line(`  ${note}`);
  line(
    `sign-in: ${signIns.timed.length} one at a time, median ${ms(median(signIns.timed))}; ${signIns.rush.length} four at once, median ${ms(median(signIns.rush))}`,
  );
  if (probe) {
    const received = probe.latencies.filter(Number.isFinite);
    line(
      `notices: ${probe.probes} probe saves × streams = ${probe.latencies.length}; p50 ${ms(percentile(received, 0.5))}, max ${ms(Math.max(...received))}, ${probe.missed} missed (counted as never), ${probe.beforeAnswer} arrived before the save's own answer (0 ms)`,
    );
  }
}

function ms(value: number): string {
  return `${Number.isFinite(value) ? value.toFixed(1) : String(value)} ms`.padStart(10);
}

function pct(seconds: number, elapsed: number): string {
  return `${((100 * seconds) / elapsed).toFixed(0)} %`;
}
