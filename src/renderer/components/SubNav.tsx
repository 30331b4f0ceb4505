import type { AreaId } from '../areas';
import { hrefOf } from '../navigation';

/** An area's pages ('' is the area's first page), with the current one marked. */
export function SubNav<P extends string>({
  area,
  label,
  pages,
  current,
}: {
  area: AreaId;
  /** e.g. "Fiscal pages" */
  label: string;
  pages: readonly { path: P; label: string }[];
  current: P;
}) {
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <a
              href={page.path ? hrefOf(area, page.path) : hrefOf(area)}
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
