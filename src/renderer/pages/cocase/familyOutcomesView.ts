import { formatDate } from '../../components/format';
import {
  OUTCOME_KINDS,
  OUTCOME_LABELS,
  OUTCOME_PROGRAM,
  type OutcomeKind,
} from '../../../core/cocase/evaluation/outcomes';
import type { FamilyDetail } from './familyView';

export type FamilyOutcome = FamilyDetail['outcomes'][number];
export type { OutcomeKind };
export { OUTCOME_LABELS };

export const PROGRAM_LABELS = { cws: 'CWS', calworks: 'CalWORKs' } as const;

/** The event kinds by program, CWS first, each in the order the evaluation lists them. */
export const OUTCOME_GROUPS: readonly { label: string; kinds: readonly OutcomeKind[] }[] = (
  ['cws', 'calworks'] as const
).map((program) => ({
  label: PROGRAM_LABELS[program],
  kinds: OUTCOME_KINDS.filter((kind) => OUTCOME_PROGRAM[kind] === program),
}));

export const outcomeProgram = (kind: OutcomeKind) => PROGRAM_LABELS[OUTCOME_PROGRAM[kind]];

/** One event in words: "Reunification on 2025-03-14". */
export const outcomeName = (outcome: Pick<FamilyOutcome, 'kind' | 'date'>) =>
  `${OUTCOME_LABELS[outcome.kind]} on ${formatDate(outcome.date)}`;

export const outcomeSource = (outcome: Pick<FamilyOutcome, 'importFileName'>) =>
  outcome.importFileName === null ? 'Entered by hand' : `Imported from ${outcome.importFileName}`;

/**
 * Oldest first, as the family's story runs (an entry before its reunification); two on one day,
 * the one recorded first first. ISO dates sort as text.
 */
export function outcomesInOrder(outcomes: readonly FamilyOutcome[]): FamilyOutcome[] {
  return [...outcomes].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.outcomeId - b.outcomeId,
  );
}

/**
 * Where the keyboard goes once an event is removed: the Remove of the row that took its place,
 * else of the row above, else null (no rows left).
 */
export function outcomeAfterRemoval(
  ordered: readonly FamilyOutcome[],
  removedId: number,
): FamilyOutcome | null {
  const at = ordered.findIndex((o) => o.outcomeId === removedId);
  if (at === -1) return null;
  return ordered[at + 1] ?? ordered[at - 1] ?? null;
}
