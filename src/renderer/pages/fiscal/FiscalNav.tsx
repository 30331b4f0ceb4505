import { hrefOf } from '../../navigation';

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
  return (
    <nav aria-label="Fiscal pages" className="subnav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <a
              href={page.path ? hrefOf('fiscal', page.path) : hrefOf('fiscal')}
              aria-current={page.path === current ? 'page' : undefined}
            >
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
