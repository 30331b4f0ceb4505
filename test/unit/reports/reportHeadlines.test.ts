import { describe, expect, it } from 'vitest';
import {
  domainsHeadline,
  evaluationHeadline,
  leverageHeadline,
  matchHeadline,
  modelHeadline,
  planHeadline,
  readinessHeadline,
  spendingHeadline,
  trainingHeadline,
} from '../../../src/export/report/headlines';
import { momentInWords } from '../../../src/core/dateWords';
import { shortMoney } from '../../../src/export/report/words';

describe('money in a sentence', () => {
  it('rounds to millions, thousands or whole dollars', () => {
    expect(shortMoney(123_456_789)).toBe('$1.2 M'); // $1,234,567.89
    expect(shortMoney(150_000_000)).toBe('$1.5 M');
    expect(shortMoney(200_000_000)).toBe('$2 M');
    // $999,960 rounds to a million, not to "$1,000 K".
    expect(shortMoney(99_996_000)).toBe('$1 M');
    expect(shortMoney(46_721_709)).toBe('$467 K'); // $467,217.09
    expect(shortMoney(1_000_000)).toBe('$10 K');
    expect(shortMoney(845_050)).toBe('$8,451');
    expect(shortMoney(-4_000_000)).toBe('-$40 K');
  });
});

describe('the report’s headlines', () => {
  it('spending against the budget', () => {
    expect(spendingHeadline({ budgetCents: 150_000_000, spentCents: 120_000_000 })).toBe(
      'The county spent $1.2 M of $1.5 M budgeted (80%).',
    );
    expect(spendingHeadline({ budgetCents: 0, spentCents: 5_000_00 })).toBe(
      'The county spent $5,000 with no budget recorded for the year.',
    );
    expect(spendingHeadline({ budgetCents: 0, spentCents: 0 })).toBe(
      'The county recorded no Linkages budget and no spending this year.',
    );
  });

  it('leverage per general-fund dollar, or why there is no ratio', () => {
    // $116 K leveraged ÷ $40 K committed = 2.9
    expect(
      leverageHeadline({
        leveragedCents: 11_600_000,
        generalFundCommittedCents: 4_000_000,
        leverageRatio: 2.9,
      }),
    ).toBe(
      'Each general-fund dollar the county committed ($40 K in all) was matched by $2.90 of leveraged funds ($116 K).',
    );
    expect(
      leverageHeadline({
        leveragedCents: 500_000,
        generalFundCommittedCents: 0,
        leverageRatio: null,
      }),
    ).toBe(
      'The county leveraged $5,000; it committed no general fund, so there is no leverage ratio.',
    );
  });

  it('readiness: the round, its respondents, score and level', () => {
    expect(
      readinessHeadline({
        title: 'Spring 2025 readiness',
        status: 'closed',
        instrumentVersion: 1,
        heldOn: '2025-04-10',
        respondents: 16,
        overall: 2.6,
        level: 'developing',
      }),
    ).toBe(
      '“Spring 2025 readiness”, held Apr 10, 2025 with 16 respondents, scored 2.6 of 5 overall: developing.',
    );
    expect(
      domainsHeadline([
        { name: 'Training', score: 2.3, change: null },
        { name: 'Data', score: 2.2, change: null },
        { name: 'Partners', score: 3.4, change: null },
        { name: 'Unanswered', score: null, change: null },
      ]),
    ).toBe('Strongest domain: Partners (3.4); weakest: Data (2.2).');
    expect(domainsHeadline([{ name: 'Training', score: 2.3, change: null }])).toBeNull();
  });

  it('the program model and the rollout plan', () => {
    const model = { components: 10, componentsOperating: 1, tiersOperating: 0, byTierStatus: [] };
    expect(modelHeadline(model)).toBe(
      '1 of the 10 components in the county’s program model is operating; no prevention tier has one operating yet.',
    );
    expect(modelHeadline({ ...model, componentsOperating: 4, tiersOperating: 2 })).toBe(
      '4 of the 10 components in the county’s program model are operating; 2 of the 3 prevention tiers have one operating.',
    );
    // 5 of 14 = 35.7% → 36%
    expect(planHeadline({ tasks: 14, done: 5, overdue: 0, byStage: [] })).toBe(
      '5 of 14 rollout tasks are done (36%); none is overdue.',
    );
    expect(planHeadline({ tasks: 4, done: 1, overdue: 1, byStage: [] })).toBe(
      '1 of 4 rollout tasks is done (25%); 1 is overdue.',
    );
  });

  it('a match run: small counts are not put in a sentence', () => {
    const rate = {
      population: 'All CalWORKs children',
      count: 1500,
      matched: 210,
      matchedIn: 'CWS' as const,
    };
    const run = {
      finishedAt: '2026-04-14T18:05:00.000Z',
      families: 412,
      tiers: { secondary: 300, tertiary: 112 },
      rates: [rate],
    };
    // 210 ÷ 1,500 = 14.0%
    expect(matchHeadline(run)).toBe(
      'The match run of Apr 14, 2026 found 412 mutual families. 14.0% of all CalWORKs children are also known to CWS.',
    );
    const small = { ...run, families: 7, rates: [{ ...rate, matched: 7 }] };
    expect(matchHeadline(small)).toBe(
      'The match run of Apr 14, 2026 found fewer than 11 mutual families.',
    );
  });

  it('the evaluation counts only indicators both groups have a rate for', () => {
    expect(
      evaluationHeadline([
        { better: 'higher', differencePoints: 15.9 }, // better
        { better: 'higher', differencePoints: -5.1 }, // worse
        { better: 'lower', differencePoints: -0.8 }, // better: lower is good
        { better: 'lower', differencePoints: null }, // suppressed: not compared
      ]),
    ).toBe(
      'Linkages families did better than the comparison group on 2 of the 3 indicators that can be compared this year.',
    );
  });

  it('training: sessions, hours and attendees by program', () => {
    // 270 minutes = 4.5 hours
    expect(
      trainingHeadline({
        sessions: 2,
        minutes: 270,
        attendees: { calworks: 32, cws: 28, partner: 2, total: 62 },
      }),
    ).toBe(
      'The county held 2 joint training sessions (4.5 hours) for 62 attendees: 32 CalWORKs, 28 CWS and 2 partner staff.',
    );
  });

  it('the time a report was made, in the reader’s clock', () => {
    // 18:05 UTC is 11:05 in Los Angeles in April (PDT, UTC−7).
    expect(momentInWords(new Date('2026-04-14T18:05:00.000Z'), 'America/Los_Angeles')).toBe(
      'Apr 14, 2026, 11:05 AM',
    );
  });
});
