import { z } from 'zod';
import { IsoDay } from '../dates.contract';
import { Tier } from '../../core/program/catalog';
import { Answer, Instrument } from '../../core/readiness/instrument';
import { RespondentProgram, RoleLevel } from '../../core/readiness/respondents';
import type { ContractSlice } from '../contractTypes';
import { ExportFile, uploadedFile } from '../files.contract';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { PLANNING_READ, PLANNING_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();

export const Round = z.object({
  id: Id,
  countyId: Id,
  title: z.string(),
  heldOn: z.string(),
  notes: z.string(),
  instrumentVersion: z.number().int().positive(),
  status: z.enum(['open', 'closed']),
  respondents: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: RecordVersion,
});
export type Round = z.infer<typeof Round>;

export const Respondent = z.object({
  id: Id,
  roundId: Id,
  program: RespondentProgram,
  roleLevel: RoleLevel,
  label: z.string(),
  /** Items answered (don't-know included) out of itemCount. */
  answered: z.number().int().nonnegative(),
  itemCount: z.number().int().positive(),
  version: RecordVersion,
});
export type Respondent = z.infer<typeof Respondent>;

const RoundDetails = {
  title: z
    .string()
    .trim()
    .min(1, 'Give the round a title.')
    .max(120, 'Keep the title under 120 characters.'),
  heldOn: IsoDay,
  notes: z.string().max(4000, 'Keep notes under 4,000 characters.').default(''),
};

const RespondentDetails = {
  program: RespondentProgram,
  roleLevel: RoleLevel,
  label: z.string().trim().max(60, 'Keep the label under 60 characters.').default(''),
};

const Mean = z.object({ mean: z.number().nullable(), n: z.number().int().nonnegative() });
const GroupMeans = {
  overall: Mean,
  byProgram: z.object({ calworks: Mean, cws: Mean, partner: Mean }),
  byRole: z.object({ manager: Mean, supervisor: Mean, line: Mean }),
  alignmentGap: z.number().nullable(),
  roleGap: z.number().nullable(),
  dontKnow: z.number().int().nonnegative(),
};

export const ReadinessLevelView = z.object({
  id: z.enum(['foundation', 'developing', 'ready', 'established']),
  label: z.string(),
  from: z.number(),
  opens: Tier.nullable(),
  meaning: z.string(),
});

export const RoundResults = z.object({
  round: Round,
  respondents: z.number().int().nonnegative(),
  overall: z.number().nullable(),
  level: ReadinessLevelView.nullable(),
  /** Answers given (don't-know included) out of those the respondents could give; null with none. */
  answeredShare: z.number().min(0).max(1).nullable(),
  /** Why the results are provisional (one respondent, too few answers): never the county's score. */
  provisional: z.array(z.enum(['one-respondent', 'few-answers'])),
  /** Every level with its threshold, so the page shows the product rule as core defines it. */
  levels: z.array(ReadinessLevelView),
  fewAnswers: z.number().int().positive(),
  domains: z.array(
    z.object({
      domainId: z.string(),
      name: z.string(),
      ...GroupMeans,
      /** Change since the previous round, as shown (one decimal). */
      change: z.number().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      itemId: z.string(),
      domainId: z.string(),
      text: z.string(),
      ...GroupMeans,
      distribution: z.array(z.number().int().nonnegative()).length(6),
    }),
  ),
  strengths: z.array(z.string()),
  gaps: z.array(z.string()),
  disagreements: z.array(z.string()),
  recommendation: z.object({
    recommendations: z.array(
      z.object({
        ruleId: z.string(),
        verb: z.enum(['prepare', 'start', 'extend']),
        tier: z.union([Tier, z.literal('cross-cutting')]),
        components: z.array(z.object({ id: z.string(), name: z.string() })),
        reason: z.string(),
      }),
    ),
    tiers: z.array(Tier),
    unjudged: z.array(z.string()),
  }),
  previous: z
    .object({ roundId: Id, title: z.string(), heldOn: z.string(), overall: z.number().nullable() })
    .nullable(),
  overallChange: z.number().nullable(),
});
export type RoundResults = z.infer<typeof RoundResults>;

const Deleted = z.object({ deleted: z.literal(true) });

export const readinessContract = {
  'readiness.instrument': {
    reads: [],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary:
      'The readiness instrument: its domains, items and answer scale (latest, or a version).',
    input: z.object({ version: z.number().int().positive().optional() }).strict(),
    output: Instrument,
  },
  'readiness.listRounds': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A county's assessment rounds, newest first.",
    input: z.object({ countyId: Id }).strict(),
    output: z.array(Round),
  },
  'readiness.createRound': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Open a new assessment round on the current instrument.',
    input: z.object({ countyId: Id, ...RoundDetails }).strict(),
    output: Round,
  },
  'readiness.updateRound': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: "Change an open round's title, date or notes.",
    input: z.object({ roundId: Id, version: SavedVersion, ...RoundDetails }).strict(),
    output: Round,
  },
  'readiness.setRoundStatus': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Close a round (read-only) or reopen it.',
    input: z.object({ roundId: Id, status: z.enum(['open', 'closed']) }).strict(),
    output: Round,
  },
  'readiness.deleteRound': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Delete an open round with its respondents and answers (kept in the audit trail).',
    input: z.object({ roundId: Id }).strict(),
    output: Deleted,
  },
  'readiness.getRound': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: 'A round and its respondents, with how far each has answered.',
    input: z.object({ roundId: Id }).strict(),
    output: z.object({ round: Round, respondents: z.array(Respondent) }),
  },
  'readiness.addRespondent': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Add an anonymous respondent to an open round.',
    input: z.object({ roundId: Id, ...RespondentDetails }).strict(),
    output: Respondent,
  },
  'readiness.updateRespondent': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: "Change a respondent's program, role level or label.",
    input: z.object({ respondentId: Id, version: SavedVersion, ...RespondentDetails }).strict(),
    output: Respondent,
  },
  'readiness.deleteRespondent': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Delete a respondent and their answers (kept in the audit trail).',
    input: z.object({ respondentId: Id }).strict(),
    output: Deleted,
  },
  'readiness.getAnswers': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "One respondent's answers, by item id.",
    input: z.object({ respondentId: Id }).strict(),
    output: z.object({ respondent: Respondent, answers: z.record(z.string(), Answer) }),
  },
  'readiness.saveAnswers': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Set or clear answers of one respondent (null clears); all or nothing.',
    input: z
      .object({
        respondentId: Id,
        /** Answers are part of the respondent: saving them checks and moves its version. */
        version: SavedVersion,
        answers: z
          .array(z.object({ itemId: z.string().max(40), answer: Answer.nullable() }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    output: Respondent,
  },
  'readiness.results': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A round's scores, alignment gaps, level, recommendation and trend.",
    input: z.object({ roundId: Id }).strict(),
    output: RoundResults,
  },
  'readiness.exportTemplate': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A blank response template (.xlsx) for a round's instrument version.",
    input: z.object({ roundId: Id }).strict(),
    output: ExportFile,
  },
  'readiness.importResponses': {
    changes: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Add the respondents of a filled template to an open round: all rows or none.',
    input: uploadedFile(10).extend({ roundId: Id }).strict(),
    output: z.object({ added: z.number().int().positive() }),
  },
  'readiness.exportWorkbook': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: 'The readiness workbook (.xlsx): summary, domains, items and raw responses.',
    input: z.object({ roundId: Id }).strict(),
    output: ExportFile,
  },
} as const satisfies ContractSlice;
