/**
 * One outcome event entered by hand, checked by the rules an outcomes file's rows follow: not
 * before the family joined, not recorded twice, and a reunification (or a cure) after an entry to
 * foster care (or a sanction). Removing an event is checked the other way: no reunification or
 * cure may be left without the event before it.
 */
import { OUTCOME_LABELS, type OutcomeKind } from './outcomes';

/** An event that needs an earlier one of another kind. */
export const NEEDS_EARLIER: Partial<Record<OutcomeKind, OutcomeKind>> = {
  reunification: 'foster-care-entry',
  'sanction-cured': 'sanction-started',
};

export interface RecordedEvent {
  readonly outcomeId: number;
  readonly kind: OutcomeKind;
  readonly date: string;
}

const label = (kind: OutcomeKind) => OUTCOME_LABELS[kind].toLowerCase();

/** Why the event cannot be added to the family's, or null. */
export function addedEventProblem(
  event: { kind: OutcomeKind; date: string },
  startDate: string,
  recorded: readonly RecordedEvent[],
): string | null {
  if (event.date < startDate) {
    return `${event.date} is before the family joined its group on ${startDate}`;
  }
  if (recorded.some((e) => e.kind === event.kind && e.date === event.date)) {
    return 'this event is recorded already; it would be counted twice';
  }
  const needed = NEEDS_EARLIER[event.kind];
  if (needed && !recorded.some((e) => e.kind === needed && e.date <= event.date)) {
    return `a ${label(event.kind)} on ${event.date} needs an earlier ${label(needed)} for the family`;
  }
  return null;
}

/** Why the event cannot be removed from the family's, or null. */
export function removedEventProblem(
  removed: RecordedEvent,
  recorded: readonly RecordedEvent[],
): string | null {
  const rest = recorded.filter((e) => e.outcomeId !== removed.outcomeId);
  for (const event of rest) {
    const needed = NEEDS_EARLIER[event.kind];
    if (needed !== removed.kind) continue;
    if (!rest.some((e) => e.kind === needed && e.date <= event.date)) {
      return `the ${label(event.kind)} on ${event.date} needs this ${label(removed.kind)}; remove it first`;
    }
  }
  return null;
}
