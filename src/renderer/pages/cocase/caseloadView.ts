import type { Output } from '../../../api/contract';
import type { MutualFamilyRecord } from './familyRecordsView';

export type CaseloadEntry = Output<'cocase.caseload'>[number];
export type CaseloadWorker = Output<'cocase.workers'>[number];
export type CaseloadProgram = CaseloadEntry['program'];

export const CASELOAD_PROGRAMS: readonly CaseloadProgram[] = ['calworks', 'cws'];
export const PROGRAM_LABELS: Record<CaseloadProgram, string> = { calworks: 'CalWORKs', cws: 'CWS' };

/** The family's case number on the program's side: the one a worker is assigned by. */
export function caseNumberOn(
  family: Pick<MutualFamilyRecord, 'calworksCase' | 'cwsCase'>,
  program: CaseloadProgram,
): string {
  return (program === 'calworks' ? family.calworksCase : family.cwsCase).trim();
}

/** The family's free-text unit from before the shared server, on the program's side. */
export function unitNotedOn(
  family: Pick<MutualFamilyRecord, 'calworksWorker' | 'cwsWorker'>,
  program: CaseloadProgram,
): string {
  return (program === 'calworks' ? family.calworksWorker : family.cwsWorker).trim();
}

/** The staff who may take the program's caseload, by display name. */
export function workersFor(
  workers: readonly CaseloadWorker[],
  program: CaseloadProgram,
): CaseloadWorker[] {
  return workers
    .filter((worker) => worker.programs.includes(program))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-US'));
}

/** "Wes Lee (wlee)", or just the user name when it is their display name too. */
export function workerName(worker: Pick<CaseloadWorker, 'userName' | 'displayName'>): string {
  return worker.displayName === worker.userName
    ? worker.userName
    : `${worker.displayName} (${worker.userName})`;
}

/**
 * Whether the user's worklists start at their own caseload: CalWORKs and CWS staff do; those who
 * lead the work (coordinator, supervisor, analyst) look at the county's first.
 */
export function startsAtOwnCaseload(roles: ReadonlySet<string>): boolean {
  const works = roles.has('calworks') || roles.has('cws');
  const leads = roles.has('coordinator') || roles.has('supervisor') || roles.has('analyst');
  return works && !leads;
}
