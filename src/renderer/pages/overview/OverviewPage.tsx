import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { AREAS } from '../../areas';
import { hrefOf } from '../../navigation';
import { CountyStanding } from './CountyStanding';
import { EncryptionOffer } from './EncryptionOffer';

/** Leads with where the chosen county stands; the areas follow for finding one's way. */
export function OverviewPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;

  return (
    <>
      <PageHeading>{county ? `${county.name} County overview` : 'Overview'}</PageHeading>
      {workspace.isSuccess && !county && (
        <p className="notice">
          Choose your county with <strong>Change county</strong> at the top of the window to begin.
        </p>
      )}
      <EncryptionOffer />
      {county && <StandingOf countyId={county.id} />}
      <AreaCards />
    </>
  );
}

function StandingOf({ countyId }: { countyId: number }) {
  const standing = useApi('workspace.standing', { countyId });
  if (standing.data) return <CountyStanding standing={standing.data} />;
  return (
    <p role="status">
      {standing.isError
        ? 'Where the county stands could not be gathered.'
        : 'Gathering where the county stands…'}
    </p>
  );
}

function AreaCards() {
  const areas = AREAS.filter((area) => area.id !== 'overview' && area.id !== 'settings');
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">All areas</h2>
      <p>
        Linkages brings CalWORKs and Child Welfare Services together for the families both serve.
        The Workbench follows the Statewide Linkages Toolkit:
      </p>
      <ul className="area-cards">
        {areas.map((area) => (
          <li key={area.id} className="area-card">
            <h3>
              <a href={hrefOf(area.id)}>{area.label}</a>
            </h3>
            <p>{area.purpose}</p>
            {area.coming && <p className="area-card__status">Coming in a later version</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
