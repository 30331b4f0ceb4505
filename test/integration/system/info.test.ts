import { describe, expect, it } from 'vitest';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('system.info', () => {
  it('reports versions, the data folder and the database size', async () => {
    const workbench = openTempWorkbench();
    const info = (await serviceOver(workbench).invoke('system.info', {})) as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({
      appVersion: '0.0.0-test',
      schemaVersion: workbench.schemaVersion,
      databaseFile: workbench.file,
      lastBackup: null,
    });
    expect(info.databaseBytes).toBeGreaterThan(0);
  });
});
