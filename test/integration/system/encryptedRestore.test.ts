import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../src/api/service';
import type { Backup } from '../../../src/api/system/contract';
import { lookOfDataFile } from '../../../src/db/encryption';
import { openDatabase } from '../../../src/db/openDatabase';
import { backupFolderFor, listBackups } from '../../../src/db/system/backups';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const PASSPHRASE = 'county passphrase for restores';
/** A seat label as distinctive as a vendor name: a byte search finds it only in a plain file. */
const LABEL = 'Zanzibar Quartermaster Liaison';

async function seats(service: Service): Promise<string[]> {
  const team = (await service.invoke('program.listTeam', { countyId: 49 })) as {
    roleLabel: string;
  }[];
  return team.map((member) => member.roleLabel).sort();
}

describe('restoring a plain backup into encrypted data', () => {
  it('puts it back encrypted under the data’s passphrase, never plain', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    await service.invoke('program.saveTeamMember', {
      countyId: 49,
      role: 'co-chair',
      program: 'cws',
      roleLabel: LABEL,
    });
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    // A backup from before the data was encrypted, as an older version or a copy put back leaves it.
    const oldBackup = path.join(backupFolderFor(workbench.file), backup.id);
    const plainBytes = fs.readFileSync(oldBackup);
    expect(plainBytes.includes(LABEL)).toBe(true);

    await service.invoke('system.encryptData', {
      passphrase: PASSPHRASE,
      confirmPassphrase: PASSPHRASE,
    });
    await service.invoke('program.saveTeamMember', {
      countyId: 49,
      role: 'co-chair',
      program: 'calworks',
      roleLabel: 'Added after the backup',
    });
    fs.writeFileSync(oldBackup, plainBytes);
    expect(lookOfDataFile(oldBackup)).toBe('plain');

    await service.invoke('system.restoreBackup', { backup: backup.id });
    expect(await seats(service)).toEqual([LABEL]);
    expect(workbench.passphrase).toBe(PASSPHRASE);
    expect(lookOfDataFile(workbench.file)).toBe('encrypted');
    expect(fs.readFileSync(workbench.file).includes(LABEL)).toBe(false);
    // Nothing plain was left beside the data file on the way.
    const beside = fs.readdirSync(path.dirname(workbench.file));
    expect(beside.filter((name) => name.startsWith('.'))).toEqual([]);
    const before = listBackups(workbench.file).find((b) => b.reason === 'before-restore');
    expect(before && lookOfDataFile(before.file)).toBe('encrypted');

    workbench.close();
    const again = openDatabase(workbench.file, { passphrase: PASSPHRASE });
    again.close();
  });
});
