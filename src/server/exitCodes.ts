/** What `npm run serve` exits with, for scripts and services that start it (README, Commands). */
export const EXIT_CODES = {
  stopped: 0,
  couldNotStart: 1,
  badArguments: 2,
  /** The data file is corrupt, from a newer version, or not a Workbench file; it was left as it is. */
  dataFileUnusable: 3,
  /** Another Workbench holds the data folder, or took it over while this one was not responding. */
  dataFolderInUse: 4,
  /** A shared server nobody could administer: no enabled user holds the administrator role. */
  noAdministrator: 5,
} as const;
