/**
 * Comparison levels, field by field: 0 is the strongest agreement, higher levels agree less, the
 * last is disagreement, and MISSING means one side has no value (which says nothing either way in
 * Fellegi–Sunter). The levels and their thresholds are part of a run's saved parameters.
 */
import { jaroWinkler } from './jaroWinkler';
import {
  sameFirstName,
  type NicknameTable,
  type StandardSsn,
  type StandardSurname,
} from './standardize';

export const MISSING = -1;

/** Jaro–Winkler thresholds for the two "close" name levels. */
export const NAME_CLOSE = 0.92;
export const NAME_SIMILAR = 0.8;

export const FIRST_NAME_LEVELS = ['exact', 'nickname', 'close', 'similar', 'different'] as const;

export function compareFirstName(a: string, b: string, nicknames: NicknameTable): number {
  if (a === '' || b === '') return MISSING;
  if (a === b) return 0;
  if (sameFirstName(a, b, nicknames)) return 1;
  const similarity = jaroWinkler(a, b);
  return similarity >= NAME_CLOSE ? 2 : similarity >= NAME_SIMILAR ? 3 : 4;
}

export const SURNAME_LEVELS = ['exact', 'shared part', 'close', 'similar', 'different'] as const;

/** A shared part covers hyphenated and compound surnames, and one taken from a parent's pair. */
export function compareSurname(a: StandardSurname, b: StandardSurname): number {
  if (a.joined === '' || b.joined === '') return MISSING;
  if (a.joined === b.joined) return 0;
  if (a.parts.some((part) => b.parts.includes(part))) return 1;
  const similarity = jaroWinkler(a.joined, b.joined);
  return similarity >= NAME_CLOSE ? 2 : similarity >= NAME_SIMILAR ? 3 : 4;
}

export const DOB_LEVELS = [
  'exact',
  'one digit',
  'day-month swap',
  'year only',
  'different',
] as const;

/** Dates as ISO "YYYY-MM-DD" (or "" when unknown). */
export function compareDob(a: string, b: string): number {
  if (a === '' || b === '') return MISSING;
  if (a === b) return 0;
  const [digitsA, digitsB] = [a.replace(/-/g, ''), b.replace(/-/g, '')];
  if (oneDigitApart(digitsA, digitsB)) return 1;
  const [yearA, monthA, dayA] = a.split('-');
  const [yearB, monthB, dayB] = b.split('-');
  if (yearA === yearB && monthA === dayB && dayA === monthB) return 2;
  return yearA === yearB ? 3 : 4;
}

/** One digit typed wrong, or two neighbouring digits swapped. */
function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) {
    if (a[i] !== b[i]) differ.push(i);
  }
  if (differ.length === 1) return true;
  const [first = -1, second = -1] = differ;
  return (
    differ.length === 2 && second === first + 1 && a[first] === b[second] && a[second] === b[first]
  );
}

export const SSN_LEVELS = ['exact', 'last four', 'different'] as const;

export function compareSsn(a: StandardSsn, b: StandardSsn): number {
  if (a.full !== null && b.full !== null) return a.full === b.full ? 0 : 2;
  if (a.last4 === null || b.last4 === null) return MISSING;
  return a.last4 === b.last4 ? 1 : 2;
}

export const ADDRESS_LEVELS = ['same street', 'same ZIP', 'different'] as const;

export function compareAddress(
  a: { street: string; zip: string | null },
  b: { street: string; zip: string | null },
): number {
  if (
    a.street !== '' &&
    a.street === b.street &&
    (a.zip === null || b.zip === null || a.zip === b.zip)
  ) {
    return 0;
  }
  if (a.zip !== null && b.zip !== null) return a.zip === b.zip ? 1 : 2;
  return a.street === '' || b.street === '' ? MISSING : 2;
}

export const SEX_LEVELS = ['same', 'different'] as const;

export function compareSex(a: string, b: string): number {
  if (a === '' || b === '') return MISSING;
  return a === b ? 0 : 1;
}
