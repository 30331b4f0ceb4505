/** The privacy officer's report in words: what each reveal showed, and the report's filters. */
import type { Output } from '../../../api/contract';
import { localIsoDate } from '../../../core/isoDate';

export type IdentifierReveal = Output<'system.identifierReveals'>[number];

/** Each method that reveals identifiers, as the privacy officer reads it. */
export const REVEAL_KINDS: Readonly<Record<string, string>> = {
  'matching.familyPersons': 'One family’s names',
  'matching.reviewQueue': 'Names in the match review',
  'matching.exportRun': 'Match run export with names',
};

export const revealKind = (method: string): string => REVEAL_KINDS[method] ?? method;

/** Which family: by its case numbers, or the run when the reveal covered a whole run. */
export function revealFamily(reveal: IdentifierReveal): string {
  if (reveal.calworksCase || reveal.cwsCase) return `${reveal.calworksCase} / ${reveal.cwsCase}`;
  return reveal.runId === null ? '—' : `All of match run ${reveal.runId}`;
}

export interface RevealFilter {
  /** A piece of the user, the case numbers or the purpose, any case. */
  readonly text: string;
  /** A method, or '' for every kind. */
  readonly kind: string;
  /** Local days, inclusive; '' leaves that end open. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTER: RevealFilter = { text: '', kind: '', from: '', to: '' };

/** The day of a reveal where the privacy officer is, as the date fields read it. */
export const revealDay = (at: string): string => localIsoDate(new Date(at));

export function filterReveals(
  reveals: readonly IdentifierReveal[],
  filter: RevealFilter,
): IdentifierReveal[] {
  const text = filter.text.trim().toLowerCase();
  return reveals.filter((reveal) => {
    if (filter.kind && reveal.method !== filter.kind) return false;
    const day = revealDay(reveal.at);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (!text) return true;
    return [reveal.actor, reveal.calworksCase, reveal.cwsCase, reveal.purpose].some((value) =>
      value.toLowerCase().includes(text),
    );
  });
}
