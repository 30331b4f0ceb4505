/**
 * A synthetic person as the extracts carry them, and the small pieces both distributions of the
 * generator share (synthExtracts.ts for the even one, synthSkewed.ts for the skewed one).
 */

export type CwsStatus = 'referral' | 'case';

export interface SynthPerson {
  readonly personId: string;
  readonly caseNumber: string;
  readonly firstName: string;
  readonly middleName: string;
  readonly lastName: string;
  /** ISO date, or "" when the extract lacks it. */
  readonly dob: string;
  readonly sex: 'F' | 'M';
  /** "123-45-6789", "xxx-xx-6789" or "". */
  readonly ssn: string;
  readonly street: string;
  readonly zip: string;
  readonly role: 'parent' | 'child';
  /** CWS only: a referral, or an open case (with its type); "" in the CalWORKs extract. */
  readonly cwsStatus: CwsStatus | '';
  readonly caseType: '' | 'ER' | 'FM' | 'FR' | 'PP';
}

/** A person before either agency has written them down (no ids, no CWS status). */
export type SynthMember = Omit<SynthPerson, 'personId' | 'caseNumber' | 'cwsStatus' | 'caseType'>;

/**
 * Where the two distributions differ: who lives in a household, and how each agency writes its
 * members down. Both draw from the one seeded stream, in the order they are called.
 */
export interface Households {
  members(): SynthMember[];
  asCalworks(members: readonly SynthMember[]): SynthMember[];
  /** `mutual`: the same persons are on the CalWORKs extract too. */
  asCws(members: readonly SynthMember[], mutual: boolean): SynthMember[];
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One character replaced, or two neighbours swapped. */
export function typo(
  text: string,
  random: () => number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
): string {
  if (text.length < 2) return text;
  const at = Math.floor(random() * (text.length - 1));
  if (random() < 0.5) {
    return text.slice(0, at) + (text[at + 1] ?? '') + (text[at] ?? '') + text.slice(at + 2);
  }
  const replacement = alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}
