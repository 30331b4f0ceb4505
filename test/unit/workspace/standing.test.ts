import { describe, expect, it } from 'vitest';
import { countyStanding, type StandingFacts } from '../../../src/core/workspace/standing';

/** A county on 2026-12-07 (SFY 2026–27) with nothing recorded yet. */
function emptyCounty(): StandingFacts {
  return {
    asOf: '2026-12-07',
    sfyStartYear: 2026,
    sfyEnd: '2027-06-30',
    rounds: [],
    modelComponentsAdopted: 0,
    plan: { tasks: 0, overdueDues: [], dueSoon: 0, dueSoonDays: 30 },
    streams: 0,
    budgetCentsThisSfy: 0,
    burn: [],
    worklists: {
      reviewsOverdue: 0,
      reviewsDue: 0,
      dueWithinDays: 14,
      withoutPlan: 0,
      planWithinDays: 30,
    },
    families: 0,
    newestRun: null,
    trainingsThisSfy: { sessions: 0, attendees: 0 },
    packageLacks: [{ part: 'readiness', reason: 'no-round-held' }, { part: 'model' }],
  };
}

describe('where a county stands', () => {
  it('gives an empty county its getting-started steps, none done, and no package nagging', () => {
    const standing = countyStanding(emptyCounty());
    expect(standing.steps.map((s) => [s.step, s.done])).toEqual([
      ['fundingStreams', false],
      ['readinessRound', false],
      ['programModel', false],
      ['rolloutPlan', false],
      ['matchRun', false],
      ['mutualFamilies', false],
      ['reportPackage', false],
    ]);
    expect(standing.items).toEqual([
      {
        urgency: 'status',
        item: { kind: 'trainingsThisSfy', sfyStartYear: 2026, sessions: 0, attendees: 0 },
      },
    ]);
  });

  it('ticks each step from its own data; streams need a budget in this SFY too', () => {
    const facts: StandingFacts = {
      ...emptyCounty(),
      streams: 4,
      rounds: [{ id: 1, title: 'Spring', heldOn: '2026-03-01', status: 'closed', respondents: 9 }],
      families: 12,
    };
    const done = (f: StandingFacts) =>
      countyStanding(f)
        .steps.filter((s) => s.done)
        .map((s) => s.step);
    expect(done(facts)).toEqual(['readinessRound', 'mutualFamilies']);
    expect(done({ ...facts, budgetCentsThisSfy: 1 })).toEqual([
      'fundingStreams',
      'readinessRound',
      'mutualFamilies',
    ]);
    expect(
      done({
        ...facts,
        modelComponentsAdopted: 1,
        plan: { ...facts.plan, tasks: 3 },
        newestRun: { runId: 2, finishedOn: '2026-11-30', families: 5, pairsToReview: 0 },
        packageLacks: [],
      }),
    ).toEqual([
      'readinessRound',
      'programModel',
      'rolloutPlan',
      'matchRun',
      'mutualFamilies',
      'reportPackage',
    ]);
  });

  it('puts what is late first, then what is coming, then the status, each with its figures', () => {
    const facts: StandingFacts = {
      ...emptyCounty(),
      streams: 2,
      budgetCentsThisSfy: 100_000_00,
      rounds: [
        { id: 3, title: 'Fall round', heldOn: '2026-11-20', status: 'open', respondents: 4 },
        { id: 1, title: 'Spring', heldOn: '2026-03-01', status: 'closed', respondents: 9 },
      ],
      plan: {
        tasks: 10,
        overdueDues: ['2026-12-01', '2026-11-15', '2026-12-06'],
        dueSoon: 2,
        dueSoonDays: 30,
      },
      burn: [
        { streamName: 'Housing Support', runOutDate: '2027-04-03', runsOut: true },
        // Runs out only after June 30: nothing to do this SFY.
        { streamName: 'Family Stabilization', runOutDate: '2027-07-02', runsOut: true },
        { streamName: 'County General Fund', runOutDate: null, runsOut: false },
      ],
      worklists: {
        reviewsOverdue: 2,
        reviewsDue: 5,
        dueWithinDays: 14,
        withoutPlan: 3,
        planWithinDays: 30,
      },
      families: 40,
      newestRun: { runId: 7, finishedOn: '2026-11-30', families: 38, pairsToReview: 11 },
      trainingsThisSfy: { sessions: 2, attendees: 31 },
      packageLacks: [{ part: 'model' }],
    };
    expect(countyStanding(facts).items).toEqual([
      { urgency: 'now', item: { kind: 'tasksOverdue', count: 3, oldestDue: '2026-11-15' } },
      { urgency: 'now', item: { kind: 'reviewsOverdue', count: 2 } },
      {
        urgency: 'now',
        item: {
          kind: 'streamRunsOut',
          streamName: 'Housing Support',
          runOutDate: '2027-04-03',
          sfyEnd: '2027-06-30',
        },
      },
      { urgency: 'now', item: { kind: 'familiesWithoutPlan', count: 3, afterDays: 30 } },
      { urgency: 'now', item: { kind: 'pairsToReview', runId: 7, count: 11 } },
      { urgency: 'soon', item: { kind: 'tasksDueSoon', count: 2, withinDays: 30 } },
      { urgency: 'soon', item: { kind: 'reviewsDue', count: 5, withinDays: 14 } },
      {
        urgency: 'soon',
        item: {
          kind: 'readinessOpen',
          roundId: 3,
          title: 'Fall round',
          heldOn: '2026-11-20',
          respondents: 4,
        },
      },
      {
        urgency: 'soon',
        item: { kind: 'packageLacks', sfyStartYear: 2026, lacks: [{ part: 'model' }] },
      },
      {
        urgency: 'status',
        item: {
          kind: 'newestMatchRun',
          runId: 7,
          finishedOn: '2026-11-30',
          families: 38,
          pairsToReview: 11,
        },
      },
      {
        urgency: 'status',
        item: { kind: 'trainingsThisSfy', sfyStartYear: 2026, sessions: 2, attendees: 31 },
      },
    ]);
  });

  it('counts a stream that runs out on June 30 itself as running out', () => {
    const facts: StandingFacts = {
      ...emptyCounty(),
      burn: [{ streamName: 'Bringing Families Home', runOutDate: '2027-06-30', runsOut: true }],
    };
    expect(countyStanding(facts).items[0]?.item.kind).toBe('streamRunsOut');
  });
});
