/**
 * The component catalog: what counties run in each prevention tier (DOMAIN.md, "Prevention tiers").
 * Content lives in resources/program/components-v<N>.json and is checked against this schema at load.
 */
import { z } from 'zod';
import { checkUniqueIds, ContentId as Id } from '../contentIds';

export const TIERS = ['primary', 'secondary', 'tertiary'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const TIER_LABELS: Record<Tier, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  tertiary: 'Tertiary',
};

export const PROGRAMS = ['calworks', 'cws'] as const;
export const LeadProgram = z.enum(['calworks', 'cws', 'joint']);
export type LeadProgram = z.infer<typeof LeadProgram>;

export const LEAD_PROGRAM_LABELS: Record<LeadProgram, string> = {
  calworks: 'CalWORKs',
  cws: 'CWS',
  joint: 'Joint',
};

export const ProgramComponent = z
  .object({
    id: Id,
    name: z.string().min(3).max(80),
    /** Which tier it belongs to, or "cross-cutting" for the foundations every tier stands on. */
    tier: z.union([Tier, z.literal('cross-cutting')]),
    description: z.string().min(20).max(400),
    leadProgram: LeadProgram,
    /** Readiness domain ids that should be solid before installing it. */
    prerequisiteDomains: z.array(Id),
  })
  .strict();
export type ProgramComponent = z.infer<typeof ProgramComponent>;

export const ComponentCatalog = z
  .object({
    catalog: z.literal('linkages-components'),
    version: z.number().int().positive(),
    components: z.array(ProgramComponent).min(1),
  })
  .strict()
  .superRefine((catalog, ctx) =>
    checkUniqueIds(catalog.components, 'components', 'Component', ctx),
  );
export type ComponentCatalog = z.infer<typeof ComponentCatalog>;
