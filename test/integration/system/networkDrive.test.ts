import { describe, expect, it } from 'vitest';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const journalOf = (workbench: ReturnType<typeof openTempWorkbench>) =>
  String(workbench.sqlite.pragma('journal_mode', { simple: true }));

describe('a data folder on a mapped network drive', () => {
  it('switches to the rollback journal when the person says so, at once and at the next start', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    expect(journalOf(workbench)).toBe('wal');
    expect(await service.invoke('system.info', {})).toMatchObject({
      storage: { journal: 'wal', network: null },
    });

    expect(await service.invoke('system.setNetworkDrive', { networkDrive: true })).toEqual({
      journal: 'rollback',
      network: 'setting',
    });
    expect(journalOf(workbench)).toBe('delete');
    await service.invoke('program.saveTeamMember', {
      countyId: 49,
      role: 'co-chair',
      program: 'cws',
      roleLabel: 'CWS deputy director',
    });

    // The next start reads the setting before choosing the journal.
    workbench.reopen(() => undefined);
    expect(journalOf(workbench)).toBe('delete');
    expect(workbench.storage).toEqual({ journal: 'rollback', network: 'setting' });

    await service.invoke('system.setNetworkDrive', { networkDrive: false });
    expect(journalOf(workbench)).toBe('wal');
    expect(await service.invoke('program.listTeam', { countyId: 49 })).toHaveLength(1);
  });
});
