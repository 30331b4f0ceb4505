import type { AreaId } from '../areas';
import { pageClosedTo, useSignedInUser } from '../client/permissions';
import { useApi } from '../client/queries';
import { hrefOf } from '../navigation';

/** An area's pages ('' is the area's first page) the user's roles open, the current one marked. */
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
  const user = useSignedInUser().data;
  const countyId = useApi('workspace.get', {}).data?.county?.id ?? null;
  const open = pages.filter(
    (page) => pageClosedTo(user, area, page.path ? [page.path] : [], countyId) === null,
  );
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {open.map((page) => (
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
