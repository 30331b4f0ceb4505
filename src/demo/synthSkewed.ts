/**
 * The skewed distribution of the synthetic extracts (issue 25): persons, households and the two
 * agencies' records shaped like real California extracts rather than drawn independently. Names
 * follow approximate real frequencies by group (synthSkewedNames.ts); households share surnames
 * and addresses with recent ones (relatives on other cases, several families at one address);
 * CWS leaves SSNs out far more often than CalWORKs; a family that moved between the two extracts
 * has a new street and often a new ZIP; common names meet common birth dates; CWS writes some
 * persons under a middle name, a child under the other parent's surname, a compound surname
 * without its space, an unknown birth day as the 1st of January. Every rate is in
 * SKEW, so a test or a benchmark can name what it depends on.
 *
 * Memory stays small at any size: what the generator remembers of earlier families is a fixed
 * number of recent households and, per common name, a few recent birth dates.
 */
import { isIsoDate } from '../core/isoDate';
import { STREET_NAMES, SYNTH_NICKNAMES } from './synthNames';
import { SKEWED_POOLS, type NameGroup } from './synthSkewedNames';
import { pad, typo, type Households, type SynthMember } from './synthPerson';

/** The skew's parameters: rates chosen as plausible for county extracts, not fitted to any file. */
export const SKEW = {
  /** The caseload's mix of name groups (CalWORKs caseloads in California are mostly Hispanic). */
  groups: { hispanic: 0.6, other: 0.32, asian: 0.08 } as Readonly<Record<NameGroup, number>>,
  /** Hispanic persons with two surnames (paternal and maternal); others rarely. */
  compoundSurname: { hispanic: 0.2, other: 0.02, asian: 0 } as Readonly<Record<NameGroup, number>>,
  /** A new household related to a recent one (grandmother's case, a sister's): its surname. */
  relatedHousehold: 0.15,
  /** A new household at a recent one's address (doubled-up families, one apartment building). */
  sharedAddress: 0.12,
  /** How many recent households the generator remembers for the two above. */
  recentHouseholds: 512,
  /** A second parent in the household, with a surname of their own this often. */
  secondParent: 0.35,
  secondParentOwnSurname: 0.5,
  /** Children per household: 1, 2, 3, 4 with these weights. */
  children: [0.38, 0.32, 0.2, 0.1],
  /** A child born with a twin (about 3 % of US births are twins). */
  twin: 0.03,
  /** A son named after his father. */
  namedAfterFather: 0.04,
  /**
   * A person with a common first name and a common surname who is born on the same date as a
   * recent namesake of another household. Independent draws of name and date undercount these
   * coincidences: a common name's bearers cluster by birth cohort and neighbourhood, so real
   * registers hold more exact name-and-date namesakes than a product of marginals gives.
   */
  commonNamesakeDate: 0.05,
  /** SSN missing on the CalWORKs extract (an SSN or an application for one is required for aid). */
  calworksSsnMissing: { parent: 0.02, child: 0.06 },
  /** SSN missing on the CWS extract (referrals often carry none, children's least). */
  cwsSsnMissing: { parent: 0.35, child: 0.6 },
  /** Of the CWS SSNs present, only the last four digits, and a digit mistyped. */
  cwsSsnLastFour: 0.12,
  cwsSsnTypo: 0.015,
  /** A mutual family that moved between the two extracts: a new street, and this often a new ZIP. */
  moved: 0.35,
  movedNewZip: 0.7,
  /** Noise in the CWS record of any person (the CalWORKs record is taken as written). */
  nickname: 0.08,
  firstNameTypo: 0.05,
  lastNameTypo: 0.04,
  compoundSwappedOrCut: 0.4,
  hyphenated: 0.03,
  /** A parent (mostly mothers) under another surname (married, divorced). */
  parentSurnameChanged: 0.06,
  /** Of persons with a middle name, those who go by it (MARIA GUADALUPE written as GUADALUPE). */
  middleNameAsFirst: 0.1,
  /** A compound surname written without its space (GARCIALOPEZ, DELACRUZ). */
  surnameSpaceDropped: 0.1,
  /** A child written under the other parent's surname, or under both, when the parents' differ. */
  childUnderOtherParent: 0.1,
  /** A birth date whose day was unknown, entered as the 1st of January of the year. */
  dobFirstOfJanuary: 0.01,
  dobDayMonthSwapped: 0.03,
  dobDigitSlip: 0.045,
  dobMissing: 0.02,
} as const;

