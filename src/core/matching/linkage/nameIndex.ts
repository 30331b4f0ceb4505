/**
 * What the comparison loops need to know about each name of the shared vocabulary, worked out
 * once per run: the formal names a first name can stand for (nickname table), and the set of its
 * letters. Two names with too few letters in common cannot reach the "similar" Jaro–Winkler
 * level, and the letter sets prove that in a few steps, so most unrelated pairs (GARCIA, NGUYEN)
 * never pay for Jaro–Winkler.
 */
import { NAME_SIMILAR } from './compare';
import { jaroWinkler as importedJaroWinkler } from './jaroWinkler';
import type { NicknameTable } from './standardize';
import type { Vocabulary } from './persons';

// Local copies: imported bindings can cost a getter call per use once transpiled.
const SIMILAR = NAME_SIMILAR;
const jaroWinkler = importedJaroWinkler;

export class NameIndex {
  private readonly masks: Int32Array;
  /** Every name's letters (as mask bit numbers) end to end, and where each name starts. */
  private readonly letters: Uint8Array;
  private readonly starts: Int32Array;
  /** The formal names of a nickname with more than one (ALEX: ALEXANDER, ALEXANDRA, …). */
  private readonly forms = new Map<number, ReadonlySet<string>>();

  constructor(
    private readonly names: Vocabulary,
    private readonly nicknames: NicknameTable,
  ) {
    const texts = names.texts;
    this.masks = new Int32Array(texts.length);
    this.starts = new Int32Array(texts.length + 1);
    texts.forEach((text, id) => {
      this.starts[id + 1] = (this.starts[id] as number) + text.length;
    });
    this.letters = new Uint8Array(this.starts[texts.length] as number);
    texts.forEach((text, id) => {
      let mask = 0;
      const start = this.starts[id] as number;
      for (let k = 0; k < text.length; k++) {
        const bit = letterBit(text.charCodeAt(k));
        this.letters[start + k] = bit;
        mask |= 1 << bit;
      }
      this.masks[id] = mask;
      const formal = nicknames.get(text);
      if (formal !== undefined) this.forms.set(id, new Set([text, ...formal]));
    });
  }

  /** Whether two different first names are one person's (a nickname of the other, or both of one). */
  sameFirstName(a: number, b: number): boolean {
    const formsA = this.forms.get(a);
    const formsB = this.forms.get(b);
    if (formsA === undefined && formsB === undefined) return false;
    const textA = this.names.text(a);
    const textB = this.names.text(b);
    if (formsA === undefined) return formsB?.has(textA) ?? false;
    if (formsB === undefined) return formsA.has(textB);
    for (const form of formsA) if (formsB.has(form)) return true;
    return false;
  }

  /** Jaro–Winkler of two names, or 0 when it surely falls below the "similar" level. */
  similarity(a: number, b: number): number {
    if (this.upperBound(a, b) < SIMILAR) return 0;
    return jaroWinkler(this.names.text(a), this.names.text(b));
  }

  /**
   * Jaro–Winkler can count as matching only characters the other name has at all, and no
   * transpositions lowers it, so this bound is never below the real similarity.
   */
  private upperBound(a: number, b: number): number {
    const common = (this.masks[a] as number) & (this.masks[b] as number);
    if (common === 0) return 0;
    const { letters, starts } = this;
    const startA = starts[a] as number;
    const endA = starts[a + 1] as number;
    const startB = starts[b] as number;
    const endB = starts[b + 1] as number;
    let inB = 0;
    for (let k = startA; k < endA; k++) if (common & (1 << (letters[k] as number))) inB++;
    let inA = 0;
    for (let k = startB; k < endB; k++) if (common & (1 << (letters[k] as number))) inA++;
    const matches = inA < inB ? inA : inB;
    const lengthA = endA - startA;
    const lengthB = endB - startB;
    const jaro = (matches / lengthA + matches / lengthB + 1) / 3;
    let prefix = 0;
    const limit = Math.min(4, lengthA, lengthB);
    while (prefix < limit && letters[startA + prefix] === letters[startB + prefix]) prefix++;
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}

const letterBit = (code: number) => (code >= 65 && code <= 90 ? code - 65 : 26);
