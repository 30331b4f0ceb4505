/**
 * Blocking: which pairs of CalWORKs and CWS persons are worth comparing at all. Several rules,
 * each a key both sides can share (same date of birth; same surname sound and birth year; same
 * SSN last four; same first name and ZIP); a pair that shares keys under several rules is still
 * one pair. A key shared by very many records (a common name in a large county) says little and
 * would swamp the comparison, so such blocks are left out and counted.
 */

/** A rule gives a record its key under the rule, or null when the record lacks the fields. */
export interface BlockingRule<T> {
  readonly name: string;
  readonly key: (record: T) => string | null;
}

export interface CandidatePairs {
  /** Index into side A of each pair. */
  readonly left: Int32Array;
  /** Index into side B of each pair. */
  readonly right: Int32Array;
  /** Pairs first found by each rule, in rule order (a pair counts under the first rule only). */
  readonly byRule: readonly { rule: string; pairs: number; skippedBlocks: number }[];
}

export const MAX_BLOCK = 5_000;

export function candidatePairs<T>(
  sideA: readonly T[],
  sideB: readonly T[],
  rules: readonly BlockingRule<T>[],
  maxBlock = MAX_BLOCK,
): CandidatePairs {
  let left = new Int32Array(1024);
  let right = new Int32Array(1024);
  let count = 0;
  const push = (a: number, b: number) => {
    if (count === left.length) {
      const grownLeft = new Int32Array(count * 2);
      grownLeft.set(left);
      left = grownLeft;
      const grownRight = new Int32Array(count * 2);
      grownRight.set(right);
      right = grownRight;
    }
    left[count] = a;
    right[count] = b;
    count++;
  };
  const indexes = rules.map((rule) => indexByKey(sideB, rule));
  // seenBy[b] = a + 1 when pair (a, b) is already taken for the current a: no pair twice.
  const seenBy = new Int32Array(sideB.length);
  const byRule = rules.map((rule) => ({ rule: rule.name, pairs: 0, skippedBlocks: 0 }));
  const skipped = rules.map(() => new Set<string>());
  for (let a = 0; a < sideA.length; a++) {
    const record = sideA[a] as T;
    for (const [r, rule] of rules.entries()) {
      const key = rule.key(record);
      if (key === null) continue;
      const block = indexes[r]?.get(key);
      if (!block) continue;
      if (block.length > maxBlock) {
        skipped[r]?.add(key);
        continue;
      }
      const tally = byRule[r];
      for (const b of block) {
        if (seenBy[b] === a + 1) continue;
        seenBy[b] = a + 1;
        push(a, b);
        if (tally) tally.pairs++;
      }
    }
  }
  return {
    left: left.slice(0, count),
    right: right.slice(0, count),
    byRule: byRule.map((tally, r) => ({ ...tally, skippedBlocks: skipped[r]?.size ?? 0 })),
  };
}

function indexByKey<T>(records: readonly T[], rule: BlockingRule<T>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  records.forEach((record, i) => {
    const key = rule.key(record);
    if (key === null) return;
    const block = index.get(key);
    if (block) block.push(i);
    else index.set(key, [i]);
  });
  return index;
}
