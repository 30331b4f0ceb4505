/**
 * Who may call what, by kind of work: each contract method names one of these (or its own list),
 * so the README's table of areas × roles and the service's checks come from one place.
 */
import { ROLES, type Role } from '../../core/system/roles';

/** Any signed-in user: the county list, the workspace, what the Workbench is. */
export const EVERYONE: readonly Role[] = ROLES;

/** Users and the server's settings: backups, encryption, restore. */
export const ADMINISTRATION: readonly Role[] = ['administrator'];

/** Everyone who works in a county's records (oversight reads packages; administrators, users). */
export const COUNTY_STAFF: readonly Role[] = [
  'coordinator',
  'fiscal',
  'calworks',
  'cws',
  'analyst',
  'supervisor',
];

/** Readiness, the program model, the rollout plan, the team and trainings: read by all staff. */
export const PLANNING_READ = COUNTY_STAFF;
/** ...and kept by the coordinator and supervisors. */
export const PLANNING_WRITE: readonly Role[] = ['coordinator', 'supervisor'];

/** Streams, budgets and the ledger. */
export const FISCAL_READ: readonly Role[] = ['fiscal', 'coordinator', 'supervisor'];
export const FISCAL_WRITE: readonly Role[] = ['fiscal'];

/** Undo and redo reach the plan, team, trainings and fiscal records. */
export const UNDO: readonly Role[] = ['coordinator', 'supervisor', 'fiscal'];

/** Extracts, match runs and review: the analyst, who may see identifiers. */
export const MATCHING: readonly Role[] = ['analyst'];
/** A run's figures and its families by case number, without identifiers. */
export const MATCH_RESULTS_READ: readonly Role[] = ['analyst', 'coordinator', 'supervisor'];

/** Mutual families' records: the two programs' staff, and those who lead them. */
export const CASEWORK_READ: readonly Role[] = [
  'calworks',
  'cws',
  'coordinator',
  'supervisor',
  'analyst',
];
export const CASEWORK_WRITE: readonly Role[] = ['calworks', 'cws', 'coordinator', 'supervisor'];
/** Families added from a match run, outcomes imported from a file. */
export const FAMILY_INTAKE: readonly Role[] = ['analyst', 'coordinator'];
/** Indicators and the logic model: figures, not families. */
export const EVALUATION_READ: readonly Role[] = ['coordinator', 'supervisor', 'analyst'];
export const EVALUATION_WRITE: readonly Role[] = ['coordinator'];

/** The county's report package: aggregates only, which the oversight committee reads too. */
export const PACKAGE_READ: readonly Role[] = ['coordinator', 'supervisor', 'fiscal', 'oversight'];
/** The statewide roll-up of many counties' packages. */
export const ROLLUP: readonly Role[] = ['coordinator', 'oversight'];

/** Who saw identifiers of people: the county's privacy officer's report. */
export const PRIVACY_REVIEW: readonly Role[] = ['administrator', 'supervisor'];
/** Who assigns families to CalWORKs and CWS workers' caseloads. */
export const CASELOAD_ASSIGN: readonly Role[] = ['coordinator', 'supervisor'];
/** One family's names: the analyst, and its own workers (checked against their caseload). */
export const FAMILY_NAMES: readonly Role[] = ['analyst', 'calworks', 'cws'];

/** Imports and match runs in progress: whoever may start one sees it. */
export const JOBS = COUNTY_STAFF;
