/**
 * Blocking: which pairs of CalWORKs and CWS persons are worth comparing at all. Several rules,
 * each a key both sides can share (same date of birth; same surname sound and birth year; same
 * SSN last four; same first name and ZIP); a pair that shares keys under several rules is still
 * one pair. A key shared by very many records (a common name in a large county) says little and
 * would swamp the comparison, so such blocks are left out and counted.
 */

/**
 * A rule gives a record (the index-th of a side) its key under the rule, a whole number from 0 to
 * 2^31 − 1, or NO_KEY when the record lacks the fields. Keys are numbers because a statewide match
 * looks up ten million of them, in a table made for exactly that.
 */
export interface BlockingRule<S> {
  readonly name: string;
  readonly key: (side: S, index: number) => number;
}

export const NO_KEY = -1;

/** A side of the match: its records, however held, and how many. */
export interface BlockingSide<S> {
  readonly records: S;
  readonly count: number;
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

export function candidatePairs<S>(
  sideA: BlockingSide<S>,
  sideB: BlockingSide<S>,
  rules: readonly BlockingRule<S>[],
  options: {
    maxBlock?: number;
    onProgress?: (share: number) => void;
    /** Side B's blocks per rule, when already made (by ruleLoads). */
    indexes?: readonly BlockIndex[];
  } = {},
): CandidatePairs {
  const { maxBlock = MAX_BLOCK, onProgress } = options;
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
  const indexes = options.indexes ?? blockIndexes(sideB, rules);
  // seenBy[b] = a + 1 when pair (a, b) is already taken for the current a: no pair twice.
  const seenBy = new Int32Array(sideB.count);
  const tallies = new Float64Array(rules.length);
  const skipped = rules.map(() => new Set<number>());
  for (let a = 0; a < sideA.count; a++) {
    if (onProgress && a % 65_536 === 0) onProgress(a / sideA.count);
    for (let r = 0; r < rules.length; r++) {
      const key = (rules[r] as BlockingRule<S>).key(sideA.records, a);
      if (key < 0) continue;
      const index = indexes[r] as BlockIndex;
      const group = index.groups.find(key);
      if (group < 0) continue;
      const from = index.starts[group] as number;
      const to = index.starts[group + 1] as number;
      if (to - from > maxBlock) {
        skipped[r]?.add(key);
        continue;
      }
      for (let k = from; k < to; k++) {
        const b = index.members[k] as number;
        if (seenBy[b] === a + 1) continue;
        seenBy[b] = a + 1;
        push(a, b);
        tallies[r] = (tallies[r] as number) + 1;
      }
    }
  }
  return {
    left: left.slice(0, count),
    right: right.slice(0, count),
    byRule: rules.map((rule, r) => ({
      rule: rule.name,
      pairs: tallies[r] ?? 0,
      skippedBlocks: skipped[r]?.size ?? 0,
    })),
  };
}

/**
 * A rule's load, from block sizes alone, before any pair is made (as Splink's blocking analysis
 * counts): the pairs its blocks hold, the largest block's pairs, and the blocks over the cap. A
 * rule whose load grows with the square of the extracts (a common name in a large state) shows
 * here before it swamps the comparison; the pairs are counted before other rules take their share.
 */
export interface RuleLoad {
  readonly rule: string;
  /** Σ over keys of (records of A with it) × (records of B with it), blocks over the cap left out. */
  readonly pairs: number;
  readonly largestBlock: number;
  readonly blocksOverCap: number;
}

export function ruleLoads<S>(
  sideA: BlockingSide<S>,
  sideB: BlockingSide<S>,
  rules: readonly BlockingRule<S>[],
  maxBlock = MAX_BLOCK,
  indexes: readonly BlockIndex[] = blockIndexes(sideB, rules),
): RuleLoad[] {
  return rules.map((rule, r) => {
    const index = indexes[r] as BlockIndex;
    // Records of A per group of B: a block's pairs are those times the group's size.
    const hits = new Float64Array(index.groups.size);
    for (let a = 0; a < sideA.count; a++) {
      const key = rule.key(sideA.records, a);
      if (key < 0) continue;
      const group = index.groups.find(key);
      if (group >= 0) hits[group] = (hits[group] as number) + 1;
    }
    let pairs = 0;
    let largestBlock = 0;
    let blocksOverCap = 0;
    for (let g = 0; g < index.groups.size; g++) {
      const size = (index.starts[g + 1] as number) - (index.starts[g] as number);
      const block = (hits[g] as number) * size;
      if (block === 0) continue;
      if (size > maxBlock) {
        blocksOverCap++;
        continue;
      }
      pairs += block;
      largestBlock = Math.max(largestBlock, block);
    }
    return { rule: rule.name, pairs, largestBlock, blocksOverCap };
  });
}

/** Side B's blocks under each rule: made once, for the loads and then the pairs. */
export function blockIndexes<S>(
  side: BlockingSide<S>,
  rules: readonly BlockingRule<S>[],
): BlockIndex[] {
  return rules.map((rule) => indexByKey(side, rule));
}

/** One side's records grouped by key, as offsets into one array (no array per block). */
export interface BlockIndex {
  readonly groups: KeyTable;
  /** Group g's members are members[starts[g]] up to members[starts[g + 1]]. */
  readonly starts: Int32Array;
  readonly members: Int32Array;
}

function indexByKey<S>(side: BlockingSide<S>, rule: BlockingRule<S>): BlockIndex {
  const groups = new KeyTable(side.count);
  const groupOf = new Int32Array(side.count).fill(-1);
  const sizes = new Int32Array(side.count + 1);
  for (let i = 0; i < side.count; i++) {
    const key = rule.key(side.records, i);
    if (key < 0) continue;
    const group = groups.findOrAdd(key);
    groupOf[i] = group;
    sizes[group] = (sizes[group] as number) + 1;
  }
  const starts = new Int32Array(groups.size + 1);
  for (let g = 0; g < groups.size; g++)
    starts[g + 1] = (starts[g] as number) + (sizes[g] as number);
  const filled = starts.slice(0, groups.size);
  const members = new Int32Array(starts[groups.size] as number);
  for (let i = 0; i < side.count; i++) {
    const group = groupOf[i] as number;
    if (group < 0) continue;
    members[filled[group] as number] = i;
    filled[group] = (filled[group] as number) + 1;
  }
  return { groups, starts, members };
}

/**
 * Key → group number in two typed arrays (open addressing, linear probing): a look-up is a hash
 * and usually one probe, with nothing for the garbage collector, where a Map of a million
 * entries would cost several times that.
 */
class KeyTable {
  private readonly keys: Int32Array;
  private readonly groups: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  size = 0;

  constructor(maxKeys: number) {
    let bits = 4;
    while (1 << bits < maxKeys * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.groups = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  find(key: number): number {
    for (let slot = this.slot(key); ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot] as number;
      if (held === key) return this.groups[slot] as number;
      if (held === -1) return -1;
    }
  }

  findOrAdd(key: number): number {
    for (let slot = this.slot(key); ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot] as number;
      if (held === key) return this.groups[slot] as number;
      if (held === -1) {
        this.keys[slot] = key;
        this.groups[slot] = this.size;
        return this.size++;
      }
    }
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
