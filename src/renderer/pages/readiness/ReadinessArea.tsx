import { NotFoundPage } from '../NotFoundPage';
import { hrefOf } from '../../navigation';
import { AnswerEntryPage } from './AnswerEntryPage';
import { ResultsPage } from './ResultsPage';
import { RoundPage } from './RoundPage';
import { RoundsPage } from './RoundsPage';

/** #/readiness, #/readiness/round/N, …/respondent/M, …/results */
export function ReadinessArea({ path }: { path: readonly string[] }) {
  const [section, roundText, part, respondentText] = path;
  const roundId = Number(roundText);
  if (section === undefined) return <RoundsPage />;
  if (section === 'round' && Number.isInteger(roundId) && roundId > 0) {
    if (part === undefined) return <RoundPage roundId={roundId} />;
    if (part === 'results') return <ResultsPage roundId={roundId} />;
    const respondentId = Number(respondentText);
    if (part === 'respondent' && Number.isInteger(respondentId) && respondentId > 0) {
      return <AnswerEntryPage roundId={roundId} respondentId={respondentId} />;
    }
  }
  return <NotFoundPage back={{ href: hrefOf('readiness'), label: 'Back to readiness rounds' }} />;
}
