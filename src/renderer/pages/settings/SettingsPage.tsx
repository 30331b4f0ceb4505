import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function SettingsPage() {
  const info = useApi('system.info', {});
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
              {info.data.lastBackup
                ? new Date(info.data.lastBackup.createdAt).toLocaleString()
                : 'None yet: the Workbench backs up the database before each schema upgrade.'}
            </dd>
          </dl>
        )}
      </section>
    </>
  );
}
