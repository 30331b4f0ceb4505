import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/core/readiness/recommend';
import { scoreRound } from '../../../src/core/readiness/scoring';
import { catalog, instrument, respondent, round, rules } from './fixtures';

describe('recommend', () => {
  it('on the fixture round: two foundations to prepare, then Primary to start', () => {
    // Scores (scoring.test.ts): overall 3.2, Leadership 3.9, Information sharing 2.6, Data 3.2.
    // info-mou: 2.6 < 3.0 fires; start-primary: 3.2 ≥ 2.5 and 3.9 ≥ 3.0 fires;
    // start-tertiary: 3.2 < 3.5 does not; data-first: 3.2 < 3.5 fires.
    const result = recommend(scoreRound(instrument, round), rules, catalog);
    expect(result.recommendations.map((r) => [r.verb, r.ruleId])).toEqual([
      ['prepare', 'info-mou'],
      ['prepare', 'data-first'],
      ['start', 'start-primary'],
    ]);
    expect(result.recommendations[0]?.reason).toBe(
      'Information sharing scored 2.6; 3.0 is needed. Put a data-sharing MOU in place before a coordinated case plan.',
    );
    expect(result.recommendations[2]?.reason).toBe(
      'Overall readiness scored 3.2, at least the 2.5 needed, and Leadership scored 3.9, at least the 3.0 needed. Start with information for every CalWORKs family.',
    );
    expect(result.recommendations[2]?.components).toEqual([
      { id: 'protective-factors-info', name: 'Protective-factors information' },
    ]);
    expect(result.tiers).toEqual(['primary']);
    expect(result.unjudged).toEqual([]);
  });

  it('judges the score as shown: 2.96 reads 3.0 and is not below 3.0; 2.94 reads 2.9 and is', () => {
    // info answers 3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,2 (74/25 = 2.96)
    const answers = (last: 2 | 3, count: number) =>
      Array.from({ length: count }, (_, i) =>
        respondent('cws', 'line', { 'info-01': i === count - 1 ? last : 3 }),
      );
    const at296 = recommend(scoreRound(instrument, answers(2, 25)), rules, catalog);
    expect(at296.recommendations.map((r) => r.ruleId)).not.toContain('info-mou');
    // 3×16 + 1 = 49 / 17 = 2.882… → shown 2.9
    const at288 = recommend(
      scoreRound(instrument, [...answers(3, 16), respondent('cws', 'line', { 'info-01': 1 })]),
      rules,
      catalog,
    );
    expect(at288.recommendations.find((r) => r.ruleId === 'info-mou')?.reason).toMatch(
      /^Information sharing scored 2\.9; 3\.0 is needed\. /,
    );
  });

  it('does not judge a domain on fewer than FEW_ANSWERS (5) answers, and says which', () => {
    const onlyLeadership = scoreRound(instrument, [
      respondent('calworks', 'line', { 'lead-01': 4, 'lead-02': 4, 'data-01': 0 }),
    ]);
    const result = recommend(onlyLeadership, rules, catalog);
    // Overall = Leadership 4.0 (the only domain answered), so start-tertiary (overall ≥ 3.5) fires;
    // start-primary needs Leadership itself, which rests on 2 answers: not judged.
    expect(result.recommendations.map((r) => r.ruleId)).toEqual(['start-tertiary']);
    expect(result.tiers).toEqual(['tertiary']);
    expect(result.unjudged).toEqual(['Data', 'Information sharing', 'Leadership']);
  });
});
