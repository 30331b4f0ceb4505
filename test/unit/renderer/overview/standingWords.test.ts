import { describe, expect, it } from 'vitest';
import { STEP_WORDS, standingLine } from '../../../../src/renderer/pages/overview/standingWords';
import { GETTING_STARTED } from '../../../../src/core/workspace/standing';

describe('the Overview’s words', () => {
  it('leads with the count and says where to deal with it', () => {
    expect(standingLine({ kind: 'tasksOverdue', count: 3, oldestDue: '2026-10-28' })).toEqual({
      text: '3 rollout tasks are overdue; the oldest was due Oct 28, 2026.',
      linkText: 'Rollout plan',
      place: ['program', 'plan'],
    });
    expect(standingLine({ kind: 'reviewsOverdue', count: 1 }).text).toBe(
      '1 joint review is overdue.',
    );
    expect(standingLine({ kind: 'familiesWithoutPlan', count: 1_184, afterDays: 30 }).text).toBe(
      '1,184 mutual families have no coordinated plan 30 days after joining Linkages.',
    );
  });

  it('takes the reader to the very record: the run’s review, the open round', () => {
    const review = standingLine({ kind: 'pairsToReview', runId: 7, count: 1 });
    expect(review.text).toBe('1 pair from the newest match run needs a person to look.');
    expect(review.place).toEqual(['matching', 'runs', 7, 'review']);
    const round = standingLine({
      kind: 'readinessOpen',
      roundId: 2,
      title: 'Spring 2026 readiness',
      heldOn: '2026-04-14',
      respondents: 17,
    });
    expect(round.text).toBe(
      'The readiness round “Spring 2026 readiness” (Apr 14, 2026) is open, with 17 respondents so far.',
    );
    expect(round.place).toEqual(['readiness', 'round', 2]);
  });

  it('says a stream runs out before the year ends, with both dates in reading form', () => {
    expect(
      standingLine({
        kind: 'streamRunsOut',
        streamName: 'CalWORKs Housing Support Program',
        runOutDate: '2027-05-27',
        sfyEnd: '2027-06-30',
      }).text,
    ).toBe(
      'CalWORKs Housing Support Program is projected to run out on May 27, 2027, before the SFY ends on Jun 30, 2027.',
    );
  });

  it('lists what the package lacks in plain words', () => {
    expect(
      standingLine({
        kind: 'packageLacks',
        sfyStartYear: 2026,
        lacks: [
          { part: 'readiness', reason: 'no-round-closed' },
          { part: 'spending' },
          { part: 'families' },
        ],
      }).text,
    ).toBe(
      'The SFY 2026-27 report package still lacks a closed readiness round, spending in the ledger and mutual families.',
    );
    expect(
      standingLine({ kind: 'packageLacks', sfyStartYear: 2026, lacks: [{ part: 'training' }] })
        .text,
    ).toBe('The SFY 2026-27 report package still lacks joint training.');
  });

  it('says so when no training is logged yet, and counts them when there is', () => {
    expect(
      standingLine({ kind: 'trainingsThisSfy', sfyStartYear: 2026, sessions: 0, attendees: 0 })
        .text,
    ).toBe('No joint training is logged in SFY 2026-27 yet.');
    expect(
      standingLine({ kind: 'trainingsThisSfy', sfyStartYear: 2026, sessions: 1, attendees: 23 })
        .text,
    ).toBe('1 joint training in SFY 2026-27, with 23 attendees.');
  });

  it('has words and a page for every getting-started step', () => {
    for (const step of GETTING_STARTED) {
      expect(STEP_WORDS[step].text.length).toBeGreaterThan(5);
      expect(STEP_WORDS[step].place.length).toBeGreaterThan(0);
    }
  });
});
