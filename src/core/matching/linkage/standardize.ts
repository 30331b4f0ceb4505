/**
 * Standardization: the same person written two ways by two agencies should look the same before
 * anything is compared. Names lose case, accents and punctuation; compound and hyphenated surnames
 * keep their parts (GARCIA-LOPEZ is also GARCIA and LOPEZ); first names get their formal form from
 * the nickname table (BILL → WILLIAM); SSNs keep only digits and say whether they are whole.
 */

/** Nickname → formal first names it can stand for (e.g. ALEX → ALEXANDER, ALEXANDRA). */
export type NicknameTable = ReadonlyMap<string, readonly string[]>;

export function nicknameTable(entries: Record<string, readonly string[]>): NicknameTable {
  return new Map(
    Object.entries(entries).map(([nickname, formal]) => [
      standardName(nickname),
      formal.map(standardName),
    ]),
  );
}

/** "José  O'Neil-Núñez" → "JOSE ONEIL-NUNEZ": upper case, no accents, only letters, spaces and hyphens. */
export function standardName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/['’.]/g, '')
    .replace(/[^A-Z\s-]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Particles that begin compound surnames and mean little alone ("DE LA CRUZ" is CRUZ, not DE). */
const PARTICLES = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'VAN',
  'VON',
  'DA',
  'DOS',
  'Y',
  'MC',
  'ST',
]);

export interface StandardSurname {
  /** The whole surname, spaces and hyphens removed: "DELACRUZ", "GARCIALOPEZ". */
  readonly joined: string;
  /** Its meaningful parts: ["CRUZ"], ["GARCIA", "LOPEZ"]. */
  readonly parts: readonly string[];
}

export function standardSurname(raw: string): StandardSurname {
  const name = standardName(raw);
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0);
  const parts = words.filter((w) => !PARTICLES.has(w));
  return { joined: words.join(''), parts: parts.length > 0 ? parts : words };
}

/** A first name in formal form: the nickname table's first choice, else the name itself. */
export function formalFirstName(raw: string, nicknames: NicknameTable): string {
  const name = standardName(raw).split(/[\s-]/)[0] ?? '';
  return nicknames.get(name)?.[0] ?? name;
}

/** Whether two first names can be the same person's: equal, or one a nickname of the other. */
export function sameFirstName(a: string, b: string, nicknames: NicknameTable): boolean {
  if (a === b) return a !== '';
  const formsOf = (name: string) => new Set([name, ...(nicknames.get(name) ?? [])]);
  const formsA = formsOf(a);
  for (const form of formsOf(b)) if (formsA.has(form)) return true;
  return false;
}

export interface StandardSsn {
  /** Nine digits, or null when the extract has fewer (or a placeholder). */
  readonly full: string | null;
  /** The last four digits, or null when not even those are known. */
  readonly last4: string | null;
}

/** Placeholders counties type when the SSN is unknown. */
const PLACEHOLDER = /^(\d)\1{8}$|^123456789$|^0{3}|^\d{3}0{2}|0{4}$/;

export function standardSsn(raw: string): StandardSsn {
  const digits = raw.replace(/\D/g, '');
  if (digits.length === 9) {
    return PLACEHOLDER.test(digits)
      ? { full: null, last4: null }
      : { full: digits, last4: digits.slice(5) };
  }
  if (digits.length === 4 && digits !== '0000') return { full: null, last4: digits };
  return { full: null, last4: null };
}

/** The first five digits of a ZIP code, or null. */
export function standardZip(raw: string): string | null {
  const match = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(raw);
  return match?.[1] ?? null;
}

const STREET_WORDS: Record<string, string> = {
  STREET: 'ST',
  AVENUE: 'AVE',
  AV: 'AVE',
  ROAD: 'RD',
  DRIVE: 'DR',
  BOULEVARD: 'BLVD',
  LANE: 'LN',
  COURT: 'CT',
  PLACE: 'PL',
  CIRCLE: 'CIR',
  HIGHWAY: 'HWY',
  NORTH: 'N',
  SOUTH: 'S',
  EAST: 'E',
  WEST: 'W',
  APARTMENT: 'APT',
  UNIT: 'APT',
  '#': 'APT',
};

/** "1200 North Main Street, Apt. 4" → "1200 N MAIN ST APT 4". */
export function standardStreet(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/#/g, ' # ')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => STREET_WORDS[w] ?? w)
    .join(' ');
}
