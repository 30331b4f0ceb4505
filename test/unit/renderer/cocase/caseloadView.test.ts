import { describe, expect, it } from 'vitest';
import {
  caseNumberOn,
  startsAtOwnCaseload,
  unitNotedOn,
  workerName,
  workersFor,
} from '../../../../src/renderer/pages/cocase/caseloadView';

describe('caseloads on the family page and the worklists', () => {
  it('assigns by the case number on the worker’s side, and shows a unit noted before', () => {
    const family = {
      calworksCase: 'C-1',
      cwsCase: ' W-2 ',
      calworksWorker: '',
      cwsWorker: 'Unit 4',
    };
    expect(caseNumberOn(family, 'calworks')).toBe('C-1');
    expect(caseNumberOn(family, 'cws')).toBe('W-2');
    expect(unitNotedOn(family, 'calworks')).toBe('');
    expect(unitNotedOn(family, 'cws')).toBe('Unit 4');
  });

  it('offers the program’s staff by display name', () => {
    const workers = [
      { userName: 'zed', displayName: 'Zed Ortiz', programs: ['cws' as const] },
      { userName: 'amy', displayName: 'Amy Bell', programs: ['calworks' as const, 'cws' as const] },
      { userName: 'cal', displayName: 'cal', programs: ['calworks' as const] },
    ];
    expect(workersFor(workers, 'cws').map(workerName)).toEqual([
      'Amy Bell (amy)',
      'Zed Ortiz (zed)',
    ]);
    expect(workersFor(workers, 'calworks').map(workerName)).toEqual(['Amy Bell (amy)', 'cal']);
  });

  it('starts a worker’s worklists at their caseload, not those who lead the work', () => {
    expect(startsAtOwnCaseload(new Set(['cws']))).toBe(true);
    expect(startsAtOwnCaseload(new Set(['calworks', 'fiscal']))).toBe(true);
    expect(startsAtOwnCaseload(new Set(['cws', 'supervisor']))).toBe(false);
    expect(startsAtOwnCaseload(new Set(['coordinator']))).toBe(false);
    expect(startsAtOwnCaseload(new Set(['analyst', 'calworks']))).toBe(false);
  });
});
