import { describe, expect, it } from 'vitest';
import {
  effectiveGrants,
  grantProblem,
  grantText,
  parseGrant,
  withoutRepeats,
} from '../../../src/core/system/roleGrants';

const COUNTIES = [
  { id: 1, name: 'Alameda', fips: '06001' },
  { id: 37, name: 'San Diego', fips: '06073' },
  { id: 49, name: 'Sonoma', fips: '06097' },
];

describe('grants as typed', () => {
  it('reads a role in a county named by name in any case or by FIPS code', () => {
    expect(parseGrant('cws:Sonoma', COUNTIES)).toEqual({ grant: { role: 'cws', countyId: 49 } });
    expect(parseGrant('CalWORKs:san diego', COUNTIES)).toEqual({
      grant: { role: 'calworks', countyId: 37 },
    });
    expect(parseGrant('fiscal:06001', COUNTIES)).toEqual({
      grant: { role: 'fiscal', countyId: 1 },
    });
  });

  it('holds administrator and oversight for every county when no county is named, no other role', () => {
    expect(parseGrant('administrator', COUNTIES)).toEqual({
      grant: { role: 'administrator', countyId: null },
    });
    expect(parseGrant('oversight:', COUNTIES)).toEqual({
      grant: { role: 'oversight', countyId: null },
    });
    expect(parseGrant('analyst', COUNTIES)).toEqual({
      problem:
        "The analyst role is held in a county: write analyst:COUNTY (a county's name or FIPS code). Only administrator and oversight may be held for every county.",
    });
  });

  it('holds the administrator role only for every county: the server is one', () => {
    expect(parseGrant('administrator:Sonoma', COUNTIES)).toEqual({
      problem:
        'Administrator is held for every county, not in one: it keeps the whole server’s users and data.',
    });
    expect(grantProblem({ role: 'administrator', countyId: 49 })).toMatch(/^Administrator is held/);
    expect(grantProblem({ role: 'oversight', countyId: 49 })).toBeNull();
    expect(grantProblem({ role: 'coordinator', countyId: null })).toBe(
      'Coordinator is held in a county; only administrators and the oversight committee may hold a role for every county.',
    );
    // One written before the rule is not held at all, rather than held everywhere.
    expect(
      effectiveGrants([
        { role: 'administrator', countyId: 49 },
        { role: 'coordinator', countyId: 49 },
        { role: 'oversight', countyId: null },
      ]),
    ).toEqual([
      { role: 'coordinator', countyId: 49 },
      { role: 'oversight', countyId: null },
    ]);
  });

  it('names what is wrong with an unknown role or county', () => {
    expect(parseGrant('janitor:Sonoma', COUNTIES)).toEqual({
      problem:
        '"janitor" is not a role; the roles are coordinator, fiscal, calworks, cws, analyst, supervisor, oversight, administrator.',
    });
    expect(parseGrant('cws:Atlantis', COUNTIES)).toMatchObject({
      problem: expect.stringContaining('"Atlantis" is not a California county') as string,
    });
    expect(parseGrant('cws:06999', COUNTIES)).toHaveProperty('problem');
  });

  it('writes grants back as typed, and says a repeated grant once', () => {
    expect(grantText({ role: 'cws', countyId: 37 }, COUNTIES)).toBe('cws:San Diego');
    expect(grantText({ role: 'oversight', countyId: null }, COUNTIES)).toBe('oversight');
    expect(
      withoutRepeats([
        { role: 'cws', countyId: 49 },
        { role: 'cws', countyId: 49 },
        { role: 'cws', countyId: null },
        { role: 'analyst', countyId: 49 },
      ]),
    ).toEqual([
      { role: 'cws', countyId: 49 },
      { role: 'cws', countyId: null },
      { role: 'analyst', countyId: 49 },
    ]);
  });
});
