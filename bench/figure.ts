/** One benchmark figure: printed as `BENCH <name> <value> <unit>`. */
export interface Figure {
  readonly name: string;
  measure(): Promise<{ value: number; unit: string }>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function repeat(
  times: number,
  run: () => Promise<number> | number,
): Promise<number[]> {
  const results: number[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}
