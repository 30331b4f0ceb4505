import { hrefOf } from '../../navigation';

const PAGES = [
  { path: '', label: 'County report package' },
  { path: 'rollups', label: 'Statewide roll-ups' },
] as const;

/** The reports area's pages, with the current one marked. */
export function ReportsNav({ current }: { current: (typeof PAGES)[number]['path'] }) {
  return (
    <nav aria-label="Reports pages" className="subnav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <a
              href={page.path ? hrefOf('reports', page.path) : hrefOf('reports')}
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
