import { PageHeading } from '../components/PageHeading';
import { hrefOf } from '../navigation';

/**
 * An address that is no page of the Workbench (a mistyped or old bookmark) says so, instead of
 * quietly showing another page, and offers the way back.
 */
export function NotFoundPage({ back }: { back?: { href: string; label: string } }) {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at <code>{window.location.hash || '#/'}</code>. The address may be
        mistyped, or the record it showed may have been deleted.
      </p>
      <ul>
        {back && (
          <li>
            <a href={back.href}>{back.label}</a>
          </li>
        )}
        <li>
          <a href={hrefOf('overview')}>Go to the Overview</a>
        </li>
      </ul>
    </>
  );
}
