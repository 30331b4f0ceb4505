/**
 * The free-text cells: an entry's description, its family reference and a refund's reason, each
 * checked on its own.
 */
export const MAX_DESCRIPTION_CHARS = 500;
export const MAX_REFUND_REASON_CHARS = 500;
export const MAX_FAMILY_REFERENCE_CHARS = 40;

/**
 * A case number: letters, digits and dashes. This column never takes a name (DOMAIN.md, Privacy:
 * store only the identifiers a feature needs), and a name cannot pass the rule because it needs a
 * space or punctuation; a single-word value is accepted as a case number, as the rule says.
 */
const FAMILY_REFERENCE = /^[A-Za-z0-9-]+$/;

/** Why the description cannot be kept, or null; `description` is the cell trimmed. */
export function descriptionRefusal(description: string): string | null {
  if (description.length <= MAX_DESCRIPTION_CHARS) return null;
  return `the description has ${description.length} characters; at most ${MAX_DESCRIPTION_CHARS} are kept`;
}

/** Why the family reference is refused, or null; '' (none given) is never refused. */
export function familyReferenceRefusal(reference: string): string | null {
  if (
    reference === '' ||
    (reference.length <= MAX_FAMILY_REFERENCE_CHARS && FAMILY_REFERENCE.test(reference))
  ) {
    return null;
  }
  return `a family reference is a case number: letters, digits and dashes, at most ${MAX_FAMILY_REFERENCE_CHARS} characters, never a name`;
}

/** Why a refund reason that is given cannot be kept, or null. */
export function refundReasonRefusal(refundReason: string): string | null {
  if (refundReason.length <= MAX_REFUND_REASON_CHARS) return null;
  return `the refund reason has ${refundReason.length} characters; at most ${MAX_REFUND_REASON_CHARS} are kept`;
}
