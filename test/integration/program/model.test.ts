import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver, refusal } from '../../support/workbench';

const SONOMA = 49;

async function demo() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'readiness');
  const count = (table: string) =>
    (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { workbench, invoke, count };
}

describe('the program model', () => {
  it('starts from the latest readiness recommendation, reasons and all', async () => {
    const { invoke } = await demo();
    const before = await invoke('program.getModel', { countyId: SONOMA });
    expect(before.components).toEqual([]);
    expect(before.recommendation?.roundTitle).toBe('Spring 2026 readiness');
    const proposals = before.recommendation?.proposals ?? [];
    expect(proposals.length).toBeGreaterThan(0);
    expect(
      proposals.every(
        (p) =>
          p.reasons.length > 0 &&
          /scored \d\.\d(; \d\.\d is needed|, at least the \d\.\d needed)/.test(p.reasons[0] ?? ''),
      ),
    ).toBe(true);

    const after = await invoke('program.acceptRecommendation', {
      countyId: SONOMA,
      roundId: before.recommendation?.roundId ?? 0,
    });
    expect(after.components.map((c) => [c.componentId, c.status])).toEqual(
      proposals.map((p) => [p.componentId, p.status]),
    );
    // Each component's first history entry carries the recommendation's reasons.
    const first = after.components[0];
    expect(first?.history).toEqual([
      expect.objectContaining({ status: first?.status, reason: proposals[0]?.reasons.join(' · ') }),
    ]);
    // Accepted: nothing left to propose, and accepting again adds nothing.
    expect(after.recommendation?.proposals).toEqual([]);
    const again = await invoke('program.acceptRecommendation', {
      countyId: SONOMA,
      roundId: after.recommendation?.roundId ?? 0,
    });
    expect(again.components).toHaveLength(after.components.length);
  });

  it('keeps every status change as history, with an audit event', async () => {
    const { invoke, count } = await demo();
    const audits = count('audit_event');
    const base = {
      countyId: SONOMA,
      componentId: 'linkages-liaison',
      leadProgram: 'joint' as const,
    };
    const added = await invoke('program.setComponent', {
      ...base,
      status: 'planned',
      startDate: '2026-09-01',
      targetPopulation: 80,
    });
    const noted = await invoke('program.setComponent', {
      ...base,
      version: added.version,
      status: 'planned',
      notes: 'One liaison per office.',
      startDate: '2026-09-01',
      targetPopulation: 80,
    });
    const operating = await invoke('program.setComponent', {
      ...base,
      version: noted.version,
      status: 'operating',
      startDate: '2026-10-01',
      targetPopulation: 95,
      notes: 'One liaison per office.',
      reason: 'Liaison hired in September.',
    });
    expect(operating).toMatchObject({
      status: 'operating',
      startDate: '2026-10-01',
      targetPopulation: 95,
      tier: 'tertiary',
    });
    // Two statuses, not three: a change of notes alone is not a status change.
    expect(operating.history.map((h) => [h.status, h.reason])).toEqual([
      ['planned', 'Added by hand.'],
      ['operating', 'Liaison hired in September.'],
    ]);
    expect(count('audit_event') - audits).toBe(3);
  });

  it.each([
    [{ componentId: 'astrology' }, 'componentId', /is not a component of the catalog/],
    [{ startDate: '2026-02-30' }, 'startDate', /YYYY-MM-DD/],
    [{ targetPopulation: -4 }, 'targetPopulation', /cannot be negative/],
    [{ status: 'dreaming' }, 'status', /.+/],
  ])('refuses %j, naming %s, and changes nothing', async (change, field, message) => {
    const { invoke, count } = await demo();
    const before = [
      count('program_component'),
      count('program_component_status'),
      count('audit_event'),
    ];
    const error = await refusal(
      invoke('program.setComponent', {
        countyId: SONOMA,
        componentId: 'linked-case-plan',
        status: 'planned',
        leadProgram: 'joint',
        ...(change as object),
      }),
    );
    expect(error.kind).toBe('ValidationError');
    const issue = error.issues.find((i) => i.path === field);
    expect(issue?.message).toMatch(message);
    expect([
      count('program_component'),
      count('program_component_status'),
      count('audit_event'),
    ]).toEqual(before);
  });

  it('refuses to accept a round of another county', async () => {
    const { invoke } = await demo();
    const [round] = await invoke('readiness.listRounds', { countyId: SONOMA });
    const error = await refusal(
      invoke('program.acceptRecommendation', { countyId: 1, roundId: round?.id ?? 0 }),
    );
    expect(error.kind).toBe('NotFound');
  });
});
