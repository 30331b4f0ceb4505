import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('the demo county’s match', () => {
  it('is a finished run whose families are the co-case families, with a few pairs to review', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
    const extracts = await invoke('matching.extracts', { countyId: 49 });
    expect(extracts.map((e) => e.side).sort()).toEqual(['calworks', 'cws']);
    const [run, ...others] = await invoke('matching.runs', { countyId: 49 });
    expect(others).toEqual([]);
    if (!run) throw new Error('the demo has no match run');

    // Same case numbers on both sides, same tiers, and each record points at the run.
    const linked = await invoke('matching.families', { runId: run.runId });
    const recorded = await invoke('cocase.families', { countyId: 49 });
    const key = (f: { calworksCase: string; cwsCase: string; tier: string }) =>
      `${f.calworksCase} ${f.cwsCase} ${f.tier}`;
    expect(linked.map(key).sort()).toEqual(recorded.map(key).sort());
    expect(recorded).toHaveLength(400);
    expect(recorded.every((f) => f.matchRunId === run.runId)).toBe(true);

    const view = await invoke('matching.runView', { runId: run.runId });
    expect(view.reviewPairs).toBeGreaterThanOrEqual(10);
    expect(view.reviewPairs).toBeLessThanOrEqual(20);
    expect(view.decided).toEqual({ matches: 0, nonMatches: 0 });
    expect(view.tiers.secondary).toBeGreaterThan(100);
    expect(view.tiers.tertiary).toBeGreaterThan(100);
  }, 120_000);
});
