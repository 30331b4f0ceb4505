/**
 * The comparison levels of compare.ts, computed for every candidate pair straight from the
 * standardized columns: ids and numbers instead of strings, so most fields cost an integer
 * comparison, and only names that differ pay for Jaro–Winkler. A test keeps these in step with
 * the string functions of compare.ts, which document each level.
 */
import {
  ADDRESS_LEVELS,
  DOB_LEVELS,
  FIRST_NAME_LEVELS,
  MISSING,
  NAME_CLOSE,
  NAME_SIMILAR,
  SEX_LEVELS,
  SSN_LEVELS,
  SURNAME_LEVELS,
} from './compare';
import type { FieldLevels } from './fellegiSunter';
import type { NameIndex } from './nameIndex';
import { NONE as MISSING_ID, type PersonTable } from './persons';

// Local copies: imported bindings can cost a getter call per use once transpiled, and these
// are read for every one of millions of pairs.
const NONE = MISSING_ID;
const NO_LEVEL = MISSING;
const CLOSE = NAME_CLOSE;
const SIMILAR = NAME_SIMILAR;

/** The compared fields, in the order of every model's m and u. */
export const COMPARED_FIELDS = [
  { name: 'First name', levels: FIRST_NAME_LEVELS },
  { name: 'Last name', levels: SURNAME_LEVELS },
  { name: 'Date of birth', levels: DOB_LEVELS },
  { name: 'SSN', levels: SSN_LEVELS },
  { name: 'Address', levels: ADDRESS_LEVELS },
  { name: 'Sex', levels: SEX_LEVELS },
] as const;

/** Levels per field, in field order: the radix of comparison pattern codes. */
export const LEVEL_COUNTS = COMPARED_FIELDS.map((field) => field.levels.length);

export const FIRST_NAME = 0;
export const SURNAME = 1;

export interface PairList {
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/** Levels of every field for pairs [from, to), written into `levels` (one Int8Array per field). */
export function comparePairs(
  a: PersonTable,
  b: PersonTable,
  pairs: PairList,
  names: NameIndex,
  levels: readonly Int8Array[],
  from = 0,
  to = pairs.left.length,
): void {
  const [first, surname, dob, ssn, address, sex] = levels as [
    Int8Array,
    Int8Array,
    Int8Array,
    Int8Array,
    Int8Array,
    Int8Array,
  ];
  for (let p = from; p < to; p++) {
    const i = pairs.left[p] as number;
    const j = pairs.right[p] as number;
    first[p] = firstNameLevel(
      names,
      a.first[i] as number,
      a.formal[i] as number,
      b.first[j] as number,
      b.formal[j] as number,
    );
    surname[p] = surnameLevel(names, a, i, b, j);
    dob[p] = dobLevel(a.dob[i] as number, b.dob[j] as number);
    ssn[p] = ssnLevel(a, i, b, j);
    address[p] = addressLevel(a, i, b, j);
    const sexA = a.sex[i] as number;
    const sexB = b.sex[j] as number;
    sex[p] = sexA === 0 || sexB === 0 ? NO_LEVEL : sexA === sexB ? 0 : 1;
  }
}

/** Empty level columns for `count` pairs. */
export function levelColumns(count: number): Int8Array[] {
  return COMPARED_FIELDS.map(() => new Int8Array(count));
}

export function fieldLevels(levels: readonly Int8Array[]): FieldLevels[] {
  return COMPARED_FIELDS.map((field, f) => ({
    name: field.name,
    levelCount: field.levels.length,
    levels: levels[f] ?? new Int8Array(0),
  }));
}

function firstNameLevel(
  names: NameIndex,
  firstA: number,
  formalA: number,
  firstB: number,
  formalB: number,
): number {
  if (firstA === NONE || firstB === NONE) return NO_LEVEL;
  if (firstA === firstB) return 0;
  if (formalA === formalB || names.sameFirstName(firstA, firstB)) return 1;
  return similarityLevel(names.similarity(firstA, firstB));
}

function similarityLevel(similarity: number): number {
  return similarity >= CLOSE ? 2 : similarity >= SIMILAR ? 3 : 4;
}

function surnameLevel(names: NameIndex, a: PersonTable, i: number, b: PersonTable, j: number) {
  const joinedA = a.surname[i] as number;
  const joinedB = b.surname[j] as number;
  if (joinedA === NONE || joinedB === NONE) return NO_LEVEL;
  if (joinedA === joinedB) return 0;
  const a1 = a.part1[i];
  const a2 = a.part2[i];
  const b1 = b.part1[j];
  const b2 = b.part2[j];
  if (a1 === b1 || a1 === b2 || (a2 !== NONE && (a2 === b1 || a2 === b2))) return 1;
  return similarityLevel(names.similarity(joinedA, joinedB));
}

/** yyyymmdd numbers; see compareDob. */
export function dobLevel(a: number, b: number): number {
  if (a === 0 || b === 0) return NO_LEVEL;
  if (a === b) return 0;
  if (oneDigitApart(a, b)) return 1;
  const yearA = Math.floor(a / 10_000);
  const yearB = Math.floor(b / 10_000);
  if (yearA !== yearB) return 4;
  const monthA = Math.floor(a / 100) % 100;
  const monthB = Math.floor(b / 100) % 100;
  return monthA === b % 100 && a % 100 === monthB ? 2 : 3;
}

/** One digit of the eight wrong, or two neighbours swapped. */
function oneDigitApart(a: number, b: number): boolean {
  let first = -1;
  let second = -1;
  let x = a;
  let y = b;
  for (let position = 0; position < 8; position++) {
    if (x % 10 !== y % 10) {
      if (first === -1) first = position;
      else if (second === -1) second = position;
      else return false;
    }
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  if (second === -1) return true;
  if (second !== first + 1) return false;
  const digit = (n: number, position: number) => Math.floor(n / 10 ** position) % 10;
  return digit(a, first) === digit(b, second) && digit(a, second) === digit(b, first);
}

function ssnLevel(a: PersonTable, i: number, b: PersonTable, j: number): number {
  const fullA = a.ssn[i] as number;
  const fullB = b.ssn[j] as number;
  if (fullA !== 0 && fullB !== 0) return fullA === fullB ? 0 : 2;
  const lastA = a.last4[i] as number;
  const lastB = b.last4[j] as number;
  if (lastA === NONE || lastB === NONE) return NO_LEVEL;
  return lastA === lastB ? 1 : 2;
}

function addressLevel(a: PersonTable, i: number, b: PersonTable, j: number): number {
  const streetA = a.street[i] as number;
  const streetB = b.street[j] as number;
  const zipA = a.zip[i] as number;
  const zipB = b.zip[j] as number;
  if (streetA !== NONE && streetA === streetB && (zipA === 0 || zipB === 0 || zipA === zipB)) {
    return 0;
  }
  if (zipA !== 0 && zipB !== 0) return zipA === zipB ? 1 : 2;
  return streetA === NONE || streetB === NONE ? NO_LEVEL : 2;
}
