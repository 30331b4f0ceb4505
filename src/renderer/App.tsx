import type { MouseEvent } from 'react';
import { AlertRegion } from './components/AlertRegion';
import { CountyPicker } from './components/CountyPicker';
import { UserMenu } from './components/UserMenu';
import { mayCall, mayOpenArea, pageClosedTo, useSignedInUser } from './client/permissions';
import type { SignedInUser } from '../api/system/users.contract';
import { YourRolesPage } from './pages/YourRolesPage';
import { useApi } from './client/queries';
import { AREAS } from './areas';
import { hrefOf, useRoute, type Route } from './navigation';
import { FiscalArea } from './pages/fiscal/FiscalArea';
import { MatchingArea } from './pages/matching/MatchingArea';
import { CocaseArea } from './pages/cocase/CocaseArea';
import { OverviewPage } from './pages/overview/OverviewPage';
import { ProgramModelPage } from './pages/program/ProgramModelPage';
import { RolloutPlanPage } from './pages/program/RolloutPlanPage';
import { TeamPage } from './pages/program/TeamPage';
import { TrainingPage } from './pages/program/TrainingPage';
import { ReadinessArea } from './pages/readiness/ReadinessArea';
import { ReportsArea } from './pages/reports/ReportsArea';
import { AdministrationPage } from './pages/settings/administration/AdministrationPage';
import { administers } from './pages/settings/administration/administers';
import { SettingsPage } from './pages/settings/SettingsPage';
import { IdentifierRevealsPage } from './pages/settings/IdentifierRevealsPage';
import { UpcomingAreaPage } from './pages/upcoming/UpcomingAreaPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { GlossaryPage } from './help/GlossaryPage';

export function App() {
  const route = useRoute();
  const area = route.area;
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  // The shared server shows each user the areas their roles open (the single user holds them all).
  const user = useSignedInUser().data;
  const onGlossary = route.area.id === 'overview' && route.path.join('/') === 'glossary';

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">Linkages Workbench</span>
          <span className="shell__county" data-testid="current-county">
            {county ? `${county.name} County` : 'No county chosen'}
          </span>
        </div>
        <CountyPicker />
        <UserMenu />
      </header>
      <nav className="shell__nav" aria-label="Areas">
        <ul>
          {AREAS.filter((item) => mayOpenArea(user, item.id, county?.id ?? null)).map((item) => (
            <li key={item.id}>
              <a
                href={hrefOf(item.id)}
                aria-current={
                  route.known && item.id === area.id && !onGlossary ? 'page' : undefined
                }
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <ul className="shell__nav-help">
          <li>
            <a href={hrefOf('overview', 'glossary')} aria-current={onGlossary ? 'page' : undefined}>
              Glossary
            </a>
          </li>
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        <AlertRegion />
        {user && (
          <Page
            key={`${area.id}/${route.path.join('/')}`}
            route={route}
            user={user}
            countyId={county?.id ?? null}
          />
        )}
      </main>
    </div>
  );
}

/** The hash holds the route, so the skip link moves focus itself instead of changing the hash. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const main = document.getElementById('main');
  (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
}

function Page({
  route,
  user,
  countyId,
}: {
  route: Route;
  user: SignedInUser;
  countyId: number | null;
}) {
  if (!route.known) return <NotFoundPage />;
  if (!mayOpenArea(user, route.area.id, countyId)) {
    return <YourRolesPage user={user} area={route.area.id} />;
  }
  const closedPage = pageClosedTo(user, route.area.id, route.path, countyId);
  if (closedPage !== null) return <YourRolesPage user={user} area={null} page={closedPage} />;
  switch (route.area.id) {
    case 'overview':
      if (route.path.length === 0) {
        // The Overview is the county's standing: for county staff.
        return mayCall(user, 'workspace.standing', countyId) ? (
          <OverviewPage />
        ) : (
          <YourRolesPage user={user} area={null} />
        );
      }
      return route.path.join('/') === 'glossary' ? <GlossaryPage /> : <NotFoundPage />;
    case 'settings':
      if (route.path.join('/') === 'identifier-reveals') {
        return mayCall(user, 'system.identifierReveals', countyId) ? (
          <IdentifierRevealsPage countyId={countyId} />
        ) : (
          <YourRolesPage user={user} area={null} />
        );
      }
      // "#/settings/encryption" opens on the encryption section (the first-start offer's link).
      if (route.path.length === 0 || route.path.join('/') === 'encryption') return <SettingsPage />;
      // The shared server's users and sessions: its administrators' (one user has no others).
      if (route.path.join('/') === 'administration') {
        return administers(user) ? (
          <AdministrationPage />
        ) : (
          <YourRolesPage user={user} area={null} />
        );
      }
      return <NotFoundPage />;
    case 'readiness':
      return <ReadinessArea path={route.path} />;
    case 'fiscal':
      return <FiscalArea path={route.path} />;
    case 'reports':
      return <ReportsArea path={route.path} />;
    case 'matching':
      return <MatchingArea path={route.path} />;
    case 'cocase':
      return <CocaseArea path={route.path} />;
    case 'program':
      return <ProgramPage path={route.path} />;
    default:
      return <UpcomingAreaPage id={route.area.id} />;
  }
}

/** #/program (the model), #/program/plan, #/program/team and #/program/training. */
function ProgramPage({ path }: { path: readonly string[] }) {
  const [page, more] = path;
  if (more !== undefined)
    return <NotFoundPage back={{ href: hrefOf('program'), label: 'Back to the program model' }} />;
  switch (page) {
    case undefined:
      return <ProgramModelPage />;
    case 'plan':
      return <RolloutPlanPage />;
    case 'team':
      return <TeamPage />;
    case 'training':
      return <TrainingPage />;
    default:
      return (
        <NotFoundPage back={{ href: hrefOf('program'), label: 'Back to the program model' }} />
      );
  }
}
