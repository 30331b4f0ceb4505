/**
 * How long a shared server's sessions last (issue 24): signed out after a while without a call
 * (idle), and a while after signing in however busy (absolute). The administrator sets both.
 */

export interface SessionPolicy {
  /** Signed out after this long without a call. */
  readonly idleMinutes: number;
  /** Signed out this long after signing in, however busy. */
  readonly absoluteHours: number;
}

/** The workspace setting that holds the policy; absent, the defaults hold. */
export const SESSION_POLICY_SETTING = 'sessionPolicy';

/** OWASP's session guidance for an application holding sensitive records: short idle, a workday. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/**
 * Under 5 minutes people are signed out while reading a page; over 4 hours an unlocked desk is an
 * open door. A session lasts at most a day: every morning starts with a sign-in.
 */
export const SESSION_BOUNDS = {
  idleMinutes: { min: 5, max: 240 },
  absoluteHours: { min: 1, max: 24 },
} as const;

export interface PolicyProblem {
  readonly path: keyof SessionPolicy;
  readonly message: string;
}

/** What is wrong with a policy an administrator asks for, by field; empty when it may be used. */
export function sessionPolicyProblems(policy: SessionPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const idle = SESSION_BOUNDS.idleMinutes;
  const absolute = SESSION_BOUNDS.absoluteHours;
  if (
    !Number.isInteger(policy.idleMinutes) ||
    policy.idleMinutes < idle.min ||
    policy.idleMinutes > idle.max
  ) {
    problems.push({
      path: 'idleMinutes',
      message: `Give a whole number of minutes from ${idle.min} to ${idle.max}.`,
    });
  }
  if (
    !Number.isInteger(policy.absoluteHours) ||
    policy.absoluteHours < absolute.min ||
    policy.absoluteHours > absolute.max
  ) {
    problems.push({
      path: 'absoluteHours',
      message: `Give a whole number of hours from ${absolute.min} to ${absolute.max}.`,
    });
  } else if (problems.length === 0 && policy.absoluteHours * 60 < policy.idleMinutes) {
    problems.push({
      path: 'absoluteHours',
      message: `A session cannot end sooner than its idle time out: give at least ${Math.ceil(policy.idleMinutes / 60)} hours, or fewer idle minutes.`,
    });
  }
  return problems;
}

/** A stored setting read back: anything unusable (an older or hand-edited value) is the default. */
export function sessionPolicyOf(stored: unknown): SessionPolicy {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SESSION_POLICY;
  const { idleMinutes, absoluteHours } = stored as Record<string, unknown>;
  if (typeof idleMinutes !== 'number' || typeof absoluteHours !== 'number') {
    return DEFAULT_SESSION_POLICY;
  }
  const policy = { idleMinutes, absoluteHours };
  return sessionPolicyProblems(policy).length === 0 ? policy : DEFAULT_SESSION_POLICY;
}
