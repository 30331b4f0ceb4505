import type { ReactNode } from 'react';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';

/**
 * A page below the program model: the way back to it, the heading and lead, then the county's part
 * (or, before a county is chosen, where to choose one).
 */
export function ProgramSubpage({
  heading,
  lead,
  shows,
  children,
}: {
  heading: string;
  lead: ReactNode;
  /** What the county part shows, as in "Choose your county … to see its team." */
  shows: string;
  children: (countyId: number) => ReactNode;
}) {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('program')}>Program model</a>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p className="lead">{lead}</p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see {shows}.</p>
      )}
      {county && children(county.id)}
    </>
  );
}
