import { describe, expect, it } from 'vitest';
import { proposeFromRecommendation } from '../../../src/core/program/model';
import type { RecommendationResult } from '../../../src/core/readiness/recommend';
import { catalog } from '../readiness/fixtures';

const recommendation: RecommendationResult = {
  tiers: ['primary', 'tertiary'],
  unjudged: [],
  recommendations: [
    {
      ruleId: 'info-mou',
      verb: 'prepare',
      tier: 'cross-cutting',
      components: [{ id: 'info-sharing-mou', name: 'Information-sharing MOU' }],
      reason: 'Information sharing 2.6 < 3.0: put an MOU in place',
    },
    {
      ruleId: 'start-primary',
      verb: 'start',
      tier: 'primary',
      components: [{ id: 'protective-factors-info', name: 'Protective-factors information' }],
      reason: 'Overall readiness 3.2 ≥ 2.5: start with information',
    },
    {
      ruleId: 'start-tertiary',
      verb: 'start',
      tier: 'tertiary',
      components: [
        { id: 'linked-case-plan', name: 'Linked case plan' },
        { id: 'info-sharing-mou', name: 'Information-sharing MOU' },
      ],
      reason: 'Overall readiness 3.6 ≥ 3.5: coordinate case plans',
    },
  ],
};

describe('proposeFromRecommendation', () => {
  it('plans what to start, considers what to prepare, once per component with every reason', () => {
    expect(proposeFromRecommendation(recommendation, catalog, new Set())).toEqual([
      {
        componentId: 'info-sharing-mou',
        // Prepared first, then named again by a "start": planned, with both reasons.
        status: 'planned',
        leadProgram: 'joint',
        reasons: [
          'Information sharing 2.6 < 3.0: put an MOU in place',
          'Overall readiness 3.6 ≥ 3.5: coordinate case plans',
        ],
      },
      {
        componentId: 'protective-factors-info',
        status: 'planned',
        leadProgram: 'calworks',
        reasons: ['Overall readiness 3.2 ≥ 2.5: start with information'],
      },
      {
        componentId: 'linked-case-plan',
        status: 'planned',
        leadProgram: 'joint',
        reasons: ['Overall readiness 3.6 ≥ 3.5: coordinate case plans'],
      },
    ]);
  });

  it('leaves components the county already has, and ignores ids missing from the catalog', () => {
    const withUnknown: RecommendationResult = {
      ...recommendation,
      recommendations: [
        ...recommendation.recommendations,
        {
          ruleId: 'x',
          verb: 'start',
          tier: 'primary',
          components: [{ id: 'no-such-thing', name: '?' }],
          reason: 'r',
        },
      ],
    };
    const proposed = proposeFromRecommendation(
      withUnknown,
      catalog,
      new Set(['info-sharing-mou', 'linked-case-plan']),
    );
    expect(proposed.map((p) => p.componentId)).toEqual(['protective-factors-info']);
  });

  it('proposes nothing from an empty recommendation', () => {
    expect(
      proposeFromRecommendation(
        { recommendations: [], tiers: [], unjudged: [] },
        catalog,
        new Set(),
      ),
    ).toEqual([]);
  });
});
