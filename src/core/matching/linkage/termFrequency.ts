/**
 * Term-frequency adjustment: agreeing on GARCIA says less than agreeing on ZWEIBEL, because two
 * unrelated persons share GARCIA far more often. The model's weight for exact agreement holds for
 * a name of average commonness, that is for the chance two random persons share a name (the sum
 * of the squared shares); a value's own share moves it: ln(average chance / share).
 */

/** The smallest share used: a name seen once in a small extract is not proof of identity. */
export const MIN_FREQUENCY = 1e-5;

/** Shares of each value among the values given (NONE, i.e. negative ids, left out). */
export function termFrequencies(
  columns: readonly Int32Array[],
  vocabularySize: number,
): Float64Array {
  const counts = new Float64Array(vocabularySize);
  let total = 0;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      const id = column[i] as number;
      if (id < 0) continue;
      counts[id] = (counts[id] ?? 0) + 1;
      total++;
    }
  }
  if (total > 0) for (let id = 0; id < counts.length; id++) counts[id] = (counts[id] ?? 0) / total;
  return counts;
}

/** What exact agreement on each value adds to the model's exact-agreement log odds. */
export function frequencyAdjustments(shares: Float64Array): Float64Array {
  let average = 0;
  for (let id = 0; id < shares.length; id++) average += (shares[id] ?? 0) ** 2;
  return shares.map((share) => Math.log(average / Math.max(share, MIN_FREQUENCY)));
}

export function nameFrequencyWeights(
  columns: readonly Int32Array[],
  vocabularySize: number,
): Float64Array {
  return frequencyAdjustments(termFrequencies(columns, vocabularySize));
}
