import { SubNav } from '../../components/SubNav';

const PAGES = [
  { path: '', label: 'Summary' },
  { path: 'ledger', label: 'Ledger' },
  { path: 'import', label: 'Import' },
  { path: 'budgets', label: 'Budgets' },
  { path: 'reference', label: 'Funding streams and categories' },
  { path: 'history', label: 'History' },
] as const;

/** The fiscal area's pages, with the current one marked. */
export function FiscalNav({ current }: { current: (typeof PAGES)[number]['path'] }) {
  return <SubNav area="fiscal" label="Fiscal pages" pages={PAGES} current={current} />;
}