type Member = SynthMember;

interface Household {
  readonly group: NameGroup;
  readonly surname: string;
  readonly street: string;
  readonly zip: string;
}

/** A month's days, for birth dates on every real calendar day (not only the 1st to the 28th). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function skewedHouseholds(random: () => number): Households {
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  const recent: Household[] = [];
  // Per common name and sex, a few recent birth dates of its bearers (bounded by the tables).
  const namesakeDates = new Map<string, string[]>();

  const remember = (household: Household) => {
    if (recent.length < SKEW.recentHouseholds) recent.push(household);
    else recent[Math.floor(random() * recent.length)] = household;
  };

  const drawGroup = (): NameGroup => {
    const u = random();
    if (u < SKEW.groups.hispanic) return 'hispanic';
    return u < SKEW.groups.hispanic + SKEW.groups.other ? 'other' : 'asian';
  };

  const surnameOf = (group: NameGroup) => {
    const pool = SKEWED_POOLS[group].surnames;
    return chance(SKEW.compoundSurname[group])
      ? `${pool.draw(random())} ${pool.draw(random())}`
      : pool.draw(random());
  };

  // Addresses cluster: lower ZIP numbers (the county's dense core) are drawn more often.
  const newZip = () => String(90001 + Math.floor(6100 * random() ** 2));
  const newStreet = () =>
    `${100 + Math.floor(random() * 9900)} ${pick(STREET_NAMES) ?? ''}${chance(0.35) ? ` APT ${1 + Math.floor(random() * 40)}` : ''}`;
  const nearbyZip = (zip: string) =>
    String(Math.min(96100, Math.max(90001, Number(zip) + Math.floor(random() * 61) - 30)));

  const birthDate = (year: number) => {
    const month = 1 + Math.floor(random() * 12);
    return `${year}-${pad(month, 2)}-${pad(1 + Math.floor(random() * daysIn(year, month)), 2)}`;
  };
  const ssn = () =>
    `${pad(100 + Math.floor(random() * 660), 3)}-${pad(10 + Math.floor(random() * 89), 2)}-${pad(1000 + Math.floor(random() * 8999), 4)}`;

  function members(): Member[] {
    const related = recent.length > 0 && chance(SKEW.relatedHousehold) ? pick(recent) : undefined;
    const sameAddress = recent.length > 0 && chance(SKEW.sharedAddress) ? pick(recent) : undefined;
    const group = related?.group ?? drawGroup();
    const surname = related?.surname ?? surnameOf(group);
    const zip = sameAddress?.zip ?? newZip();
    const street = sameAddress?.street ?? newStreet();
    remember({ group, surname, street, zip });
    const pools = SKEWED_POOLS[group];
    const household: Member[] = [];

    const person = (role: Member['role'], year: number, twinOf?: Member): Member => {
      const sex = chance(0.5) ? 'F' : 'M';
      const names = sex === 'F' ? pools.female : pools.male;
      const father = household.find((m) => m.role === 'parent' && m.sex === 'M');
      const firstName =
        role === 'child' && sex === 'M' && father && chance(SKEW.namedAfterFather)
          ? father.firstName
          : names.draw(random());
      const lastName =
        role === 'parent' && household.length > 0 && chance(SKEW.secondParentOwnSurname)
          ? surnameOf(group)
          : surname;
      let dob = twinOf?.dob ?? birthDate(year);
      if (!twinOf && pools.common.has(firstName) && pools.common.has(lastName)) {
        const key = `${sex}|${role}|${firstName}|${lastName}`;
        const dates = namesakeDates.get(key) ?? [];
        const earlier =
          dates.length > 0 && chance(SKEW.commonNamesakeDate) ? pick(dates) : undefined;
        if (earlier) dob = earlier;
        else if (dates.length < 4) dates.push(dob);
        else dates[Math.floor(random() * dates.length)] = dob;
        namesakeDates.set(key, dates);
      }
      return {
        firstName,
        middleName: chance(0.3) ? names.draw(random()) : '',
        lastName,
        dob,
        sex,
        ssn: ssn(),
        street,
        zip,
        role,
      };
    };

    // Parents' birth years peak in the mid-1980s (a triangle over 1966–2001).
    const parentYear = 1966 + Math.floor(18 * (random() + random()));
    household.push(person('parent', parentYear));
    if (chance(SKEW.secondParent)) {
      household.push(person('parent', parentYear - 3 + Math.floor(random() * 7)));
    }
    let children = 1;
    for (let u = random(), at = 0; at < SKEW.children.length - 1; at++) {
      u -= SKEW.children[at] ?? 0;
      if (u < 0) break;
      children++;
    }
    const firstChildYear = Math.max(2006, parentYear + 17);
    for (let c = 0; c < children; c++) {
      // Young children are the most numerous on both caseloads.
      const year = 2024 - Math.floor((2025 - firstChildYear) * random() ** 1.5);
      const previous = household.at(-1);
      household.push(
        person('child', year, c > 0 && previous && chance(SKEW.twin) ? previous : undefined),
      );
    }
    return household;
  }

  function asCalworks(household: readonly Member[]): Member[] {
    return household.map((member) =>
      chance(SKEW.calworksSsnMissing[member.role]) ? { ...member, ssn: '' } : member,
    );
  }

  function asCws(household: readonly Member[], mutual: boolean): Member[] {
    // A family moves together: one new address for the household, not one per person.
    let street = household[0]?.street ?? '';
    let zip = household[0]?.zip ?? '';
    if (mutual && chance(SKEW.moved)) {
      street = newStreet();
      if (chance(SKEW.movedNewZip)) zip = nearbyZip(zip);
    }
    return household.map((member) => ({ ...recorded(member, household), street, zip }));
  }

  /** A person as the CWS worker wrote them down. */
  function recorded(member: Member, household: readonly Member[]): Member {
    let { firstName, middleName, lastName, dob, ssn: number } = member;
    if (middleName !== '' && chance(SKEW.middleNameAsFirst)) {
      [firstName, middleName] = [middleName, firstName];
    }
    const otherParent = household.find((m) => m.role === 'parent' && m.lastName !== lastName);
    if (member.role === 'child' && otherParent && chance(SKEW.childUnderOtherParent)) {
      lastName = chance(0.5) ? otherParent.lastName : `${lastName} ${otherParent.lastName}`;
    }
    if (chance(SKEW.nickname)) firstName = SYNTH_NICKNAMES[firstName] ?? firstName;
    if (chance(SKEW.firstNameTypo)) firstName = typo(firstName, random);
    if (chance(SKEW.lastNameTypo)) lastName = typo(lastName, random);
    const parts = lastName.split(' ');
    if (parts.length === 2 && chance(SKEW.compoundSwappedOrCut)) {
      lastName = chance(0.5) ? `${parts[1]} ${parts[0]}` : (parts[0] ?? lastName);
    } else if (chance(SKEW.hyphenated)) {
      lastName = `${lastName}-${SKEWED_POOLS[drawGroup()].surnames.draw(random())}`;
    } else if (member.role === 'parent' && chance(SKEW.parentSurnameChanged)) {
      lastName = surnameOf(drawGroup());
    }
    if (lastName.includes(' ') && chance(SKEW.surnameSpaceDropped)) {
      lastName = lastName.replace(/ /g, '');
    }
    if (dob !== '' && chance(SKEW.dobFirstOfJanuary)) dob = `${dob.slice(0, 4)}-01-01`;
    if (chance(SKEW.dobDayMonthSwapped)) {
      const [year, month, day] = dob.split('-');
      if (Number(day) <= 12) dob = `${year}-${day}-${month}`;
    }
    if (chance(SKEW.dobDigitSlip)) {
      const slipped = typo(dob.replace(/-/g, ''), random, '0123456789').replace(
        /^(\d{4})(\d{2})(\d{2})$/,
        '$1-$2-$3',
      );
      if (isIsoDate(slipped) && slipped >= '1900' && slipped <= '2025') dob = slipped;
    }
    if (chance(SKEW.dobMissing)) dob = '';
    if (chance(SKEW.cwsSsnMissing[member.role])) number = '';
    else if (chance(SKEW.cwsSsnLastFour)) number = `xxx-xx-${number.slice(-4)}`;
    else if (chance(SKEW.cwsSsnTypo)) {
      number = typo(number.replace(/-/g, ''), random, '0123456789').replace(
        /^(\d{3})(\d{2})(\d{4})$/,
        '$1-$2-$3',
      );
    }
    return { ...member, firstName, middleName, lastName, dob, ssn: number };
  }

  return { members, asCalworks, asCws };
}
