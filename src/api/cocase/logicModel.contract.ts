import { z } from 'zod';
import {
  INDICATOR_IDS,
  LOGIC_MODEL_MAX_PER_STAGE,
  LOGIC_MODEL_STAGES,
  LOGIC_MODEL_TEXT_MAX,
  logicModelProblems,
} from '../../core/cocase/evaluation/logicModel';
import type { ContractSlice } from '../contractTypes';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { EVALUATION_READ, EVALUATION_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();

const LogicModelItem = z.strictObject({
  stage: z.enum(LOGIC_MODEL_STAGES),
  text: z
    .string()
    .trim()
    .min(1, 'Write the statement.')
    .max(LOGIC_MODEL_TEXT_MAX, `Keep a statement to ${LOGIC_MODEL_TEXT_MAX} characters.`),
  indicatorIds: z
    .array(z.enum(INDICATOR_IDS as [string, ...string[]]))
    .max(INDICATOR_IDS.length)
    .default([]),
});

/** As stored and shown: an indicator id the Workbench no longer counts is dropped on reading. */
export const StoredLogicModelItem = z.object({
  stage: z.enum(LOGIC_MODEL_STAGES),
  text: z.string(),
  indicatorIds: z.array(z.string()),
});

export const LogicModel = z.object({
  items: z.array(StoredLogicModelItem),
  /** True while the county has not saved a model of its own (the toolkit's starting model). */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  /** Protects the whole model; null while it is the toolkit's starting model. */
  version: RecordVersion.nullable(),
});

export const logicModelContract = {
  'cocase.logicModel': {
    reads: ['logicModel'],
    identifiers: 'none',
    roles: EVALUATION_READ,
    summary:
      'The county’s evaluation logic model: inputs → activities → outputs → outcomes, with the indicators that measure each outcome.',
    input: z.strictObject({ countyId: Id }),
    output: LogicModel,
  },
  'cocase.saveLogicModel': {
    changes: ['logicModel'],
    identifiers: 'none',
    roles: EVALUATION_WRITE,
    summary: 'Saves the county’s logic model whole (audited, before and after).',
    input: z
      .strictObject({
        countyId: Id,
        /** The version the model was edited from; null when edited from the starting model. */
        version: SavedVersion,
        items: z.array(LogicModelItem).max(LOGIC_MODEL_STAGES.length * LOGIC_MODEL_MAX_PER_STAGE),
      })
      .superRefine(({ items }, ctx) => {
        for (const problem of logicModelProblems(items)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', problem.index, problem.field],
            message: problem.message,
          });
        }
      }),
    output: LogicModel,
  },
} satisfies ContractSlice;
