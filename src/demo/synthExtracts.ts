/**
 * A seeded generator of CalWORKs and CWS person extracts with a known truth, for testing and
 * benchmarking the engine and for the demo: families on aid, families known to child welfare, and
 * the mutual ones on both, whose CWS records carry the noise real extracts have (typos, nicknames,
 * compound surnames swapped or cut, surnames changed, date-of-birth slips, missing and partial
 * SSNs, moves), among twins and children named after a parent. Same seed, same extracts; families
 * come one at a time, so a statewide pair of extracts can be written without holding it.
 */
import { isIsoDate } from '../core/isoDate';
import { seededRandom } from '../core/seededRandom';
import { FEMALE_POOL, MALE_POOL, STREET_NAMES, SURNAME_POOL, SYNTH_NICKNAMES } from './synthNames';
import { skewedHouseholds } from './synthSkewed';
import {
  pad,
  typo,
  type Households,
  type SynthMember as Member,
  type SynthPerson,
} from './synthPerson';

export type { CwsStatus, SynthPerson } from './synthPerson';

export interface SynthFamily {
  readonly calworks: SynthPerson[];
  readonly cws: SynthPerson[];
  /** [CalWORKs person id, CWS person id] of every true pair. */
  readonly truth: [string, string][];
}

export type SynthExtracts = SynthFamily;

export interface SynthOptions {
  readonly calworksPersons: number;
  readonly cwsPersons: number;
  /** Persons on both extracts (at most the smaller of the two). */
  readonly mutualPersons: number;
  readonly seed: number;
  /**
   * 'even' (the default, unchanged since the first generator): names from pools with a modest
   * head, independent persons. 'skewed': names, households and missing fields shaped like real
   * California extracts (synthSkewed.ts).
   */
  readonly distribution?: 'even' | 'skewed';
}

/** How many persons each extract holds, and how many are on both. */
export type SynthSize = Pick<SynthOptions, 'calworksPersons' | 'cwsPersons' | 'mutualPersons'>;

type Kind = 'mutual' | 'aid' | 'cws';

/** The statewide shape of DOMAIN.md: 1,785,978 CalWORKs and 690,593 CWS persons, 250,132 on both. */
export const STATEWIDE: SynthSize = {
  calworksPersons: 1_785_978,
  cwsPersons: 690_593,
  mutualPersons: 250_132,
};

export function synthesizeExtracts(options: SynthOptions): SynthExtracts {
  const all: SynthExtracts = { calworks: [], cws: [], truth: [] };
  for (const family of synthesizeFamilies(options)) {
    all.calworks.push(...family.calworks);
    all.cws.push(...family.cws);
    all.truth.push(...family.truth);
  }
  return all;
}

/** Families until each extract has exactly the persons asked for. */
export function* synthesizeFamilies(options: SynthOptions): Generator<SynthFamily> {
  const random = seededRandom(options.seed);
  const chance = (p: number) => random() < p;
  const households =
    options.distribution === 'skewed' ? skewedHouseholds(random) : evenHouseholds(random);
  const mutual = Math.min(options.mutualPersons, options.calworksPersons, options.cwsPersons);
  const left: Record<Kind, number> = {
    mutual,
    aid: options.calworksPersons - mutual,
    cws: options.cwsPersons - mutual,
  };
  let calworksPerson = 0;
  let cwsPerson = 0;
  let calworksCase = 0;
  let cwsCase = 0;
  while (left.mutual + left.aid + left.cws > 0) {
    const kind = pickKind(left, random());
    const members = households.members().slice(0, left[kind]);
    left[kind] -= members.length;
    const family: SynthFamily = { calworks: [], cws: [], truth: [] };
    const caseNumber = `C-${pad(calworksCase, 8)}`;
    const cwsNumber = `W-${pad(cwsCase, 8)}`;
    if (kind !== 'cws') calworksCase++;
    const hasCase = chance(kind === 'mutual' ? 0.24 : 0.15);
    const caseType = hasCase
      ? (['FM', 'FR', 'FR', 'PP', 'ER'] as const)[Math.floor(random() * 5)]
      : '';
    if (kind !== 'aid') cwsCase++;
    const onAidAs = kind === 'cws' ? [] : households.asCalworks(members);
    const onCwsAs = kind === 'aid' ? [] : households.asCws(members, kind === 'mutual');
    for (let at = 0; at < members.length; at++) {
      let onAid: SynthPerson | undefined;
      const aidMember = onAidAs[at];
      if (aidMember) {
        onAid = {
          ...aidMember,
          personId: `A${pad(calworksPerson++, 9)}`,
          caseNumber,
          cwsStatus: '',
          caseType: '',
        };
        family.calworks.push(onAid);
      }
      const written = onCwsAs[at];
      if (written) {
        const onCws: SynthPerson = {
          ...written,
          personId: `B${pad(cwsPerson++, 9)}`,
          caseNumber: cwsNumber,
          cwsStatus: hasCase ? 'case' : 'referral',
          caseType: caseType ?? '',
        };
        family.cws.push(onCws);
        if (onAid) family.truth.push([onAid.personId, onCws.personId]);
      }
    }
    yield family;
  }
}

/**
 * The first generator's distribution, kept draw for draw (a test pins its output): CalWORKs
 * writes the household as it is; CWS adds noise to the mutual ones and leaves 30 % of the other
 * SSNs out.
 */
