import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('the demo county', () => {
  it('has two readiness rounds a year apart, 12+ respondents each, and a rising trend', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'fiscal');
    const { county } = await invoke('workspace.get', {});
    expect(county?.name).toBe('Sonoma');

    const rounds = await invoke('readiness.listRounds', { countyId: county?.id ?? 0 });
    expect(rounds.map((r) => [r.heldOn, r.status])).toEqual([
      ['2026-04-14', 'open'],
      ['2025-04-10', 'closed'],
    ]);
    expect(rounds.every((r) => r.respondents >= 12)).toBe(true);

    const latest = await invoke('readiness.results', { roundId: rounds[0]?.id ?? 0 });
    expect(latest.previous?.title).toBe('Spring 2025 readiness');
    expect(latest.overallChange).toBeGreaterThan(0.3);
    const info = latest.domains.find((d) => d.domainId === 'info');
    expect(info?.change).toBeGreaterThan(0.8);
    expect(latest.recommendation.recommendations.length).toBeGreaterThan(0);
  });

  it('is the same county every time (seeded)', async () => {
    const overalls: (number | null)[] = [];
    for (let run = 0; run < 2; run++) {
      const invoke = typedInvoke(serviceOver(openTempWorkbench()));
      await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'readiness');
      const [latest] = await invoke('readiness.listRounds', { countyId: 49 });
      overalls.push((await invoke('readiness.results', { roundId: latest?.id ?? 0 })).overall);
    }
    expect(overalls[0]).not.toBeNull();
    expect(overalls[1]).toBe(overalls[0]);
  });
});
