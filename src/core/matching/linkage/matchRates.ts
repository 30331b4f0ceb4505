/**
 * Match rates in the shape of the statewide table (DOMAIN.md): all CalWORKs children and how many
 * are in CWS; all CWS children with a referral and how many are on CalWORKs; CWS children with an
 * open case and how many are on CalWORKs. A county reports its own match the same way. When an
 * extract has no role column, its rows count every person and say so.
 */
import { CWS_STATUS_CODES, ROLE_CODES, type PersonTable } from './persons';

export interface MatchRate {
  readonly population: string;
  readonly count: number;
  readonly matched: number;
  readonly matchedIn: 'CWS' | 'CalWORKs';
  /** matched ÷ count, or null when the population is empty. */
  readonly share: number | null;
}

/** What rates count of an extract: its persons' roles and CWS statuses (no identifiers). */
export type RatePopulation = Pick<PersonTable, 'count' | 'role' | 'cwsStatus'>;

/** `links`: [CalWORKs index, CWS index] of each linked person pair. */
export function matchRates(
  calworks: RatePopulation,
  cws: RatePopulation,
  links: { readonly left: ArrayLike<number>; readonly right: ArrayLike<number> },
): MatchRate[] {
  const linkedA = new Uint8Array(calworks.count);
  const linkedB = new Uint8Array(cws.count);
  for (let k = 0; k < links.left.length; k++) {
    linkedA[links.left[k] as number] = 1;
    linkedB[links.right[k] as number] = 1;
  }
  const aHasRoles = calworks.role.some((role) => role !== 0);
  const bHasRoles = cws.role.some((role) => role !== 0);
  const bHasStatus = cws.cwsStatus.some((status) => status !== 0);
  const isChild = (table: RatePopulation, hasRoles: boolean) => (i: number) =>
    !hasRoles || table.role[i] === ROLE_CODES.child;
  const who = (hasRoles: boolean) => (hasRoles ? 'children' : 'persons (no role column)');
  const rate = (
    population: string,
    table: RatePopulation,
    linked: Uint8Array,
    include: (i: number) => boolean,
    matchedIn: MatchRate['matchedIn'],
  ): MatchRate => {
    let count = 0;
    let matched = 0;
    for (let i = 0; i < table.count; i++) {
      if (!include(i)) continue;
      count++;
      matched += linked[i] as number;
    }
    return { population, count, matched, matchedIn, share: count === 0 ? null : matched / count };
  };
  const cwsChild = isChild(cws, bHasRoles);
  const rates = [
    rate(`All CalWORKs ${who(aHasRoles)}`, calworks, linkedA, isChild(calworks, aHasRoles), 'CWS'),
    rate(`All CWS ${who(bHasRoles)} with a referral`, cws, linkedB, cwsChild, 'CalWORKs'),
  ];
  if (bHasStatus) {
    rates.push(
      rate(
        `CWS ${who(bHasRoles)} with an open case`,
        cws,
        linkedB,
        (i) => cwsChild(i) && cws.cwsStatus[i] === CWS_STATUS_CODES.case,
        'CalWORKs',
      ),
    );
  }
  return rates;
}
