import { describe, expect, it } from 'vitest';
import { revealPurposeProblem } from '../../../src/core/system/revealPurpose';

describe('the purpose given before names are shown', () => {
  it('is asked for when missing or blank', () => {
    expect(revealPurposeProblem(undefined)).toMatch(/^Say why you need these names/);
    expect(revealPurposeProblem('   ')).toMatch(/^Say why you need these names/);
  });
  it('takes five characters or more, not counting spaces around them', () => {
    expect(revealPurposeProblem(' abcd ')).toBe(
      'Say in a few words why you need them (5 characters or more).',
    );
    expect(revealPurposeProblem(' visit ')).toBeNull();
    expect(revealPurposeProblem('joint case conference on Monday')).toBeNull();
  });
});
