import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../src/renderer/help/glossary';
import { PAGE_HELP, pageHelpOf } from '../../../../src/renderer/help/pageHelp';
import { ROUTE_PATTERNS } from '../../../e2e/routes';

describe('help on every page', () => {
  it('says what every page the layout test visits is for, and nothing of pages that are not', () => {
    expect(ROUTE_PATTERNS.filter((pattern) => !PAGE_HELP[pattern])).toEqual([]);
    expect(
      Object.keys(PAGE_HELP).filter((key) => !(ROUTE_PATTERNS as readonly string[]).includes(key)),
    ).toEqual([]);
  });

  it('finds a record’s page by its pattern', () => {
    expect(pageHelpOf('readiness', ['round', '12', 'results'])).toBe(
      PAGE_HELP['readiness/round/:id/results'],
    );
    expect(pageHelpOf('matching', ['runs', '3', 'review'])).toBe(
      PAGE_HELP['matching/runs/:id/review'],
    );
    expect(pageHelpOf('fiscal', ['nope'])).toBeUndefined();
  });

  it('defines each term the issue names once, in alphabetical order', () => {
    const terms = GLOSSARY.map((t) => t.term);
    expect([...terms].sort((a, b) => a.localeCompare(b))).toEqual(terms);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    for (const id of [
      'sfy',
      'wtw',
      'leverage-ratio',
      'general-fund-savings',
      'tiers',
      'mutual-family',
      'match-rate',
      'suppressed-cell',
    ]) {
      expect(GLOSSARY.map((t) => t.id)).toContain(id);
    }
  });
});
