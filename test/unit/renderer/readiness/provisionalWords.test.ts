import { describe, expect, it } from 'vitest';
import { provisionalReasons } from '../../../../src/core/readiness/levels';
import { provisionalWords } from '../../../../src/renderer/pages/readiness/provisionalWords';

describe('provisional readiness results', () => {
  it('are provisional on one respondent, however complete their answers', () => {
    // 40 items, all answered by the one respondent.
    expect(provisionalReasons(1, 40, 40)).toEqual(['one-respondent']);
  });

  it('are provisional under half the answers the respondents could give', () => {
    // 3 respondents × 40 items = 120 possible; 59 is under 60, 60 is not.
    expect(provisionalReasons(3, 59, 40)).toEqual(['few-answers']);
    expect(provisionalReasons(3, 60, 40)).toEqual([]);
    // One respondent who answered 10 of 40: both reasons.
    expect(provisionalReasons(1, 10, 40)).toEqual(['one-respondent', 'few-answers']);
  });

  it('say nothing of a round without answers: the page says there are none', () => {
    expect(provisionalReasons(0, 0, 40)).toEqual([]);
    expect(provisionalReasons(2, 0, 40)).toEqual([]);
  });

  it('say why in words, with the share floored so 49.9% never reads 50%', () => {
    expect(provisionalWords([], 12, 0.9)).toBeNull();
    expect(provisionalWords(['one-respondent'], 1, 1)).toBe(
      'Provisional: they rest on one respondent. These are not the county’s score until more staff answer.',
    );
    expect(provisionalWords(['few-answers'], 3, 59 / 120)).toBe(
      'Provisional: only 49% of the answers the 3 respondents could give are in (50% are needed). These are not the county’s score until more staff answer.',
    );
    expect(provisionalWords(['one-respondent', 'few-answers'], 1, 0.25)).toBe(
      'Provisional: they rest on one respondent, and only 25% of the answers the respondent could give are in (50% are needed). These are not the county’s score until more staff answer.',
    );
  });
});
