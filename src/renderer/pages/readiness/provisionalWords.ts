import { PROVISIONAL_ANSWERED_SHARE, type ProvisionalReason } from '../../../core/readiness/levels';

/** Why a round's results are not yet the county's score, in one sentence; null when they are. */
export function provisionalWords(
  reasons: readonly ProvisionalReason[],
  respondents: number,
  answeredShare: number | null,
): string | null {
  if (reasons.length === 0) return null;
  const parts = reasons.map((reason) =>
    reason === 'one-respondent'
      ? 'they rest on one respondent'
      : `only ${Math.floor((answeredShare ?? 0) * 100)}% of the answers ${respondents === 1 ? 'the respondent' : `the ${respondents} respondents`} could give are in (${PROVISIONAL_ANSWERED_SHARE * 100}% are needed)`,
  );
  return `Provisional: ${parts.join(', and ')}. These are not the county’s score until more staff answer.`;
}
