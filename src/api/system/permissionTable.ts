/**
 * The README's table of areas × roles and docs/permissions.md's table of every method, written from
 * the contract's declarations (`npm run docs:permissions`), so the documents cannot drift from
 * what the service enforces: a test compares them.
 */
import { ROLE_LABELS, ROLES, type Role } from '../../core/system/roles';
import { contract, CONTRACT_DATA, type Method } from '../contract';

const METHODS = Object.keys(contract) as Method[];

/** The areas by the methods' prefixes, in the contract's order (the county list is the workspace's). */
function areas(): Map<string, Method[]> {
  const byArea = new Map<string, Method[]>();
  for (const method of METHODS) {
    const prefix = method.slice(0, method.indexOf('.'));
    const area = prefix === 'counties' ? 'workspace' : prefix;
    byArea.set(area, [...(byArea.get(area) ?? []), method]);
  }
  return byArea;
}

function allows(method: Method, role: Role): boolean {
  return (contract[method].roles as readonly Role[]).includes(role);
}

function cell(methods: readonly Method[], role: Role): string {
  const allowed = methods.filter((method) => allows(method, role)).length;
  if (allowed === 0) return '—';
  return allowed === methods.length ? 'yes' : 'some';
}

function header(first: string): string[] {
  const labels = ROLES.map((role) => ROLE_LABELS[role]);
  return [`| ${[first, ...labels].join(' | ')} |`, `|${' --- |'.repeat(labels.length + 1)}`];
}

/** Per area, reading and changing: "yes" (every method), "some", or "—". */
export function areaRoleTable(): string {
  const lines = header('Area');
  for (const [area, methods] of areas()) {
    const reads = methods.filter((method) => CONTRACT_DATA[method].reads !== undefined);
    const changes = methods.filter((method) => CONTRACT_DATA[method].changes !== undefined);
    for (const [what, group] of [
      ['reads', reads],
      ['changes', changes],
    ] as const) {
      if (group.length === 0) continue;
      const cells = ROLES.map((role) => cell(group, role));
      lines.push(`| ${area}: ${what} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Every method, and who may call it. */
export function methodRoleTable(): string {
  const lines = header('Method');
  for (const method of METHODS) {
    const cells = ROLES.map((role) => (allows(method, role) ? 'yes' : '—'));
    lines.push(`| \`${method}\` | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export const TABLE_START = '<!-- permissions table: npm run docs:permissions -->';
export const TABLE_END = '<!-- /permissions table -->';

/** The document with the table between its markers replaced; throws when the markers are missing. */
export function withTable(document: string, table: string): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`The markers ${TABLE_START} … ${TABLE_END} are missing.`);
  return `${document.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${document.slice(end)}`;
}
