import { NotFoundPage } from '../NotFoundPage';
import { hrefOf } from '../../navigation';
import { BudgetsPage } from './BudgetsPage';
import { FiscalHistoryPage } from './history/FiscalHistoryPage';
import { FiscalSummaryPage } from './FiscalSummaryPage';
import { ImportPage } from './import/ImportPage';
import { LedgerPage } from './LedgerPage';
import { ReferencePage } from './ReferencePage';

/** #/fiscal (summary), #/fiscal/ledger, #/fiscal/import, #/fiscal/budgets, #/fiscal/reference */
export function FiscalArea({ path }: { path: readonly string[] }) {
  switch (path[0]) {
    case undefined:
      return <FiscalSummaryPage />;
    case 'ledger':
      return <LedgerPage />;
    case 'import':
      return <ImportPage />;
    case 'budgets':
      return <BudgetsPage />;
    case 'reference':
      return <ReferencePage />;
    case 'history':
      return <FiscalHistoryPage />;
    default:
      return (
        <NotFoundPage back={{ href: hrefOf('fiscal'), label: 'Back to the fiscal summary' }} />
      );
  }
}
