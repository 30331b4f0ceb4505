import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { AREAS } from '../../areas';
import { hrefOf } from '../../navigation';
import { EncryptionOffer } from './EncryptionOffer';

export function OverviewPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  const areas = AREAS.filter((area) => area.id !== 'overview' && area.id !== 'settings');

  return (
    <>
      <PageHeading>{county ? `${county.name} County overview` : 'Overview'}</PageHeading>
      {workspace.isSuccess && !county && (
        <p className="notice">
          Choose your county with <strong>Change county</strong> at the top of the window to begin.
        </p>
      )}
      <EncryptionOffer />
      <p className="lead">
        Linkages brings CalWORKs and Child Welfare Services together for the families both serve.
        The Workbench follows the Statewide Linkages Toolkit: readiness, program model, fiscal,
        mutual families, co-case management and evaluation, and reports.
      </p>
      <ul className="area-cards">
        {areas.map((area) => (
          <li key={area.id} className="area-card">
            <h2>
              <a href={hrefOf(area.id)}>{area.label}</a>
            </h2>
            <p>{area.purpose}</p>
            <p className="area-card__status">
              {area.coming ? 'Coming in a later version' : 'Ready'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
