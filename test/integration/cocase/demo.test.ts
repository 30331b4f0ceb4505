import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('the demo county’s co-case work', () => {
  it('holds a few hundred mutual families with plans, services and outcomes, and figures to read', async () => {
    const workbench = openTempWorkbench();
    const invoke = typedInvoke(serviceOver(workbench));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
    const families = await invoke('cocase.families', { countyId: 49 });
    expect(families.filter((f) => f.group === 'linkages')).toHaveLength(220);
    expect(families.filter((f) => f.group === 'comparison')).toHaveLength(180);
    const count = (table: string) =>
      workbench.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(count('joint_meeting')).toBeGreaterThan(500);
    expect(count('family_barrier')).toBeGreaterThan(100);
    expect(count('family_outcome')).toBeGreaterThan(500);
    // Services come from the ledger rows of the families' case numbers: fiscal and co-case agree.
    const linked = workbench.sqlite
      .prepare(
        `SELECT count(*) AS services, sum(s.amount_cents = e.amount_cents) AS agreeing
         FROM family_service s JOIN ledger_entry e ON e.id = s.ledger_entry_id`,
      )
      .get() as { services: number; agreeing: number };
    expect(linked.services).toBeGreaterThan(50);
    expect(linked.agreeing).toBe(linked.services);

    const lists = await invoke('cocase.worklists', { countyId: 49, asOf: '2026-11-15' });
    expect(lists.reviews.some((r) => r.status === 'overdue')).toBe(true);
    expect(lists.openBarriers.length).toBeGreaterThan(10);

    // The question the dashboard answers: Linkages against the comparison group, in view.
    const { figures } = await invoke('cocase.evaluation', { countyId: 49, asOf: '2026-11-15' });
    const engagement = figures.find(
      (f) => f.indicatorId === 'wtw-engagement' && f.period === 'SFY 2025-26',
    );
    expect(engagement?.linkages.suppressed).toBe(false);
    expect(engagement?.comparison.suppressed).toBe(false);
    expect(engagement?.differencePoints).toBeGreaterThan(0);
  }, 120_000);
});
