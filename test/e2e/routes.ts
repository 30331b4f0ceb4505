/**
 * Every page the renderer can show, as route patterns (`:id` stands for a record's number), read
 * from App.tsx, each area's *Area.tsx and the program pages. The layout test fails on a `#/…` link
 * no pattern matches, so a new page has to be added here, and then it is checked like the rest.
 */
export const ROUTE_PATTERNS = [
  'overview',
  // The glossary, linked from the menu and every page's help.
  'overview/glossary',
  'readiness',
  'readiness/round/:id',
  'readiness/round/:id/results',
  'readiness/round/:id/respondent/:id',
  'program',
  'program/plan',
  'program/team',
  'program/training',
  'fiscal',
  'fiscal/ledger',
  'fiscal/import',
  'fiscal/budgets',
  'fiscal/reference',
  'fiscal/history',
  'matching',
  'matching/runs/:id',
  'matching/runs/:id/review',
  'matching/runs/:id/families',
  'cocase',
  'cocase/families/:id',
  'cocase/worklists',
  'cocase/evaluation',
  'reports',
  'reports/rollups',
  'reports/rollups/:id',
  'settings',
  // The first-start encryption offer's link: Settings, focused on its encryption section.
  'settings/encryption',
  // The county privacy officer's report, linked from Settings.
  'settings/identifier-reveals',
] as const;

export type RoutePattern = (typeof ROUTE_PATTERNS)[number];

/**
 * Patterns the demo county (with the roll-up the test adds) has no record for, each
 * with the reason. Keep it empty when possible: a pattern listed here is not checked.
 */
export const NEEDS_DATA_THE_DEMO_LACKS: Partial<Record<RoutePattern, string>> = {};

/** The patterns without a record number: where the visit starts. */
export const STATIC_ROUTES: readonly RoutePattern[] = ROUTE_PATTERNS.filter(
  (pattern) => !pattern.includes(':'),
);

function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split('/').map((part) => (part === ':id' ? '[1-9]\\d*' : part));
  return new RegExp(`^${parts.join('/')}$`);
}

const MATCHERS = ROUTE_PATTERNS.map((pattern) => ({ pattern, regExp: patternRegExp(pattern) }));

/** The pattern a route (e.g. "readiness/round/3", no "#/") belongs to, or undefined. */
export function patternOf(route: string): RoutePattern | undefined {
  return MATCHERS.find((matcher) => matcher.regExp.test(route))?.pattern;
}

/** "#/readiness/round/3" → "readiness/round/3"; an in-page link ("#field") → undefined. */
export function routeOfHref(href: string): string | undefined {
  return href.startsWith('#/') ? href.slice(2) : undefined;
}
