import { NotFoundPage } from '../NotFoundPage';
import { hrefOf } from '../../navigation';
import { CountyPackagePage } from './CountyPackagePage';
import { RollupPage } from './RollupPage';
import { RollupsPage } from './RollupsPage';

/** #/reports (county package), #/reports/rollups, #/reports/rollups/<id> */
export function ReportsArea({ path }: { path: readonly string[] }) {
  if (path[0] === undefined) return <CountyPackagePage />;
  if (path[0] === 'rollups' && path[1] === undefined) return <RollupsPage />;
  const id = Number(path[1]);
  if (path[0] === 'rollups' && Number.isInteger(id) && id > 0) return <RollupPage rollupId={id} />;
  return (
    <NotFoundPage back={{ href: hrefOf('reports'), label: 'Back to the county report package' }} />
  );
}
