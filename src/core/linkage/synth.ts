/**
 * A seeded generator of CalWORKs and CWS person extracts with a known truth, for testing and
 * benchmarking the engine and for the demo: families on aid, families known to child welfare,
 * and the mutual ones on both, whose CWS records carry the noise real extracts have (typos,
 * nicknames, hyphenated and swapped surnames, date-of-birth slips, missing and partial SSNs,
 * moves), among twins and relatives who share names. Same seed, same extracts.
 */
import { seededRandom } from '../seededRandom';

export interface SynthPerson {
  readonly personId: string;
  readonly caseNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  /** ISO date, or "" when the extract lacks it. */
  readonly dob: string;
  readonly sex: 'F' | 'M';
  /** "123-45-6789", "xxx-xx-6789" or "". */
  readonly ssn: string;
  readonly street: string;
  readonly zip: string;
  readonly role: 'parent' | 'child';
}

export interface SynthExtracts {
  readonly calworks: SynthPerson[];
  readonly cws: SynthPerson[];
  /** [CalWORKs person id, CWS person id] of every true pair. */
  readonly truth: [string, string][];
}

const FEMALE = [
  'MARIA',
  'JESSICA',
  'ASHLEY',
  'JENNIFER',
  'GUADALUPE',
  'ELIZABETH',
  'ANGELICA',
  'SARAH',
  'VANESSA',
  'ROSA',
  'KIMBERLY',
  'LINH',
];
const MALE = [
  'JOSE',
  'MICHAEL',
  'DANIEL',
  'CHRISTOPHER',
  'JUAN',
  'ANTHONY',
  'ROBERT',
  'WILLIAM',
  'FRANCISCO',
  'JAMES',
  'DAVID',
  'MINH',
];
const SURNAMES = [
  'GARCIA',
  'HERNANDEZ',
  'LOPEZ',
  'MARTINEZ',
  'SMITH',
  'JOHNSON',
  'NGUYEN',
  'RODRIGUEZ',
  'WILLIAMS',
  'GONZALEZ',
  'BROWN',
  'PEREZ',
  'DAVIS',
  'SANCHEZ',
  'RAMIREZ',
  'TORRES',
  'WASHINGTON',
  'KOWALSKI',
  'OKAFOR',
  'ZWEIBEL',
];
const NICKNAMES: Record<string, string> = {
  WILLIAM: 'BILL',
  ROBERT: 'BOB',
  MICHAEL: 'MIKE',
  CHRISTOPHER: 'CHRIS',
  DANIEL: 'DANNY',
  JENNIFER: 'JENNY',
  ELIZABETH: 'LIZ',
  FRANCISCO: 'PACO',
  GUADALUPE: 'LUPE',
  JAMES: 'JIM',
  ANTHONY: 'TONY',
  DAVID: 'DAVE',
};
const STREETS = [
  'MAIN ST',
  'OAK AVE',
  'PINE ST',
  'MISSION BLVD',
  'EL CAMINO REAL',
  'CEDAR LN',
  '5TH ST',
];

export interface SynthOptions {
  readonly families: number;
  /** Share of families on both caseloads. */
  readonly mutualShare: number;
  readonly seed: number;
}

export function synthesizeExtracts({ families, mutualShare, seed }: SynthOptions): SynthExtracts {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const calworks: SynthPerson[] = [];
  const cws: SynthPerson[] = [];
  const truth: [string, string][] = [];
  let person = 0;
  for (let f = 0; f < families; f++) {
    const mutual = chance(mutualShare);
    const onAid = mutual || chance(0.6);
    const surname = pick(SURNAMES);
    const zip = `9${pad(Math.floor(random() * 6000) + 3000, 4)}`;
    const street = `${Math.floor(random() * 9000) + 100} ${pick(STREETS)}`;
    const parentYear = 1975 + Math.floor(random() * 25);
    const members: Omit<SynthPerson, 'personId' | 'caseNumber'>[] = [];
    const addMember = (
      role: SynthPerson['role'],
      year: number,
      twinOf?: (typeof members)[number],
    ) => {
      const sex = chance(0.5) ? 'F' : 'M';
      const dob =
        twinOf?.dob ??
        `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
      const ssnDigits = `${pad(100 + Math.floor(random() * 660), 3)}-${pad(10 + Math.floor(random() * 89), 2)}-${pad(1000 + Math.floor(random() * 8999), 4)}`;
      members.push({
        firstName: pick(sex === 'F' ? FEMALE : MALE),
        lastName: surname,
        dob,
        sex,
        ssn: chance(0.85) ? ssnDigits : '',
        street,
        zip,
        role,
      });
    };
    addMember('parent', parentYear);
    const children = 1 + Math.floor(random() * 3);
    for (let c = 0; c < children; c++) {
      const year = Math.min(2024, parentYear + 18 + Math.floor(random() * 20));
      addMember('child', year, c > 0 && chance(0.03) ? members.at(-1) : undefined);
    }
    const calworksCase = `C-${pad(f, 7)}`;
    const cwsCase = `W-${pad(f, 7)}`;
    for (const member of members) {
      const id = person++;
      const onCws = mutual || !onAid;
      if (onAid)
        calworks.push({ ...member, personId: `CW${pad(id, 8)}`, caseNumber: calworksCase });
      if (onCws) {
        cws.push({ ...noisy(member, random), personId: `CS${pad(id, 8)}`, caseNumber: cwsCase });
      }
      if (onAid && onCws) truth.push([`CW${pad(id, 8)}`, `CS${pad(id, 8)}`]);
    }
  }
  return { calworks, cws, truth };
}

type Member = Omit<SynthPerson, 'personId' | 'caseNumber'>;

/** The same person as the other agency wrote them down. */
function noisy(member: Member, random: () => number): Member {
  const chance = (p: number) => random() < p;
  let { firstName, lastName, dob, ssn, street, zip } = member;
  if (chance(0.08)) firstName = NICKNAMES[firstName] ?? firstName;
  if (chance(0.06)) firstName = typo(firstName, random);
  if (chance(0.05)) lastName = typo(lastName, random);
  if (chance(0.04))
    lastName = `${lastName}-${SURNAMES[Math.floor(random() * SURNAMES.length)] ?? ''}`;
  if (chance(0.03)) {
    const [year, month, day] = dob.split('-');
    if (Number(day) <= 12) dob = `${year}-${day}-${month}`;
  }
  if (chance(0.03))
    dob = typo(dob.replace(/-/g, ''), random, '0123456789').replace(
      /^(\d{4})(\d{2})(\d{2})$/,
      '$1-$2-$3',
    );
  if (chance(0.03)) dob = '';
  if (ssn !== '' && chance(0.3)) ssn = chance(0.5) ? '' : `xxx-xx-${ssn.slice(-4)}`;
  if (chance(0.2)) {
    street = `${Math.floor(random() * 9000) + 100} ${STREETS[Math.floor(random() * STREETS.length)] ?? ''}`;
    if (chance(0.5)) zip = `9${String(Math.floor(random() * 6000) + 3000).padStart(4, '0')}`;
  }
  return { ...member, firstName, lastName, dob, ssn, street, zip };
}

/** One character replaced by a neighbour-ish one, or two swapped. */
function typo(text: string, random: () => number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  if (text.length < 2) return text;
  const at = Math.floor(random() * (text.length - 1));
  if (random() < 0.5)
    return text.slice(0, at) + (text[at + 1] ?? '') + (text[at] ?? '') + text.slice(at + 2);
  const replacement = alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}
