import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf, useRoute } from '../../navigation';
import { administers as administersServer } from './administration/administers';
import { BackupsSection } from './BackupsSection';
import { EncryptionSection } from './EncryptionSection';
import { StorageSection } from './StorageSection';
import { formatBytes, formatWhen, nextDailyBackupInWords } from './settingsWords';

export function SettingsPage() {
  const info = useApi('system.info', {});
  // "#/settings/encryption": the first-start offer's link to the encryption section.
  const { path } = useRoute();
  const user = useSignedInUser().data;
  const administers = mayCall(user, 'system.backupNow', null);
  const countyId = useApi('workspace.get', {}).data?.county?.id ?? null;
  const reviewsPrivacy = countyId !== null && mayCall(user, 'system.identifierReveals', countyId);
  return (
    <>
      <PageHeading>Settings</PageHeading>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About this Workbench</h2>
        {info.isPending && <p>Loading…</p>}
        {info.data && (
          <dl className="facts">
            <dt>App version</dt>
            <dd>{info.data.appVersion}</dd>
            <dt>Data schema version</dt>
            <dd data-testid="schema-version">{info.data.schemaVersion}</dd>
            <dt>Data folder</dt>
            <dd className="path">{info.data.dataFolder}</dd>
            <dt>Database file</dt>
            <dd className="path">{info.data.databaseFile}</dd>
            <dt>Database size</dt>
            <dd>{formatBytes(info.data.databaseBytes)}</dd>
            <dt>Last backup</dt>
            <dd>
              {info.data.lastBackup ? formatWhen(info.data.lastBackup.createdAt) : 'None yet.'}
            </dd>
            <dt>Next daily backup</dt>
            <dd data-testid="next-backup">
              {nextDailyBackupInWords(info.data.lastBackup?.createdAt ?? null, new Date())}
            </dd>
          </dl>
        )}
      </section>
      {administersServer(user) && (
        <section aria-labelledby="administration-link-heading">
          <h2 id="administration-link-heading">Users and sessions</h2>
          <p>
            <a href={hrefOf('settings', 'administration')}>Administration</a>: the server’s users,
            their roles, passwords and session limits.
          </p>
        </section>
      )}
      {reviewsPrivacy && (
        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Privacy</h2>
          <p>
            <a href={hrefOf('settings', 'identifier-reveals')}>Who saw identifiers</a>: every time
            someone was shown names, dates of birth or SSNs, and why.
          </p>
        </section>
      )}
      {/* Encryption, storage and backups are the administrator's on the shared server. */}
      {administers && <EncryptionSection focus={path[0] === 'encryption'} />}
      {administers && info.data && <StorageSection storage={info.data.storage} />}
      {administers && <BackupsSection />}
    </>
  );
}
