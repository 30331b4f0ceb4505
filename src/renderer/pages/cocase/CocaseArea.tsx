import { NotFoundPage } from '../NotFoundPage';
import { hrefOf } from '../../navigation';
import { EvaluationPage } from './EvaluationPage';
import { FamilyPage } from './FamilyPage';
import { FamilyRecordsPage } from './FamilyRecordsPage';
import { WorklistsPage } from './WorklistsPage';

/** #/cocase (records), #/cocase/families/<id>, #/cocase/worklists and #/cocase/evaluation. */
export function CocaseArea({ path }: { path: readonly string[] }) {
  const [page, id, more] = path;
  if (page === undefined) return <FamilyRecordsPage />;
  if (page === 'families' && id !== undefined && /^[1-9]\d{0,9}$/.test(id) && more === undefined)
    return <FamilyPage familyId={Number(id)} />;
  if (page === 'worklists' && id === undefined) return <WorklistsPage />;
  if (page === 'evaluation' && id === undefined) return <EvaluationPage />;
  return <NotFoundPage back={{ href: hrefOf('cocase'), label: 'Back to Co-case & evaluation' }} />;
}
