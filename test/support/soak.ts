/** How big a reliability test runs: CI-sized in `npm test`, full size under `npm run soak`. */
export const SOAK = process.env.LINKAGES_SOAK === '1';

/** `ci` in `npm test`, `soak` in `npm run soak`. */
export function sized(ci: number, soak: number): number {
  return SOAK ? soak : ci;
}

/**
 * fast-check's seed: fixed in `npm test` so a failure reproduces; fresh in a soak run, unless
 * LINKAGES_FUZZ_SEED gives the one a failed soak run printed (`{ seed: … }`), to replay it.
 */
export const FUZZ_SEED = process.env.LINKAGES_FUZZ_SEED
  ? Number(process.env.LINKAGES_FUZZ_SEED)
  : SOAK
    ? Date.now()
    : 20261123;
