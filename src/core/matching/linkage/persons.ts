/**
 * An extract standardized into columns of numbers: a name is an id in a vocabulary both extracts
 * share, so "equal" is one integer comparison; a date is yyyymmdd; an SSN is its nine digits. A
 * statewide match holds 2.5 million persons, and columns of typed arrays keep that in tens of
 * megabytes where objects of strings would take gigabytes, and let the comparison loops run fast.
 */
import type { ExtractPerson } from './extract';
import { soundex } from './soundex';
import {
  formalFirstName,
  standardName,
  standardSsn,
  standardStreet,
  standardSurname,
  standardZip,
  type NicknameTable,
} from './standardize';

/** Strings ↔ dense ids, shared by both extracts so equal names get equal ids. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly texts: string[] = [];

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  text(id: number): string {
    return this.texts[id] ?? '';
  }
}

export const NONE = -1;
export const ROLE_CODES = { '': 0, child: 1, parent: 2 } as const;
export const CWS_STATUS_CODES = { '': 0, referral: 1, case: 2 } as const;

/** One extract as columns; NONE (or 0 for dob, ssn and zip) where a value is missing. */
export interface PersonTable {
  readonly count: number;
  readonly personId: readonly string[];
  /** Index into `cases`. */
  readonly caseIndex: Int32Array;
  readonly cases: readonly string[];
  /** The first word of the first name, and its formal form (BILL → WILLIAM), as name ids. */
  readonly first: Int32Array;
  readonly formal: Int32Array;
  /** The whole surname and up to two meaningful parts, as name ids. */
  readonly surname: Int32Array;
  readonly part1: Int32Array;
  readonly part2: Int32Array;
  /** Soundex of the first surname part as a number: letter × 1000 + digits. */
  readonly sound: Int32Array;
  /** yyyymmdd. */
  readonly dob: Int32Array;
  /** 1 female, 2 male. */
  readonly sex: Int8Array;
  readonly ssn: Int32Array;
  /** Last four SSN digits, or NONE. */
  readonly last4: Int16Array;
  readonly street: Int32Array;
  readonly zip: Int32Array;
  readonly role: Int8Array;
  readonly cwsStatus: Int8Array;
}

export interface SharedVocabularies {
  readonly names: Vocabulary;
  readonly streets: Vocabulary;
  readonly nicknames: NicknameTable;
}

export function sharedVocabularies(nicknames: NicknameTable): SharedVocabularies {
  return { names: new Vocabulary(), streets: new Vocabulary(), nicknames };
}

/** Standardizes persons one at a time into growing columns; `finish` trims them. */
export class PersonTableBuilder {
  private count = 0;
  private capacity: number;
  private readonly personId: string[] = [];
  private readonly cases = new Vocabulary();
  private int32: Record<Int32Column, Int32Array>;
  private int8: Record<Int8Column, Int8Array>;
  private last4: Int16Array;
  /** Standardizing a name is the costly part; extracts repeat names, so each is done once. */
  private readonly firstCache = new Map<string, readonly [number, number]>();
  private readonly surnameCache = new Map<string, readonly [number, number, number, number]>();
  /** A family's members share an address, and a county a few thousand ZIP codes. */
  private readonly streetCache = new Map<string, number>();
  private readonly zipCache = new Map<string, number>();

  constructor(
    private readonly shared: SharedVocabularies,
    expected = 1024,
  ) {
    this.capacity = Math.max(16, expected);
    this.int32 = newColumns(INT32_COLUMNS, this.capacity, Int32Array);
    this.int8 = newColumns(INT8_COLUMNS, this.capacity, Int8Array);
    this.last4 = new Int16Array(this.capacity);
  }

