import { rolesIn } from '../../../core/system/roles';
import { useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { startsAtOwnCaseload } from './caseloadView';

export type WorklistScope = 'mine' | 'county';

// Kept for the browser tab's session, per user: coming back to the worklists finds the lists left.
const SCOPE_KEY = 'linkages.worklists.scope.';

/**
 * Whose families the worklists show, on the shared server: a CalWORKs or CWS worker's start at
 * their own caseload (issue 24); the choice is offered to whoever holds a caseload. Null: no
 * choice (one person's Workbench, or no caseload role), the county's lists.
 */
export function useWorklistScope(countyId: number) {
  const user = useSignedInUser().data;
  const roles = user ? rolesIn(user.grants, countyId) : new Set<string>();
  const offered = (user?.shared ?? false) && (roles.has('calworks') || roles.has('cws'));
  const key = SCOPE_KEY + (user?.userName ?? '');
  const kept = sessionStorage.getItem(key);
  const scope: WorklistScope | null = !offered
    ? null
    : kept === 'mine' || kept === 'county'
      ? kept
      : startsAtOwnCaseload(roles)
        ? 'mine'
        : 'county';
  return {
    scope,
    keep(next: WorklistScope): void {
      sessionStorage.setItem(key, next);
    },
  };
}

/** The choice between one's own caseload and every mutual family of the county. */
export function WorklistScopeChoice({
  scope,
  onChange,
}: {
  scope: WorklistScope;
  onChange: (scope: WorklistScope) => void;
}) {
  const choices: readonly [WorklistScope, string][] = [
    ['mine', 'My caseload'],
    ['county', 'All mutual families'],
  ];
  return (
    <fieldset className="worklist-scope">
      <legend>Families in the lists</legend>
      {choices.map(([value, label]) => (
        <label key={value} className="worklist-scope__choice">
          <input
            type="radio"
            name="worklist-scope"
            value={value}
            checked={scope === value}
            onChange={() => onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Said when the worker's own caseload holds no family yet, with what to do about it. */
export function EmptyCaseloadNotice({ countyId }: { countyId: number }) {
  const caseload = useApi('cocase.caseload', { countyId, mine: true });
  if (!caseload.data || caseload.data.length > 0) return null;
  return (
    <p className="notice" data-testid="worklist-caseload-empty">
      No mutual family is on your caseload yet, so these lists are empty. Ask your coordinator or
      supervisor to assign families to you, or choose “All mutual families” to see the county’s.
    </p>
  );
}
