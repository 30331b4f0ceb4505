/**
 * The blocking rules a match run uses, over the standardized columns. Each catches true pairs the
 * others miss: the SSN when both extracts have it whole; the birth date with the first name when
 * the surname changed; the birth date with the surname's sound when the first name has a typo; the
 * surname's sound, first name and birth year when the date has a slip; SSN last four and birth
 * year when one extract keeps only those; first name and ZIP when the date is wrong and the SSN
 * missing. Keys are small integers (V8 hashes those fastest; a statewide match looks up millions):
 * a rule on two or three fields mixes them into 30 bits, and the rare collision of two keys only
 * adds a pair to compare, never loses one.
 */
import { NO_KEY as NO_BLOCK_KEY, type BlockingRule } from './blocking';
import { NONE as MISSING_ID, type PersonTable } from './persons';

/** Local copies: an imported binding can cost a getter call per use once transpiled. */
const NONE = MISSING_ID;
const NO_KEY = NO_BLOCK_KEY;

const year = (t: PersonTable, i: number) => Math.floor((t.dob[i] as number) / 10_000);

/** Two non-negative integers → one in [0, 2^30). */
export function mixKeys(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

export const BLOCKING_RULES: readonly BlockingRule<PersonTable>[] = [
  {
    name: 'SSN',
    key: (t, i) => (t.ssn[i] === 0 ? NO_KEY : (t.ssn[i] as number)),
  },
  {
    name: 'Date of birth + first name',
    key: (t, i) =>
      t.dob[i] === 0 || t.formal[i] === NONE
        ? NO_KEY
        : mixKeys(t.dob[i] as number, t.formal[i] as number),
  },
  {
    name: 'Date of birth + last name sound',
    key: (t, i) =>
      t.dob[i] === 0 || t.sound[i] === NONE
        ? NO_KEY
        : mixKeys(t.dob[i] as number, t.sound[i] as number),
  },
  {
    name: 'Last name sound + first name + birth year',
    key: (t, i) =>
      t.sound[i] === NONE || t.formal[i] === NONE || t.dob[i] === 0
        ? NO_KEY
        : mixKeys(mixKeys(t.sound[i] as number, t.formal[i] as number), year(t, i)),
  },
  {
    name: 'SSN last four + birth year',
    key: (t, i) =>
      t.last4[i] === NONE || t.dob[i] === 0 ? NO_KEY : (t.last4[i] as number) * 10_000 + year(t, i),
  },
  {
    name: 'First name + ZIP',
    key: (t, i) =>
      t.formal[i] === NONE || t.zip[i] === 0
        ? NO_KEY
        : mixKeys(t.formal[i] as number, t.zip[i] as number),
  },
];
