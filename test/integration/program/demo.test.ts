import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { localIsoDate } from '../../../src/core/isoDate';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('the demo county’s program', () => {
  it('has a model from its first readiness round and a plan with work done, overdue and due soon', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'fiscal');
    const model = await invoke('program.getModel', { countyId: 49 });
    const mou = model.components.find((c) => c.componentId === 'info-sharing-mou');
    expect(mou?.status).toBe('operating');
    expect(mou?.history.map((h) => h.status)).toEqual(['considering', 'operating']);
    // The latest round still proposes what the first did not: there is something to accept.
    expect(model.recommendation?.roundTitle).toBe('Spring 2026 readiness');
    expect(model.recommendation?.proposals.length).toBeGreaterThan(0);

    const plan = await invoke('program.getPlan', {
      countyId: 49,
      today: localIsoDate(new Date()),
    });
    expect(plan.tasks).toHaveLength(14);
    expect(plan.tasks.filter((t) => t.status === 'done')).toHaveLength(5);
    expect(plan.overdue).toHaveLength(3);
    expect(plan.dueSoon).toHaveLength(2);
    expect(plan.warnings).toEqual([]);
    expect(plan.completion.map((c) => c.percent)).toEqual([100, 20, 0, 0]);

    expect(await invoke('program.listTeam', { countyId: 49 })).toHaveLength(8);
    const { totals } = await invoke('program.listTrainings', { countyId: 49 });
    // SFY 2024-25: one 2 h session; 2025-26: 3 h + 1.5 h; 2026-27: 2.5 h.
    expect(totals.map((t) => [t.label, t.sessions, t.minutes / 60])).toEqual([
      ['SFY 2024-25', 1, 2],
      ['SFY 2025-26', 2, 4.5],
      ['SFY 2026-27', 1, 2.5],
    ]);
  });
});
