import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { SfyPicker } from '../../components/SfyPicker';
import { useSfy } from '../../components/countyAndYear';
import { PackagePreview } from './PackagePreview';
import { ReportsNav } from './ReportsNav';

/** The county's report package for an SFY, for the oversight committee. */
export function CountyPackagePage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  const [sfy, setSfy] = useSfy();
  return (
    <>
      <PageHeading>County report package</PageHeading>
      <ReportsNav current="" />
      <p className="lead">
        One workbook for the oversight committee: readiness, the program model by tier and status,
        rollout progress, fiscal figures with leverage, and joint training for a state fiscal year.
        It holds aggregates only — no person, case number or note — and the committee’s Workbench
        reads it back into the statewide roll-up.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to make its package.</p>
      )}
      {county && (
        <section aria-labelledby="package-heading">
          <h2 id="package-heading">{county.name} County</h2>
          <div className="toolbar">
            <SfyPicker value={sfy} years={[sfy - 2, sfy - 1, sfy]} onChange={setSfy} />
          </div>
          <PackagePreview countyId={county.id} sfyStartYear={sfy} />
          <DownloadButton
            label="Download the report package"
            busyLabel="Making the package…"
            build={() =>
              invoke('reports.exportPackage', { countyId: county.id, sfyStartYear: sfy })
            }
          />
          <p>
            The same figures as a report to read or print: a cover, a section per area with a
            headline, charts and their tables (PDF).
          </p>
          <DownloadButton
            label="Download the report (PDF)"
            busyLabel="Making the report…"
            build={() =>
              invoke('reports.exportReportPdf', { countyId: county.id, sfyStartYear: sfy })
            }
          />
        </section>
      )}
    </>
  );
}
