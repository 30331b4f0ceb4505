/** The county map's colour scale: which shade each county's figure gets, and what the legend says. */

/** One shade of the map: the lowest and highest figure of the counties drawn in it. */
export interface FigureBin {
  readonly from: number;
  readonly to: number;
}

export const BIN_COUNT = 5;

/**
 * ColorBrewer's five-class Blues: one hue, light to dark, so order reads without telling hues apart
 * (safe for every common colour-vision deficiency) and neighbouring shades stay distinguishable.
 */
export const BIN_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/**
 * Quantile bins over the figures present: each shade holds about the same number of counties, so a
 * county as large as Los Angeles cannot wash every other county into the lightest shade (as equal
 * intervals would with budgets). Equal figures always share a bin, so a county's shade never
 * depends on where it sorted among ties; that can leave fewer than five bins. Nulls (a package
 * without the figure) take no part.
 */
export function quantileBins(
  values: Iterable<number | null>,
  binCount: number = BIN_COUNT,
): FigureBin[] {
  const sorted = [...values]
    .filter((value): value is number => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b);
  const bins: FigureBin[] = [];
  let start = 0;
  for (let bin = 1; bin <= binCount && start < sorted.length; bin++) {
    let end = Math.max(Math.round((bin * sorted.length) / binCount), start + 1);
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end++;
    bins.push({ from: sorted[start] ?? 0, to: sorted[end - 1] ?? 0 });
    start = end;
  }
  return bins;
}

/** The bin a figure falls in: the first whose top reaches it (figures past the top go in the last). */
export function binIndex(bins: readonly FigureBin[], value: number): number {
  const index = bins.findIndex((bin) => value <= bin.to);
  return index === -1 ? bins.length - 1 : index;
}

/**
 * The shade of each bin. With fewer than five bins the shades spread across the palette, so two bins
 * get the lightest and darkest rather than two near-identical light blues.
 */
export function binColours(binCount: number): string[] {
  const at = (position: number) =>
    BIN_COLOURS[Math.round(position * (BIN_COLOURS.length - 1))] ?? BIN_COLOURS[0];
  if (binCount === 1) return [at(0.5)];
  return Array.from({ length: binCount }, (_, bin) => at(bin / (binCount - 1)));
}

/** The legend's words for a bin: one figure when the bin holds one, else its range. */
export function binLabel(bin: FigureBin, format: (value: number) => string): string {
  const from = format(bin.from);
  const to = format(bin.to);
  return from === to ? from : `${from} to ${to}`;
}
