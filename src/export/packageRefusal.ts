/** Why a file is not taken as a county package, in words for the committee. */
export class PackageRefusal extends Error {}
