/**
 * Comparison patterns: a pair's levels on every field as one small number. A county's millions
 * of pairs fall into a few thousand patterns, so EM over the patterns, each weighed by its count,
 * is the same estimate as EM over the pairs, in milliseconds; and a pair's summed field weights
 * are one look-up of its pattern's.
 */
import type { FieldLevels } from './fellegiSunter';

/** Each field's levels plus "missing": the radix of its digit in a pattern code. */
export function patternRadix(levelCounts: readonly number[]): number[] {
  return levelCounts.map((count) => count + 1);
}

export function patternSpace(levelCounts: readonly number[]): number {
  return patternRadix(levelCounts).reduce((a, b) => a * b, 1);
}

/** The pattern code of pairs [from, to), written into `codes`. */
export function writePatternCodes(
  levels: readonly Int8Array[],
  levelCounts: readonly number[],
  codes: Uint16Array | Uint32Array,
  from = 0,
  to = codes.length,
): void {
  const radix = patternRadix(levelCounts);
  if (patternSpace(levelCounts) > 2 ** 32) throw new RangeError('Too many comparison patterns.');
  for (let p = from; p < to; p++) {
    let code = 0;
    for (let f = 0; f < levels.length; f++) {
      code = code * (radix[f] as number) + (((levels[f] as Int8Array)[p] as number) + 1);
    }
    codes[p] = code;
  }
}

/** The levels a code stands for, field by field (MISSING = -1). */
export function decodePattern(code: number, levelCounts: readonly number[]): number[] {
  const radix = patternRadix(levelCounts);
  const levels = new Array<number>(radix.length);
  let rest = code;
  for (let f = radix.length - 1; f >= 0; f--) {
    levels[f] = (rest % (radix[f] as number)) - 1;
    rest = Math.floor(rest / (radix[f] as number));
  }
  return levels;
}

/** The patterns seen (count > 0) as rows EM can read, with their counts as weights. */
export function patternRows(
  counts: Float64Array,
  fields: readonly { readonly name: string; readonly levelCount: number }[],
): { fields: FieldLevels[]; counts: Float64Array } {
  const levelCounts = fields.map((field) => field.levelCount);
  const seen: number[] = [];
  counts.forEach((count, code) => {
    if (count > 0) seen.push(code);
  });
  const rows = fields.map((field) => ({
    name: field.name,
    levelCount: field.levelCount,
    levels: new Int8Array(seen.length),
  }));
  seen.forEach((code, s) => {
    decodePattern(code, levelCounts).forEach((level, f) => {
      (rows[f] as FieldLevels).levels[s] = level;
    });
  });
  return { fields: rows, counts: Float64Array.from(seen, (code) => counts[code] ?? 0) };
}