  add(person: ExtractPerson): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.personId.push(person.personId);
    const [first, formal] = this.firstName(person.firstName);
    const [surname, part1, part2, sound] = this.surname(person.lastName);
    const ssn = standardSsn(person.ssn);
    const columns = this.int32;
    columns.caseIndex[i] = this.cases.id(person.caseNumber);
    columns.first[i] = first;
    columns.formal[i] = formal;
    columns.surname[i] = surname;
    columns.part1[i] = part1;
    columns.part2[i] = part2;
    columns.sound[i] = sound;
    const dob = person.dob;
    columns.dob[i] =
      dob === ''
        ? 0
        : Number(dob.slice(0, 4)) * 10_000 +
          Number(dob.slice(5, 7)) * 100 +
          Number(dob.slice(8, 10));
    columns.ssn[i] = ssn.full === null ? 0 : Number(ssn.full);
    columns.street[i] = this.streetId(person.street);
    columns.zip[i] = this.zip(person.zip);
    this.last4[i] = ssn.last4 === null ? NONE : Number(ssn.last4);
    this.int8.sex[i] = person.sex === 'F' ? 1 : person.sex === 'M' ? 2 : 0;
    this.int8.role[i] = ROLE_CODES[person.role];
    this.int8.cwsStatus[i] = CWS_STATUS_CODES[person.cwsStatus];
  }

  finish(): PersonTable {
    const n = this.count;
    const trim32 = (column: Int32Column) => this.int32[column].slice(0, n);
    const trim8 = (column: Int8Column) => this.int8[column].slice(0, n);
    return {
      count: n,
      personId: this.personId,
      caseIndex: trim32('caseIndex'),
      cases: this.cases.texts,
      first: trim32('first'),
      formal: trim32('formal'),
      surname: trim32('surname'),
      part1: trim32('part1'),
      part2: trim32('part2'),
      sound: trim32('sound'),
      dob: trim32('dob'),
      sex: trim8('sex'),
      ssn: trim32('ssn'),
      last4: this.last4.slice(0, n),
      street: trim32('street'),
      zip: trim32('zip'),
      role: trim8('role'),
      cwsStatus: trim8('cwsStatus'),
    };
  }

  private firstName(raw: string): readonly [number, number] {
    let cached = this.firstCache.get(raw);
    if (cached === undefined) {
      const { names, nicknames } = this.shared;
      const first = standardName(raw).split(/[\s-]/)[0] ?? '';
      const formal = formalFirstName(raw, nicknames);
      cached = first === '' ? [NONE, NONE] : [names.id(first), names.id(formal)];
      this.firstCache.set(raw, cached);
    }
    return cached;
  }

  private surname(raw: string): readonly [number, number, number, number] {
    let cached = this.surnameCache.get(raw);
    if (cached === undefined) {
      const { names } = this.shared;
      const { joined, parts } = standardSurname(raw);
      const [part1 = '', part2 = ''] = parts;
      const code = soundex(part1);
      cached =
        joined === ''
          ? [NONE, NONE, NONE, NONE]
          : [
              names.id(joined),
              part1 === '' ? NONE : names.id(part1),
              part2 === '' ? NONE : names.id(part2),
              code === '' ? NONE : (code.charCodeAt(0) - 64) * 1000 + Number(code.slice(1)),
            ];
      this.surnameCache.set(raw, cached);
    }
    return cached;
  }

  private streetId(raw: string): number {
    let id = this.streetCache.get(raw);
    if (id === undefined) {
      const street = standardStreet(raw);
      id = street === '' ? NONE : this.shared.streets.id(street);
      this.streetCache.set(raw, id);
    }
    return id;
  }

  private zip(raw: string): number {
    let zip = this.zipCache.get(raw);
    if (zip === undefined) {
      zip = Number(standardZip(raw) ?? 0);
      this.zipCache.set(raw, zip);
    }
    return zip;
  }

  private grow(): void {
    this.capacity *= 2;
    this.int32 = grownColumns(this.int32, this.capacity, Int32Array);
    this.int8 = grownColumns(this.int8, this.capacity, Int8Array);
    const last4 = new Int16Array(this.capacity);
    last4.set(this.last4);
    this.last4 = last4;
  }
}

const INT32_COLUMNS = [
  'caseIndex',
  'first',
  'formal',
  'surname',
  'part1',
  'part2',
  'sound',
  'dob',
  'ssn',
  'street',
  'zip',
] as const;
type Int32Column = (typeof INT32_COLUMNS)[number];
const INT8_COLUMNS = ['sex', 'role', 'cwsStatus'] as const;
type Int8Column = (typeof INT8_COLUMNS)[number];

type TypedArrayOf<A> = { new (length: number): A };

function newColumns<K extends string, A>(
  names: readonly K[],
  capacity: number,
  Type: TypedArrayOf<A>,
): Record<K, A> {
  return Object.fromEntries(names.map((name) => [name, new Type(capacity)])) as Record<K, A>;
}

function grownColumns<K extends string, A extends Int32Array | Int8Array>(
  columns: Record<K, A>,
  capacity: number,
  Type: TypedArrayOf<A>,
): Record<K, A> {
  const grown = {} as Record<K, A>;
  for (const name of Object.keys(columns) as K[]) {
    const column = new Type(capacity);
    column.set(columns[name]);
    grown[name] = column;
  }
  return grown;
}
