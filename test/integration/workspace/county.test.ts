import { describe, expect, it } from 'vitest';
import { auditEvent } from '../../../src/db/schema';
import { openDatabase } from '../../../src/db/openDatabase';
import { everyRow, openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

describe('counties.list', () => {
  it('lists the 58 counties alphabetically', async () => {
    const counties = (await serviceOver(openTempWorkbench()).invoke('counties.list', {})) as {
      name: string;
    }[];
    expect(counties).toHaveLength(58);
    expect(counties[0]?.name).toBe('Alameda');
    expect(counties[57]?.name).toBe('Yuba');
  });
});

describe('workspace.setCounty and workspace.get', () => {
  it('starts with no county, then remembers the chosen one across reopening', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    expect(await service.invoke('workspace.get', {})).toEqual({ county: null });
    expect(await service.invoke('workspace.setCounty', { countyId: 19 })).toEqual({
      county: { id: 19, name: 'Los Angeles', fips: '06037' },
    });
    workbench.close();
    const reopened = openDatabase(workbench.file);
    try {
      expect(await serviceOver(reopened).invoke('workspace.get', {})).toEqual({
        county: { id: 19, name: 'Los Angeles', fips: '06037' },
      });
    } finally {
      reopened.close();
    }
  });

  it('leaves an audit event with before and after', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    await service.invoke('workspace.setCounty', { countyId: 19 });
    await service.invoke('workspace.setCounty', { countyId: 49 });
    const events = workbench.db.select().from(auditEvent).all();
    expect(events.map((e) => [e.action, e.beforeJson, e.afterJson, e.actor])).toEqual([
      ['create', null, '19', 'test-runner'],
      ['update', '19', '49', 'test-runner'],
    ]);
    expect(events.every((e) => e.entity === 'workspace_setting')).toBe(true);
  });

  it.each([
    [{ countyId: 'Sonoma' }, 'countyId'],
    [{ countyId: 1.5 }, 'countyId'],
    [{ countyId: -3 }, 'countyId'],
    [{}, 'countyId'],
  ])('refuses %j with a ValidationError naming the field', async (input, field) => {
    const workbench = openTempWorkbench();
    const before = everyRow(workbench);
    const error = await refusal(serviceOver(workbench).invoke('workspace.setCounty', input));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((issue) => issue.path)).toContain(field);
    expect(error.message).toContain(field);
    expect(everyRow(workbench)).toEqual(before);
  });

  it('says NotFound for a county that does not exist, and changes nothing', async () => {
    const workbench = openTempWorkbench();
    const before = everyRow(workbench);
    const error = await refusal(
      serviceOver(workbench).invoke('workspace.setCounty', { countyId: 99 }),
    );
    expect(error.kind).toBe('NotFound');
    expect(error.message).toBe('There is no county with id 99.');
    expect(everyRow(workbench)).toEqual(before);
  });
});
