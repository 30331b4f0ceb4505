/**
 * The purpose a person gives before names are shown on the shared server: the county's privacy
 * officer reads it, so a word or two is asked for, not a letter. Checked alike by the form (at once)
 * and the service (whatever sent the call).
 */
export const REVEAL_PURPOSE_MIN = 5;

/** Why the purpose cannot be recorded, or null when it can. */
export function revealPurposeProblem(purpose: string | undefined): string | null {
  const given = (purpose ?? '').trim();
  if (given === '') return 'Say why you need these names: the county’s privacy officer sees it.';
  if (given.length < REVEAL_PURPOSE_MIN) {
    return `Say in a few words why you need them (${REVEAL_PURPOSE_MIN} characters or more).`;
  }
  return null;
}
