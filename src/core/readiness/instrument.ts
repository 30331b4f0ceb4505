/**
 * The readiness instrument: versioned content in resources/readiness/instrument-v<N>.json, checked
 * against this schema at load. A round pins the version it used; a new version never changes old
 * results, so every version ever shipped stays in resources/.
 */
import { z } from 'zod';
import { checkUniqueIds, ContentId as Id } from '../contentIds';
import { Tier } from '../program/catalog';

/** 1–5 agreement; 0 is "don't know". Unanswered items are simply absent. */
export const ANSWER_DONT_KNOW = 0;
export const Answer = z.number().int().min(0).max(5);
export type Answer = z.infer<typeof Answer>;

export const ReadinessDomain = z
  .object({
    id: Id,
    name: z.string().min(3).max(60),
    description: z.string().min(10).max(300),
  })
  .strict();
export type ReadinessDomain = z.infer<typeof ReadinessDomain>;

export const ReadinessItem = z
  .object({
    /** Stable across versions when the wording keeps its meaning, e.g. "info-03". */
    id: z.string().regex(/^[a-z]+-\d{2}$/, 'item ids look like "info-03"'),
    domain: Id,
    text: z.string().min(15).max(240),
    informs: z
      .object({
        tiers: z.array(Tier),
        components: z.array(Id),
      })
      .strict(),
  })
  .strict();
export type ReadinessItem = z.infer<typeof ReadinessItem>;

export const Instrument = z
  .object({
    instrument: z.literal('linkages-readiness'),
    version: z.number().int().positive(),
    title: z.string(),
    instructions: z.string(),
    scale: z
      .object({
        '1': z.string(),
        '2': z.string(),
        '3': z.string(),
        '4': z.string(),
        '5': z.string(),
        dontKnow: z.string(),
      })
      .strict(),
    domains: z.array(ReadinessDomain).min(3),
    items: z.array(ReadinessItem).min(10),
  })
  .strict()
  .superRefine((instrument, ctx) => {
    const domainIds = new Set(instrument.domains.map((domain) => domain.id));
    checkUniqueIds(instrument.domains, 'domains', 'Domain', ctx);
    checkUniqueIds(instrument.items, 'items', 'Item', ctx);
    instrument.items.forEach((item, index) => {
      if (!domainIds.has(item.domain)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'domain'],
          message: `Item ${item.id} names domain "${item.domain}", which the instrument does not define.`,
        });
      }
    });
    for (const domain of instrument.domains) {
      if (!instrument.items.some((item) => item.domain === domain.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains'],
          message: `Domain "${domain.id}" has no items.`,
        });
      }
    }
  });
export type Instrument = z.infer<typeof Instrument>;
