/**
 * Term-frequency adjustment: agreeing on GARCIA says less than agreeing on ZWEIBEL, because two
 * unrelated persons share GARCIA far more often. Exact agreement on a value is weighed against
 * that value's own frequency instead of the field's average u.
 */

/** Each value's share of all values given (both extracts together): the chance a random record has it. */
export function termFrequencies(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const value of values) {
    if (value === '') continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
  const shares = new Map<string, number>();
  for (const [value, count] of counts) shares.set(value, count / total);
  return shares;
}

/** The smallest frequency used: a value seen once in a small extract is not proof of identity. */
export const MIN_FREQUENCY = 1e-5;

/**
 * The log-odds weight of exact agreement on a value: ln(m / frequency) in place of ln(m / u). A
 * value rarer than average weighs more, a common one less.
 */
export function exactAgreementWeight(mExact: number, frequency: number): number {
  return Math.log(mExact / Math.max(frequency, MIN_FREQUENCY));
}
