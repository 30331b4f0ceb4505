import { AREAS, type AreaId } from '../areas';
import { mayOpenArea } from '../client/permissions';
import { useApi } from '../client/queries';
import { PageHeading } from '../components/PageHeading';
import { ROLE_LABELS, rolesIn } from '../../core/system/roles';
import type { SignedInUser } from '../../api/system/users.contract';
import { hrefOf } from '../navigation';

/**
 * What a user of the shared server sees at an area their roles do not open (a bookmark, a link
 * from a colleague), and at the Overview when they hold no county staff role (the oversight
 * committee, an administrator): their roles here, and the areas they can open.
 */
export function YourRolesPage({
  user,
  area,
  page,
}: {
  user: SignedInUser;
  area: AreaId | null;
  /** A page of an area the roles open, but not this page (e.g. "Statewide roll-ups"). */
  page?: string;
}) {
  const county = useApi('workspace.get', {}).data?.county ?? null;
  const held = county
    ? [...rolesIn(user.grants, county.id)]
    : [...new Set(user.grants.map((grant) => grant.role))];
  const open = AREAS.filter(
    (item) => item.id !== 'overview' && mayOpenArea(user, item.id, county?.id ?? null),
  );
  const areaLabel = page ?? AREAS.find((item) => item.id === area)?.label;
  return (
    <>
      <PageHeading>
        {areaLabel ? `${areaLabel} is not part of your roles` : 'Your roles'}
      </PageHeading>
      <p>
        {county ? `In ${county.name} County you` : 'You'} hold the role
        {held.length === 1 ? '' : 's'} of{' '}
        {held.map((role) => ROLE_LABELS[role]).join(', ') || 'nobody yet'}.
        {areaLabel && ' Ask your administrator if you need this area for your work.'}
      </p>
      {open.length > 0 && (
        <>
          <h2>What you can open</h2>
          <ul>
            {open.map((item) => (
              <li key={item.id}>
                <a href={hrefOf(item.id)}>{item.label}</a>: {item.purpose}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
