/**
 * From scored pairs to links. A person appears once in each extract, so a CalWORKs person links
 * to at most one CWS person and back (one-to-one): the most likely pairs are taken first, and a
 * pair whose person is already linked gives way. Persons then roll up to families: two cases are
 * a mutual family when any of their persons link.
 */

export interface ScoredPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly probability: Float64Array;
}

/** Indexes (into the pairs) of the links kept: at or above `threshold`, each person once. */
export function oneToOne(pairs: ScoredPairs, threshold: number): number[] {
  const candidates: number[] = [];
  for (let p = 0; p < pairs.probability.length; p++) {
    if ((pairs.probability[p] ?? 0) >= threshold) candidates.push(p);
  }
  // Most likely first; ties in pair order, so the same run always keeps the same links.
  candidates.sort((a, b) => (pairs.probability[b] ?? 0) - (pairs.probability[a] ?? 0) || a - b);
  const takenLeft = new Set<number>();
  const takenRight = new Set<number>();
  const kept: number[] = [];
  for (const p of candidates) {
    const a = pairs.left[p] ?? -1;
    const b = pairs.right[p] ?? -1;
    if (takenLeft.has(a) || takenRight.has(b)) continue;
    takenLeft.add(a);
    takenRight.add(b);
    kept.push(p);
  }
  return kept.sort((a, b) => a - b);
}

export interface FamilyPair {
  readonly calworksCase: string;
  readonly cwsCase: string;
  /** Persons of the two cases linked to each other. */
  readonly persons: number;
  /** The strongest of those links. */
  readonly probability: number;
}

/** Case pairs from person links: one per (CalWORKs case, CWS case), with how many persons link. */
export function familyPairs(
  links: readonly number[],
  pairs: ScoredPairs,
  calworksCaseOf: (person: number) => string,
  cwsCaseOf: (person: number) => string,
): FamilyPair[] {
  const families = new Map<string, FamilyPair>();
  for (const p of links) {
    const calworksCase = calworksCaseOf(pairs.left[p] ?? -1);
    const cwsCase = cwsCaseOf(pairs.right[p] ?? -1);
    const key = `${calworksCase}\u0000${cwsCase}`;
    const probability = pairs.probability[p] ?? 0;
    const family = families.get(key);
    families.set(key, {
      calworksCase,
      cwsCase,
      persons: (family?.persons ?? 0) + 1,
      probability: Math.max(family?.probability ?? 0, probability),
    });
  }
  // Code-unit order, not localeCompare: the same on every machine, and fast for 100,000 families.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...families.values()].sort(
    (a, b) => order(a.calworksCase, b.calworksCase) || order(a.cwsCase, b.cwsCase),
  );
}

/** Links (at or above `accept`) and pairs for clerical review (from `review` up), each person once. */
export function bandPairs(
  pairs: ScoredPairs,
  accept: number,
  review: number,
): { links: number[]; review: number[] } {
  const kept = oneToOne(pairs, Math.min(accept, review));
  return {
    links: kept.filter((p) => (pairs.probability[p] ?? 0) >= accept),
    review: kept.filter((p) => (pairs.probability[p] ?? 0) < accept),
  };
}
