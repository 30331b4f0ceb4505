import type { County } from '../../../../api/workspace/contract';
import { ROLE_LABELS, type RoleGrant } from '../../../../core/system/roles';

/** "Coordinator in Alameda; Administrator in every county": what a user may do, in words. */
export function grantsInWords(
  grants: readonly RoleGrant[],
  counties: readonly Pick<County, 'id' | 'name'>[],
): string {
  if (grants.length === 0) return 'No roles';
  const names = new Map(counties.map((county) => [county.id, county.name]));
  return grants
    .map((grant) => {
      const where =
        grant.countyId === null
          ? 'every county'
          : (names.get(grant.countyId) ?? `county ${grant.countyId}`);
      return `${ROLE_LABELS[grant.role]} in ${where}`;
    })
    .join('; ');
}

/** How the user signs in: with a password here, at the county's identity provider, or both. */
export function signInKind(user: { hasPassword: boolean; identityProvider: boolean }): string {
  if (user.hasPassword && user.identityProvider) return 'Password and identity provider';
  if (user.identityProvider) return 'Identity provider';
  return user.hasPassword ? 'Password' : 'None yet';
}
