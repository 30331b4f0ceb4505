export function buildIsStale(
  built: readonly string[],
  sources: readonly string[],
  skip?: readonly string[],
): boolean;
