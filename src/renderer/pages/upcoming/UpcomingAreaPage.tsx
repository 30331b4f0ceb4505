import { PageHeading } from '../../components/PageHeading';
import { areaById, type AreaId } from '../../areas';

/** What an area not built yet will do, so the page is never blank. */
export function UpcomingAreaPage({ id }: { id: AreaId }) {
  const area = areaById(id);
  return (
    <>
      <PageHeading>{area.label}</PageHeading>
      <p className="lead">{area.purpose}</p>
      <section aria-labelledby="coming-heading" className="notice">
        <h2 id="coming-heading">Coming in a later version</h2>
        <ul>
          {area.coming?.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
