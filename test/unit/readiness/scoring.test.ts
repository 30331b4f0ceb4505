import { describe, expect, it } from 'vitest';
import { readinessLevelOf } from '../../../src/core/readiness/levels';
import { scoreRound, trendSince } from '../../../src/core/readiness/scoring';
import { instrument, respondent, round } from './fixtures';

const scores = scoreRound(instrument, round);
const domain = (id: string) => scores.domains.find((d) => d.domainId === id);
const item = (id: string) => scores.items.find((i) => i.itemId === id);

describe('domain means (fixture table in fixtures.ts)', () => {
  it('Leadership: all 10 answers 5+4+4+4+3+4+2+3+5+5 = 39 → 3.9', () => {
    expect(domain('lead')?.overall).toEqual({ mean: 3.9, n: 10 });
    // CalWORKs 5+4+4+4 = 17/4 = 4.25; CWS 3+4+2+3 = 12/4 = 3.0; partner 10/2 = 5.0
    expect(domain('lead')?.byProgram).toEqual({
      calworks: { mean: 4.25, n: 4 },
      cws: { mean: 3, n: 4 },
      partner: { mean: 5, n: 2 },
    });
    // Managers R1+R3 = 9+7 = 16/4 = 4.0; line R2+R4 = 8+5 = 13/4 = 3.25; supervisors 10/2
    expect(domain('lead')?.byRole).toEqual({
      manager: { mean: 4, n: 4 },
      supervisor: { mean: 5, n: 2 },
      line: { mean: 3.25, n: 4 },
    });
    expect(domain('lead')?.alignmentGap).toBeCloseTo(1.25, 10); // 4.25 − 3.0
    expect(domain('lead')?.roleGap).toBeCloseTo(0.75, 10); // 4.0 − 3.25
    expect(domain('lead')?.dontKnow).toBe(0);
  });

  it('Information sharing: 26/10 = 2.6; CalWORKs 9/4 = 2.25 below CWS 11/4 = 2.75', () => {
    expect(domain('info')?.overall.mean).toBeCloseTo(2.6, 10);
    expect(domain('info')?.byProgram.calworks).toEqual({ mean: 2.25, n: 4 });
    expect(domain('info')?.byProgram.cws).toEqual({ mean: 2.75, n: 4 });
    expect(domain('info')?.alignmentGap).toBeCloseTo(-0.5, 10);
    // Managers 5+8 = 13/4 = 3.25; line 4+3 = 7/4 = 1.75 → 1.5
    expect(domain('info')?.roleGap).toBeCloseTo(1.5, 10);
  });

  it("Data: don't-know left out; 3+3+2+4+4 = 16 over 5 answers = 3.2, with 3 don't-knows", () => {
    expect(domain('data')?.overall).toEqual({ mean: 3.2, n: 5 });
    expect(domain('data')?.dontKnow).toBe(3);
    // CalWORKs only R2's 3 and 3 → 3.0 (n 2); CWS only R4's 2 → 2.0 (n 1)
    expect(domain('data')?.byProgram.calworks).toEqual({ mean: 3, n: 2 });
    expect(domain('data')?.byProgram.cws).toEqual({ mean: 2, n: 1 });
    expect(domain('data')?.alignmentGap).toBe(1);
    // Both managers answered "don't know": no manager mean, so no manager–line gap.
    expect(domain('data')?.byRole.manager).toEqual({ mean: null, n: 0 });
    expect(domain('data')?.byRole.line.mean).toBeCloseTo(8 / 3, 10);
    expect(domain('data')?.roleGap).toBeNull();
  });
});

