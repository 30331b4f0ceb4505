/**
 * Each section's plain-language headline: the one sentence a committee member should take away,
 * worked out from the same figures as the section's tables.
 */
import { isSmallCell, SMALL_CELL } from '../../core/cocase/evaluation/figures';
import { READINESS_LEVELS } from '../../core/readiness/levels';
import type { CountyPackage } from '../../core/reports/package';
import type { MatchRunFigures, ReadinessDomainScore } from './reportData';
import { count, counted, hoursOf, percentOf, shareWords, shortMoney } from './words';
import { dayInWords } from '../../core/dateWords';

type Fiscal = CountyPackage['fiscal'];

/** "The county spent $1.2 M of $1.5 M budgeted (80%)." */
export function spendingHeadline(fiscal: Pick<Fiscal, 'budgetCents' | 'spentCents'>): string {
  const { budgetCents, spentCents } = fiscal;
  if (budgetCents === 0 && spentCents === 0) {
    return 'The county recorded no Linkages budget and no spending this year.';
  }
  if (budgetCents === 0) {
    return `The county spent ${shortMoney(spentCents)} with no budget recorded for the year.`;
  }
  return `The county spent ${shortMoney(spentCents)} of ${shortMoney(budgetCents)} budgeted (${percentOf(spentCents, budgetCents)}).`;
}

/** What each general-fund dollar brought in, or why there is no ratio. */
export function leverageHeadline(
  fiscal: Pick<Fiscal, 'leveragedCents' | 'generalFundCommittedCents' | 'leverageRatio'>,
): string {
  const { leveragedCents, generalFundCommittedCents, leverageRatio } = fiscal;
  if (leverageRatio === null) {
    return leveragedCents === 0
      ? 'No funds were leveraged and no county general fund was committed, so there is no leverage ratio.'
      : `The county leveraged ${shortMoney(leveragedCents)}; it committed no general fund, so there is no leverage ratio.`;
  }
  return `Each general-fund dollar the county committed (${shortMoney(generalFundCommittedCents)} in all) was matched by $${leverageRatio.toFixed(2)} of leveraged funds (${shortMoney(leveragedCents)}).`;
}

export function readinessHeadline(readiness: NonNullable<CountyPackage['readiness']>): string {
  const round = readiness.title ? `“${readiness.title}”` : 'The readiness round';
  const held = `held ${dayInWords(readiness.heldOn)}`;
  const who = counted(readiness.respondents, 'respondent', 'respondents');
  if (readiness.overall === null) return `${round}, ${held}, has no overall score (${who}).`;
  const level = READINESS_LEVELS.find((l) => l.id === readiness.level);
  return `${round}, ${held} with ${who}, scored ${readiness.overall.toFixed(1)} of 5 overall${level ? `: ${level.label.toLowerCase()}` : ''}.`;
}

/** The strongest and the weakest scored domain, or null when fewer than two were scored. */
export function domainsHeadline(domains: readonly ReadinessDomainScore[]): string | null {
  const scored = domains.filter(
    (d): d is ReadinessDomainScore & { score: number } => d.score !== null,
  );
  if (scored.length < 2) return null;
  // Stable: the first listed wins a tie, so the sentence does not change between runs.
  const strongest = scored.reduce((best, d) => (d.score > best.score ? d : best));
  const weakest = scored.reduce((low, d) => (d.score < low.score ? d : low));
  return `Strongest domain: ${strongest.name} (${strongest.score.toFixed(1)}); weakest: ${weakest.name} (${weakest.score.toFixed(1)}).`;
}

export function modelHeadline(model: CountyPackage['model']): string {
  if (model.components === 0) return 'The county has not yet adopted a program component.';
  const { componentsOperating: operating, tiersOperating: tiers } = model;
  const tierWords =
    tiers === 0
      ? 'no prevention tier has one operating yet'
      : `${tiers} of the 3 prevention tiers ${tiers === 1 ? 'has' : 'have'} one operating`;
  return `${count(operating)} of the ${counted(model.components, 'component', 'components')} in the county’s program model ${operating === 1 ? 'is' : 'are'} operating; ${tierWords}.`;
}

export function planHeadline(rollout: CountyPackage['rollout']): string {
  if (rollout.tasks === 0) return 'The rollout plan has no tasks yet.';
  const overdue =
    rollout.overdue === 0
      ? 'none is overdue'
      : `${count(rollout.overdue)} ${rollout.overdue === 1 ? 'is' : 'are'} overdue`;
  return `${count(rollout.done)} of ${counted(rollout.tasks, 'rollout task', 'rollout tasks')} ${rollout.done === 1 ? 'is' : 'are'} done (${percentOf(rollout.done, rollout.tasks)}); ${overdue}.`;
}

/**
 * The run's families and the first rate in the statewide table's shape. A count the small-cell
 * rule hides in the tables is not put in a sentence either.
 */
export function matchHeadline(run: MatchRunFigures): string {
  const shown = (n: number) => !isSmallCell(n);
  const families = shown(run.families)
    ? counted(run.families, 'mutual family', 'mutual families')
    : `fewer than ${SMALL_CELL} mutual families`;
  const found = `The match run of ${dayInWords(run.finishedAt)} found ${families}.`;
  const [first] = run.rates;
  if (!first || first.count === 0 || !shown(first.matched) || !shown(first.count)) return found;
  return `${found} ${shareWords(first.matched / first.count)} of ${first.population.replace(/^All /, 'all ')} are also known to ${first.matchedIn}.`;
}

interface ComparedIndicator {
  readonly better: 'higher' | 'lower' | null;
  readonly differencePoints: number | null;
}

/** How many of the year's indicators could be compared, and on how many Linkages did better. */
export function evaluationHeadline(year: readonly ComparedIndicator[]): string {
  const compared = year.filter((f) => f.differencePoints !== null && f.better !== null);
  if (compared.length === 0) {
    return 'No indicator can be compared this year yet: the counts are too small to show or not yet recorded.';
  }
  const better = compared.filter((f) =>
    f.better === 'higher' ? (f.differencePoints ?? 0) > 0 : (f.differencePoints ?? 0) < 0,
  ).length;
  return `Linkages families did better than the comparison group on ${better} of the ${counted(compared.length, 'indicator', 'indicators')} that can be compared this year.`;
}

export function trainingHeadline(training: CountyPackage['training']): string {
  if (training.sessions === 0) return 'No joint training was recorded this year.';
  const hours = hoursOf(training.minutes);
  const { calworks, cws, partner, total } = training.attendees;
  return `The county held ${counted(training.sessions, 'joint training session', 'joint training sessions')} (${counted(hours, 'hour', 'hours')}) for ${counted(total, 'attendee', 'attendees')}: ${count(calworks)} CalWORKs, ${count(cws)} CWS and ${count(partner)} partner staff.`;
}
