import { describe, expect, it } from 'vitest';
import {
  filterReveals,
  NO_FILTER,
  revealDay,
  revealFamily,
  revealKind,
  type IdentifierReveal,
} from '../../../../src/renderer/pages/settings/revealsView';

const reveal = (over: Partial<IdentifierReveal>): IdentifierReveal => ({
  at: '2026-05-04T17:00:00.000Z',
  actor: 'wes',
  method: 'matching.familyPersons',
  runId: 3,
  calworksCase: 'C-100',
  cwsCase: 'W-7',
  purpose: 'Joint case conference',
  ...over,
});

describe('the privacy officer’s report in words', () => {
  it('names what was shown, and the family by case numbers or the whole run', () => {
    expect(revealKind('matching.exportRun')).toBe('Match run export with names');
    expect(revealKind('matching.somethingNew')).toBe('matching.somethingNew');
    expect(revealFamily(reveal({}))).toBe('C-100 / W-7');
    expect(revealFamily(reveal({ calworksCase: '', cwsCase: '' }))).toBe('All of match run 3');
    expect(revealFamily(reveal({ calworksCase: '', cwsCase: '', runId: null }))).toBe('—');
  });

  it('filters by words, kind and days, both ends included', () => {
    const day = revealDay('2026-05-04T17:00:00.000Z');
    const rows = [
      reveal({}),
      reveal({ actor: 'ana', method: 'matching.exportRun', purpose: 'Report', cwsCase: 'W-9' }),
    ];
    expect(filterReveals(rows, NO_FILTER)).toHaveLength(2);
    expect(filterReveals(rows, { ...NO_FILTER, text: 'w-9' }).map((r) => r.actor)).toEqual(['ana']);
    expect(filterReveals(rows, { ...NO_FILTER, text: 'CONFERENCE' })).toHaveLength(1);
    expect(filterReveals(rows, { ...NO_FILTER, kind: 'matching.exportRun' })).toHaveLength(1);
    expect(filterReveals(rows, { ...NO_FILTER, from: day, to: day })).toHaveLength(2);
    expect(filterReveals(rows, { ...NO_FILTER, from: '2099-01-01' })).toHaveLength(0);
    expect(filterReveals(rows, { ...NO_FILTER, to: '2000-01-01' })).toHaveLength(0);
  });
});
