import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { localIsoDate } from '../../../src/core/isoDate';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

describe('workspace.standing', () => {
  it('gives a county with nothing yet its steps, none done, and nothing that needs anyone', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const standing = await invoke('workspace.standing', { countyId: SONOMA, asOf: '2026-12-07' });
    expect(standing.sfyStartYear).toBe(2026);
    expect(standing.steps.filter((s) => s.done)).toEqual([]);
    expect(standing.items.map((i) => i.urgency)).toEqual(['status']);
  });

  it('says of the demo county what its pages say, as of the same day', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
    const asOf = localIsoDate(new Date());
    const standing = await invoke('workspace.standing', { countyId: SONOMA, asOf });
    const kinds = new Map(standing.items.map(({ item }) => [item.kind, item]));

    const plan = await invoke('program.getPlan', { countyId: SONOMA, today: asOf });
    const overdue = kinds.get('tasksOverdue');
    expect(overdue?.kind === 'tasksOverdue' ? overdue.count : 0).toBe(plan.overdue.length);
    const soon = kinds.get('tasksDueSoon');
    expect(soon?.kind === 'tasksDueSoon' ? soon.count : 0).toBe(plan.dueSoon.length);

    const rounds = await invoke('readiness.listRounds', { countyId: SONOMA });
    const open = standing.items.flatMap(({ item }) =>
      item.kind === 'readinessOpen' ? [[item.roundId, item.respondents]] : [],
    );
    expect(open).toEqual(
      rounds.filter((r) => r.status === 'open').map((r) => [r.id, r.respondents]),
    );

    const lists = await invoke('cocase.worklists', { countyId: SONOMA, asOf });
    const late = kinds.get('reviewsOverdue');
    expect(late?.kind === 'reviewsOverdue' ? late.count : 0).toBe(
      lists.reviews.filter((r) => r.status === 'overdue').length,
    );
    const noPlan = kinds.get('familiesWithoutPlan');
    expect(noPlan?.kind === 'familiesWithoutPlan' ? noPlan.count : 0).toBe(
      lists.withoutPlan.length,
    );

    const preview = await invoke('reports.previewPackage', {
      countyId: SONOMA,
      sfyStartYear: standing.sfyStartYear,
    });
    const training = kinds.get('trainingsThisSfy');
    expect(training).toEqual({
      kind: 'trainingsThisSfy',
      sfyStartYear: standing.sfyStartYear,
      sessions: preview.training.sessions,
      attendees: preview.training.attendees.total,
    });

    const done = standing.steps.filter((s) => s.done).map((s) => s.step);
    expect(done).toEqual(
      expect.arrayContaining([
        'fundingStreams',
        'readinessRound',
        'programModel',
        'rolloutPlan',
        'mutualFamilies',
      ]),
    );
  });

  it('refuses a county that does not exist', async () => {
    const service = serviceOver(openTempWorkbench());
    expect(
      (await refusal(service.invoke('workspace.standing', { countyId: 999 }))).message,
    ).toMatch(/county/i);
  });
});
