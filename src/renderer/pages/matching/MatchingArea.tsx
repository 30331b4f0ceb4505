import { NotFoundPage } from '../NotFoundPage';
import { hrefOf } from '../../navigation';
import { FamiliesPage } from './FamiliesPage';
import { MatchingPage } from './MatchingPage';
import { RunPage } from './RunPage';
import { ReviewPage } from './review/ReviewPage';

/** #/matching, #/matching/runs/<id>, #/matching/runs/<id>/review, #/matching/runs/<id>/families */
export function MatchingArea({ path }: { path: readonly string[] }) {
  if (path[0] === undefined) return <MatchingPage />;
  const id = Number(path[1]);
  if (path[0] === 'runs' && Number.isInteger(id) && id > 0) {
    if (path[2] === undefined) return <RunPage runId={id} />;
    if (path[2] === 'review' && path[3] === undefined) return <ReviewPage runId={id} />;
    if (path[2] === 'families' && path[3] === undefined) return <FamiliesPage runId={id} />;
  }
  return <NotFoundPage back={{ href: hrefOf('matching'), label: 'Back to Mutual families' }} />;
}