describe('the round as a whole', () => {
  it('overall = mean of domain means (3.9 + 2.6 + 3.2) / 3 = 3.233… → shown 3.2, Ready to install', () => {
    expect(scores.respondents).toBe(5);
    expect(scores.overall).toBeCloseTo(9.7 / 3, 10);
    expect(scores.level?.id).toBe('ready');
  });

  it('strengths highest first, gaps lowest first, never the same domain in both', () => {
    // Three scored domains: at most half of them (one) in each list.
    expect(scores.strengths.map((d) => d.domainId)).toEqual(['lead']);
    expect(scores.gaps.map((d) => d.domainId)).toEqual(['info']);
  });

  it('items where the programs disagree most, each side with 2+ answers', () => {
    // lead-01: CW (5+4)/2 = 4.5 vs CWS (3+2)/2 = 2.5 → 2.0
    // lead-02: 4 vs 3.5 → 0.5; info-01: 2 vs 2.5 → −0.5; info-02: 2.5 vs 3 → −0.5
    // data-01 and data-02 have one CalWORKs answer each: left out. Ties by item id.
    expect(scores.disagreements.map((i) => i.itemId)).toEqual([
      'lead-01',
      'info-01',
      'info-02',
      'lead-02',
    ]);
    expect(item('lead-01')?.alignmentGap).toBe(2);
  });

  it('counts each item’s answers by scale point, don’t-know first', () => {
    // data-01: don't know R1, R3; 2 R4; 3 R2; 4 R5
    expect(item('data-01')?.distribution).toEqual([2, 0, 1, 1, 1, 0]);
    expect(item('data-02')?.distribution).toEqual([1, 0, 0, 1, 1, 0]);
  });

  it('a round without answers has no scores and no level', () => {
    const blank = scoreRound(instrument, [respondent('cws', 'line', {})]);
    expect(blank.overall).toBeNull();
    expect(blank.level).toBeNull();
    expect(blank.strengths).toEqual([]);
    expect(blank.domains.every((d) => d.overall.n === 0)).toBe(true);
  });

  it('ignores answers to items the instrument does not have', () => {
    const stray = scoreRound(instrument, [
      respondent('cws', 'line', { 'lead-01': 4, 'zzz-99': 1 }),
    ]);
    expect(stray.overall).toBe(4);
  });
});

describe('readiness levels (thresholds on the score as shown, one decimal)', () => {
  it.each([
    [null, null],
    [1, 'foundation'],
    [2.44, 'foundation'], // shown 2.4
    [2.46, 'developing'], // shown 2.5
    [2.94, 'developing'], // shown 2.9
    [2.96, 'ready'], // shown 3.0
    [3.44, 'ready'], // shown 3.4
    [3.46, 'established'], // shown 3.5
    [5, 'established'],
  ])('%s → %s', (score, level) => {
    expect(readinessLevelOf(score)?.id ?? null).toBe(level);
  });
});

describe('trend against an earlier round', () => {
  it('compares the scores as shown', () => {
    // Earlier: one CWS line worker, Leadership 2 and 3 → 2.5; nothing else answered.
    const earlier = scoreRound(instrument, [
      respondent('cws', 'line', { 'lead-01': 2, 'lead-02': 3 }),
    ]);
    const trend = trendSince(earlier, scores);
    expect(trend.domains.get('lead')).toBeCloseTo(1.4, 10); // 3.9 − 2.5
    expect(trend.domains.get('info')).toBeNull(); // not answered before
    expect(trend.overall).toBeCloseTo(0.7, 10); // shown 3.2 − 2.5
  });
});

describe('when a level is set', () => {
  it('needs 5+ answers in at least half of the domains', () => {
    // One respondent answering every item: 2 answers per domain, fewer than 5 everywhere.
    const one = respondent(
      'cws',
      'line',
      Object.fromEntries(instrument.items.map((i) => [i.id, 4])),
    );
    expect(scoreRound(instrument, [one]).overall).toBe(4);
    expect(scoreRound(instrument, [one]).level).toBeNull();
    // Three respondents: 6 answers per domain in all three domains → a level.
    expect(scoreRound(instrument, [one, one, one]).level?.id).toBe('established');
    // Leadership alone answered by three: 6 answers in 1 of 3 domains, less than half → none.
    const leadOnly = respondent('cws', 'line', { 'lead-01': 4, 'lead-02': 4 });
    expect(scoreRound(instrument, [leadOnly, leadOnly, leadOnly]).level).toBeNull();
  });
});
