/**
 * The Workbench's one log: lines on stderr, read by whoever started browser mode or the desktop app.
 * A line names methods, outcome kinds, error class names, statuses and durations, never an input,
 * a message or a stored value, because those can carry identifiers of people (DOMAIN.md: never
 * logged). LINKAGES_LOG=debug adds a line per API call; the default logs only unexpected failures.
 */
import { isMethod } from './contract';

/** Read on every line, so a test (or a long-running host) can turn it on without a restart. */
export function debugLogging(): boolean {
  return process.env.LINKAGES_LOG === 'debug';
}

export function logError(line: string): void {
  console.error(`[linkages] ${line}`);
}

export function logDebug(line: string): void {
  if (debugLogging()) console.error(`[linkages] ${line}`);
}

/** A method name fit for a log: callers may send any text as a name, and it is theirs, not ours. */
export function loggableMethod(name: string): string {
  return isMethod(name) ? name : '(unknown method)';
}
