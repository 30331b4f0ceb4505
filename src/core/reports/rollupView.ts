/**
 * What a roll-up shows: each county's figures, the statewide totals and medians, the components by
 * tier and status, the funding streams and the counties missing. The API returns it and the roll-up
 * workbook writes it, so it is declared here, where both can see it.
 */
import { z } from 'zod';

const Id = z.number().int().positive();
const Cents = z.number().int();
const CountyRef = z.object({ fips: z.string(), name: z.string() });
const Level = z.enum(['foundation', 'developing', 'ready', 'established']).nullable();

export const Rollup = z.object({
  id: Id,
  name: z.string(),
  sfyStartYear: z.number().int(),
  updatedAt: z.string(),
  counties: z.number().int(),
});

const Figures = {
  tiersOperating: z.number().int(),
  componentsOperating: z.number().int(),
  budgetCents: Cents,
  spentCents: Cents,
  leveragedCents: Cents,
  leverageRatio: z.number().nullable(),
};

export const RollupView = z.object({
  rollup: Rollup,
  counties: z.array(
    z.object({
      countyId: Id,
      fips: z.string(),
      name: z.string(),
      fileName: z.string(),
      generatedAt: z.string(),
      readinessLevel: Level,
      ...Figures,
      mutualFamilies: z.number().int().nullable(),
    }),
  ),
  statewide: z.object({
    counties: z.number().int(),
    totals: z.object({
      componentsOperating: z.number().int(),
      budgetCents: Cents,
      spentCents: Cents,
      leveragedCents: Cents,
      generalFundCommittedCents: Cents,
      leverageRatio: z.number().nullable(),
    }),
    medians: z.object(
      Object.fromEntries(Object.keys(Figures).map((k) => [k, z.number().nullable()])) as Record<
        keyof typeof Figures,
        z.ZodNullable<z.ZodNumber>
      >,
    ),
  }),
  byTierStatus: z.array(
    z.object({
      tier: z.string(),
      status: z.string(),
      components: z.number().int(),
      counties: z.number().int(),
    }),
  ),
  byStream: z.array(
    z.object({
      stream: z.string(),
      sourceProgram: z.string(),
      budgetCents: Cents,
      spentCents: Cents,
      leveragedCents: Cents,
      counties: z.number().int(),
    }),
  ),
  missing: z.array(CountyRef),
});
export type RollupView = z.infer<typeof RollupView>;