function evenHouseholds(random: () => number): Households {
  return {
    members: () => familyMembers(random),
    asCalworks: (members) => [...members],
    asCws: (members, mutual) =>
      members.map((member) =>
        mutual ? noisy(member, random) : { ...member, ssn: random() < 0.3 ? '' : member.ssn },
      ),
  };
}

/** A kind of family, more likely the more persons of that kind are still to come. */
function pickKind(left: Record<Kind, number>, uniform: number): Kind {
  const total = left.mutual + left.aid + left.cws;
  let at = uniform * total;
  for (const kind of ['mutual', 'aid', 'cws'] as const) {
    if (at < left[kind]) return kind;
    at -= left[kind];
  }
  return left.cws > 0 ? 'cws' : left.aid > 0 ? 'aid' : 'mutual';
}

/** One or two parents and one to three children, at one address, mostly sharing a surname. */
function familyMembers(random: () => number): Member[] {
  const chance = (p: number) => random() < p;
  const compound = chance(0.12);
  const surname = compound
    ? `${SURNAME_POOL.draw(random())} ${SURNAME_POOL.draw(random())}`
    : SURNAME_POOL.draw(random());
  const zip = String(90001 + Math.floor(random() * 6100));
  const street = `${100 + Math.floor(random() * 9900)} ${STREET_NAMES[Math.floor(random() * STREET_NAMES.length)] ?? ''}${chance(0.3) ? ` APT ${1 + Math.floor(random() * 40)}` : ''}`;
  const parentYear = 1966 + Math.floor(random() * 36);
  const members: Member[] = [];
  const person = (role: Member['role'], year: number, twinOf?: Member): Member => {
    const sex = chance(0.5) ? 'F' : 'M';
    const pool = sex === 'F' ? FEMALE_POOL : MALE_POOL;
    const namesake = members.find((m) => m.role === 'parent' && m.sex === sex);
    const firstName =
      role === 'child' && namesake && chance(0.03) ? namesake.firstName : pool.draw(random());
    return {
      firstName,
      middleName: chance(0.25) ? pool.draw(random()) : '',
      lastName:
        role === 'parent' && members.length > 0 && chance(0.4)
          ? SURNAME_POOL.draw(random())
          : surname,
      dob:
        twinOf?.dob ??
        `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`,
      sex,
      ssn: chance(0.85)
        ? `${pad(100 + Math.floor(random() * 660), 3)}-${pad(10 + Math.floor(random() * 89), 2)}-${pad(1000 + Math.floor(random() * 8999), 4)}`
        : '',
      street,
      zip,
      role,
    };
  };
  members.push(person('parent', parentYear));
  if (chance(0.3)) members.push(person('parent', parentYear - 3 + Math.floor(random() * 7)));
  const children = 1 + Math.floor(random() * 3);
  const firstChildYear = Math.max(2006, parentYear + 17);
  for (let c = 0; c < children; c++) {
    const year = Math.min(2024, firstChildYear + Math.floor(random() * (2025 - firstChildYear)));
    const previous = members.at(-1);
    members.push(person('child', year, c > 0 && previous && chance(0.03) ? previous : undefined));
  }
  return members;
}

/** The same person as the other agency wrote them down. */
function noisy(member: Member, random: () => number): Member {
  const chance = (p: number) => random() < p;
  let { firstName, lastName, dob, ssn, street, zip } = member;
  if (chance(0.08)) firstName = SYNTH_NICKNAMES[firstName] ?? firstName;
  if (chance(0.05)) firstName = typo(firstName, random);
  if (chance(0.04)) lastName = typo(lastName, random);
  const parts = lastName.split(' ');
  if (parts.length === 2 && chance(0.4)) {
    // Compound surnames: swapped, or only the first part kept.
    lastName = chance(0.5) ? `${parts[1]} ${parts[0]}` : (parts[0] ?? lastName);
  } else if (chance(0.03)) {
    lastName = `${lastName}-${SURNAME_POOL.draw(random())}`;
  } else if (member.role === 'parent' && chance(0.04)) {
    lastName = SURNAME_POOL.draw(random());
  }
  if (chance(0.03)) {
    const [year, month, day] = dob.split('-');
    if (Number(day) <= 12) dob = `${year}-${day}-${month}`;
  }
  if (chance(0.045)) {
    const slipped = typo(dob.replace(/-/g, ''), random, '0123456789').replace(
      /^(\d{4})(\d{2})(\d{2})$/,
      '$1-$2-$3',
    );
    // A slip that makes no calendar date (or a year import refuses) would not be matched.
    if (isIsoDate(slipped) && slipped >= '1900' && slipped <= '2025') dob = slipped;
  }
  if (chance(0.02)) dob = '';
  if (ssn !== '' && chance(0.3)) ssn = chance(0.5) ? '' : `xxx-xx-${ssn.slice(-4)}`;
  if (chance(0.2)) {
    street = `${100 + Math.floor(random() * 9900)} ${STREET_NAMES[Math.floor(random() * STREET_NAMES.length)] ?? ''}`;
    if (chance(0.5)) zip = String(90001 + Math.floor(random() * 6100));
  }
  return { ...member, firstName, lastName, dob, ssn, street, zip };
}
