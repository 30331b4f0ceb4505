import fs from 'node:fs';

/**
 * This process's peak resident memory, in MB. On Linux, getrusage's maxRSS (process.resourceUsage)
 * keeps the parent's resident size at the fork a child was spawned from, so a small child of a big
 * parent reports the parent's memory; /proc/self/status's VmHWM is this program's own peak.
 * Elsewhere maxRSS is the best there is.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Number(hwm[1]) / 1024;
  } catch {
    // No /proc here (Windows, macOS).
  }
  return process.resourceUsage().maxRSS / 1024;
}
