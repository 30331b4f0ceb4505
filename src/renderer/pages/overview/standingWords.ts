import type { PackageLack } from '../../../core/reports/packageLacks';
import type { GettingStartedStep, StandingItem } from '../../../core/workspace/standing';
import { sfyLabel } from '../../../core/fiscalCalendar';
import { formatDate } from '../../components/format';
import type { AreaId } from '../../areas';

/** One line of the Overview: the sentence, and the page where it is dealt with. */
export interface StandingLine {
  readonly text: string;
  readonly linkText: string;
  /** The page: its area and the segments after it (hrefOf makes the address). */
  readonly place: Place;
}

export type Place = readonly [AreaId, ...(string | number)[]];

/** "1 task is" / "3 tasks are": counts lead, as a coordinator reads them. */
function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const sfy = (startYear: number) => sfyLabel({ startYear });

const LACK_WORDS: Record<PackageLack['part'], string> = {
  readiness: 'a closed readiness round',
  model: 'a program model',
  rollout: 'rollout tasks',
  budget: 'a budget',
  spending: 'spending in the ledger',
  training: 'joint training',
  families: 'mutual families',
};

/** "a, b and c". */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export function standingLine(item: StandingItem): StandingLine {
  switch (item.kind) {
    case 'tasksOverdue':
      return {
        text: `${count(item.count, 'rollout task is', 'rollout tasks are')} overdue; the oldest was due ${formatDate(item.oldestDue)}.`,
        linkText: 'Rollout plan',
        place: ['program', 'plan'],
      };
    case 'tasksDueSoon':
      return {
        text: `${count(item.count, 'rollout task is', 'rollout tasks are')} due in the next ${item.withinDays} days.`,
        linkText: 'Rollout plan',
        place: ['program', 'plan'],
      };
    case 'streamRunsOut':
      return {
        text: `${item.streamName} is projected to run out on ${formatDate(item.runOutDate)}, before the SFY ends on ${formatDate(item.sfyEnd)}.`,
        linkText: 'Fiscal summary',
        place: ['fiscal'],
      };
    case 'reviewsOverdue':
      return {
        text: `${count(item.count, 'joint review is', 'joint reviews are')} overdue.`,
        linkText: 'Worklists',
        place: ['cocase', 'worklists'],
      };
    case 'reviewsDue':
      return {
        text: `${count(item.count, 'joint review is', 'joint reviews are')} due in the next ${item.withinDays} days.`,
        linkText: 'Worklists',
        place: ['cocase', 'worklists'],
      };
    case 'familiesWithoutPlan':
      return {
        text: `${count(item.count, 'mutual family has', 'mutual families have')} no coordinated plan ${item.afterDays} days after joining Linkages.`,
        linkText: 'Worklists',
        place: ['cocase', 'worklists'],
      };
    case 'pairsToReview':
      return {
        text: `${count(item.count, 'pair', 'pairs')} from the newest match run ${item.count === 1 ? 'needs' : 'need'} a person to look.`,
        linkText: 'Review pairs',
        place: ['matching', 'runs', item.runId, 'review'],
      };
    case 'readinessOpen':
      return {
        text: `The readiness round “${item.title}” (${formatDate(item.heldOn)}) is open, with ${count(item.respondents, 'respondent', 'respondents')} so far.`,
        linkText: 'Readiness round',
        place: ['readiness', 'round', item.roundId],
      };
    case 'packageLacks':
      return {
        text: `The ${sfy(item.sfyStartYear)} report package still lacks ${listWords(item.lacks.map((l) => LACK_WORDS[l.part]))}.`,
        linkText: 'Reports',
        place: ['reports'],
      };
    case 'newestMatchRun':
      return {
        text: `The newest match run (${formatDate(item.finishedOn)}) found ${count(item.families, 'mutual family', 'mutual families')}${item.pairsToReview === 0 ? ', with no pairs left to review' : ''}.`,
        linkText: 'Match run',
        place: ['matching', 'runs', item.runId],
      };
    case 'trainingsThisSfy':
      return {
        text:
          item.sessions === 0
            ? `No joint training is logged in ${sfy(item.sfyStartYear)} yet.`
            : `${count(item.sessions, 'joint training', 'joint trainings')} in ${sfy(item.sfyStartYear)}, with ${count(item.attendees, 'attendee', 'attendees')}.`,
        linkText: 'Training',
        place: ['program', 'training'],
      };
  }
}

/** The toolkit's order of first steps, each with the page where it is done. */
export const STEP_WORDS: Record<GettingStartedStep, { text: string; place: Place }> = {
  fundingStreams: {
    text: 'Set up funding streams and this SFY’s budgets',
    place: ['fiscal', 'budgets'],
  },
  readinessRound: { text: 'Open a readiness round', place: ['readiness'] },
  programModel: { text: 'Adopt a program model', place: ['program'] },
  rolloutPlan: { text: 'Plan the rollout', place: ['program', 'plan'] },
  matchRun: {
    text: 'Import the CalWORKs and CWS extracts and run a match',
    place: ['matching'],
  },
  mutualFamilies: { text: 'Add mutual families', place: ['cocase'] },
  reportPackage: {
    text: 'Export the report package, once every section has figures',
    place: ['reports'],
  },
};
