/**
 * The prevention tier a mutual family belongs in (DOMAIN.md, OCAP framework): a family on both
 * caseloads with an open CWS case (Family Maintenance or Family Reunification) is Tertiary; one
 * known to CWS by a referral only, or by a case of another kind, is Secondary. Primary covers all
 * CalWORKs families, so no match is needed to place a family there.
 */
export type FamilyTier = 'secondary' | 'tertiary';

/** Case types that make an open case a Tertiary one; a blank type counts as open, not known. */
const TERTIARY_CASE_TYPES = new Set(['FM', 'FR', 'FAMILY MAINTENANCE', 'FAMILY REUNIFICATION', '']);

export function familyTier(
  cwsPersons: readonly { cwsStatus: string; caseType: string }[],
): FamilyTier {
  return cwsPersons.some(
    (p) => p.cwsStatus === 'case' && TERTIARY_CASE_TYPES.has(p.caseType.trim().toUpperCase()),
  )
    ? 'tertiary'
    : 'secondary';
}
