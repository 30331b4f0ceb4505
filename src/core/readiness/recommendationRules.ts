/**
 * Recommendation rules are data (resources/readiness/recommendations-v<N>.json), not code: a rule
 * fires when all its conditions hold on the round's scores, and says what to prepare, start or
 * extend, with its reason in plain words.
 */
import { z } from 'zod';
import { checkUniqueIds, ContentId as Id } from '../contentIds';
import { Tier } from '../program/catalog';

export const RuleCondition = z
  .object({
    /** "overall" (the round's readiness score) or a domain id. */
    subject: Id,
    op: z.enum(['below', 'atLeast']),
    value: z.number().min(1).max(5),
  })
  .strict();
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RecommendationRule = z
  .object({
    id: Id,
    /** All must hold. */
    when: z.array(RuleCondition).min(1),
    /** prepare: a foundation to lay first; start: a tier to begin; extend: build on what works. */
    verb: z.enum(['prepare', 'start', 'extend']),
    tier: z.union([Tier, z.literal('cross-cutting')]),
    components: z.array(Id).min(1),
    /** Completes "<conditions>: <advice>", e.g. "put a data-sharing MOU in place before …". */
    advice: z.string().min(10).max(240),
  })
  .strict();
export type RecommendationRule = z.infer<typeof RecommendationRule>;

export const RecommendationRules = z
  .object({
    rules: z.literal('linkages-readiness-recommendations'),
    version: z.number().int().positive(),
    /** The instrument version whose domain ids the conditions use. */
    instrumentVersion: z.number().int().positive(),
    list: z.array(RecommendationRule).min(1),
  })
  .strict()
  .superRefine((rules, ctx) => checkUniqueIds(rules.list, 'list', 'Rule', ctx));
export type RecommendationRules = z.infer<typeof RecommendationRules>;

export const OVERALL = 'overall';
