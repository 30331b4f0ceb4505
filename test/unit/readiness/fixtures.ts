import type { ComponentCatalog } from '../../../src/core/program/catalog';
import type { Answer, Instrument } from '../../../src/core/readiness/instrument';
import type { RecommendationRules } from '../../../src/core/readiness/recommendationRules';
import type { RespondentProgram, RoleLevel } from '../../../src/core/readiness/respondents';
import type { RespondentAnswers } from '../../../src/core/readiness/scoring';

/** A small instrument: three domains of two items, so every figure can be worked out by hand. */
export const instrument: Instrument = {
  instrument: 'linkages-readiness',
  version: 1,
  title: 'Test instrument',
  instructions: 'Answer each statement.',
  scale: {
    '1': 'Strongly disagree',
    '2': 'Disagree',
    '3': 'Neither',
    '4': 'Agree',
    '5': 'Strongly agree',
    dontKnow: "Don't know",
  },
  domains: [
    { id: 'lead', name: 'Leadership', description: 'Leaders share a vision.' },
    { id: 'info', name: 'Information sharing', description: 'Programs share what they may.' },
    { id: 'data', name: 'Data', description: 'Data supports the work.' },
  ],
  items: [
    {
      id: 'lead-01',
      domain: 'lead',
      text: 'Our directors back Linkages.',
      informs: { tiers: [], components: [] },
    },
    {
      id: 'lead-02',
      domain: 'lead',
      text: 'Managers meet across programs.',
      informs: { tiers: [], components: [] },
    },
    {
      id: 'info-01',
      domain: 'info',
      text: 'We have a signed data-sharing MOU.',
      informs: { tiers: [], components: [] },
    },
    {
      id: 'info-02',
      domain: 'info',
      text: 'Consent forms cover both programs.',
      informs: { tiers: [], components: [] },
    },
    {
      id: 'data-01',
      domain: 'data',
      text: 'We can match our caseloads.',
      informs: { tiers: [], components: [] },
    },
    {
      id: 'data-02',
      domain: 'data',
      text: 'We report outcomes each quarter.',
      informs: { tiers: [], components: [] },
    },
  ],
};

export function respondent(
  program: RespondentProgram,
  roleLevel: RoleLevel,
  answers: Record<string, Answer>,
): RespondentAnswers {
  return { program, roleLevel, answers: new Map(Object.entries(answers)) };
}

/**
 * Five respondents (0 = don't know; a missing item was left blank):
 *            lead-01 lead-02 info-01 info-02 data-01 data-02
 * R1 CW mgr     5       4       2       3       0       –
 * R2 CW line    4       4       2       2       3       3
 * R3 CWS mgr    3       4       4       4       0       0
 * R4 CWS line   2       3       1       2       2       –
 * R5 partner    5       5       3       3       4       4   (supervisor)
 */
export const round = [
  respondent('calworks', 'manager', {
    'lead-01': 5,
    'lead-02': 4,
    'info-01': 2,
    'info-02': 3,
    'data-01': 0,
  }),
  respondent('calworks', 'line', {
    'lead-01': 4,
    'lead-02': 4,
    'info-01': 2,
    'info-02': 2,
    'data-01': 3,
    'data-02': 3,
  }),
  respondent('cws', 'manager', {
    'lead-01': 3,
    'lead-02': 4,
    'info-01': 4,
    'info-02': 4,
    'data-01': 0,
    'data-02': 0,
  }),
  respondent('cws', 'line', {
    'lead-01': 2,
    'lead-02': 3,
    'info-01': 1,
    'info-02': 2,
    'data-01': 2,
  }),
  respondent('partner', 'supervisor', {
    'lead-01': 5,
    'lead-02': 5,
    'info-01': 3,
    'info-02': 3,
    'data-01': 4,
    'data-02': 4,
  }),
];

export const catalog: ComponentCatalog = {
  catalog: 'linkages-components',
  version: 1,
  components: [
    {
      id: 'info-sharing-mou',
      name: 'Information-sharing MOU',
      tier: 'cross-cutting',
      description: 'An agreement on what the programs may share.',
      leadProgram: 'joint',
      prerequisiteDomains: [],
    },
    {
      id: 'data-match-evaluation',
      name: 'Data match and evaluation',
      tier: 'cross-cutting',
      description: 'Match caseloads and measure outcomes together.',
      leadProgram: 'joint',
      prerequisiteDomains: ['info'],
    },
    {
      id: 'protective-factors-info',
      name: 'Protective-factors information',
      tier: 'primary',
      description: 'Information about family supports for every CalWORKs family.',
      leadProgram: 'calworks',
      prerequisiteDomains: ['lead'],
    },
    {
      id: 'linked-case-plan',
      name: 'Linked case plan',
      tier: 'tertiary',
      description: 'The WtW plan and the CWS case plan, coordinated.',
      leadProgram: 'joint',
      prerequisiteDomains: ['info'],
    },
  ],
};

export const rules: RecommendationRules = {
  rules: 'linkages-readiness-recommendations',
  version: 1,
  instrumentVersion: 1,
  list: [
    {
      id: 'info-mou',
      when: [{ subject: 'info', op: 'below', value: 3 }],
      verb: 'prepare',
      tier: 'cross-cutting',
      components: ['info-sharing-mou'],
      advice: 'put a data-sharing MOU in place before a coordinated case plan',
    },
    {
      id: 'start-primary',
      when: [
        { subject: 'overall', op: 'atLeast', value: 2.5 },
        { subject: 'lead', op: 'atLeast', value: 3 },
      ],
      verb: 'start',
      tier: 'primary',
      components: ['protective-factors-info'],
      advice: 'start with information for every CalWORKs family',
    },
    {
      id: 'start-tertiary',
      when: [{ subject: 'overall', op: 'atLeast', value: 3.5 }],
      verb: 'start',
      tier: 'tertiary',
      components: ['linked-case-plan'],
      advice: 'coordinate case plans for mutual families',
    },
    {
      id: 'data-first',
      when: [{ subject: 'data', op: 'below', value: 3.5 }],
      verb: 'prepare',
      tier: 'cross-cutting',
      components: ['data-match-evaluation'],
      advice: 'set up a data match before measuring outcomes',
    },
  ],
};
