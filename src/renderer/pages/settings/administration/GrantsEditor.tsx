import type { County } from '../../../../api/workspace/contract';
import { FieldError } from '../../../components/form/FormProblems';
import { EVERY_COUNTY_ROLES, SERVER_WIDE_ROLES } from '../../../../core/system/roleGrants';
import { ROLE_LABELS, ROLES, type Role, type RoleGrant } from '../../../../core/system/roles';

/** The "every county" choice in a county list: only administrators and oversight may hold it. */
const EVERY = '';

/**
 * A user's roles as rows of role and county, each row its own two labelled lists: 8 roles by 58
 * counties as checkboxes would be a wall, and most users hold one or two roles.
 */
export function GrantsEditor({
  id,
  grants,
  counties,
  onChange,
  error,
}: {
  id: string;
  grants: readonly RoleGrant[];
  counties: readonly County[];
  onChange: (grants: RoleGrant[]) => void;
  /** The form's refusal of the roles, shown above them and read with them. */
  error?: string;
}) {
  const firstCounty = counties[0]?.id ?? null;
  function change(index: number, grant: RoleGrant): void {
    onChange(grants.map((old, i) => (i === index ? grant : old)));
  }
  function setRole(index: number, role: Role, countyId: number | null): void {
    // A county's role cannot be held "everywhere": it moves to the first county until chosen.
    // ...and the administrator's role is the whole server's: held for every county only.
    const county = SERVER_WIDE_ROLES.includes(role)
      ? null
      : countyId === null && !EVERY_COUNTY_ROLES.includes(role)
        ? firstCounty
        : countyId;
    change(index, { role, countyId: county });
  }
  return (
    <>
      <FieldError fieldId={id} message={error} />
      <fieldset
        id={id}
        className="grants-editor"
        tabIndex={-1}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>Roles</legend>
        {grants.length === 0 && <p>No roles yet.</p>}
        <ul className="grants-editor__rows">
          {grants.map((grant, index) => {
            const rowId = `${id}-${index}`;
            return (
              <li key={rowId}>
                <label htmlFor={`${rowId}-role`}>
                  Role <span className="visually-hidden">{index + 1}</span>
                </label>
                <select
                  id={`${rowId}-role`}
                  value={grant.role}
                  onChange={(event) => setRole(index, event.target.value as Role, grant.countyId)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
                <label htmlFor={`${rowId}-county`}>
                  in <span className="visually-hidden">county for role {index + 1}</span>
                </label>
                <select
                  id={`${rowId}-county`}
                  value={grant.countyId === null ? EVERY : String(grant.countyId)}
                  onChange={(event) =>
                    change(index, {
                      role: grant.role,
                      countyId: event.target.value === EVERY ? null : Number(event.target.value),
                    })
                  }
                >
                  {EVERY_COUNTY_ROLES.includes(grant.role) && (
                    <option value={EVERY}>Every county</option>
                  )}
                  {!SERVER_WIDE_ROLES.includes(grant.role) &&
                    counties.map((county) => (
                      <option key={county.id} value={county.id}>
                        {county.name}
                      </option>
                    ))}
                </select>
                <button
                  type="button"
                  className="link"
                  onClick={() => onChange(grants.filter((_, i) => i !== index))}
                >
                  Remove<span className="visually-hidden"> role {index + 1}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          onClick={() => onChange([...grants, { role: 'coordinator', countyId: firstCounty }])}
        >
          Add a role
        </button>
      </fieldset>
    </>
  );
}
