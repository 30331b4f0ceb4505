import { z } from 'zod';
import { Standing } from '../../core/workspace/standing';
import { COUNTY_DATA, type ContractSlice } from '../contractTypes';
import { IsoDay } from '../dates.contract';
import { COUNTY_STAFF, EVERYONE } from '../system/roleGroups';

export const County = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  fips: z.string().regex(/^06\d{3}$/),
});
export type County = z.infer<typeof County>;

export const Workspace = z.object({
  county: County.nullable(),
});
export type Workspace = z.infer<typeof Workspace>;

const NoInput = z.object({}).strict();

export const workspaceContract = {
  'counties.list': {
    reads: [],
    identifiers: 'none',
    roles: EVERYONE,
    summary: "California's 58 counties, by name.",
    input: NoInput,
    output: z.array(County),
  },
  'workspace.get': {
    reads: ['workspace'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'The workspace preferences, starting with the current county.',
    input: NoInput,
    output: Workspace,
  },
  'workspace.setCounty': {
    changes: ['workspace'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'Choose the county the Workbench works on.',
    input: z.object({ countyId: z.number().int().positive() }).strict(),
    output: Workspace,
  },
  'workspace.standing': {
    reads: COUNTY_DATA,
    identifiers: 'none',
    roles: COUNTY_STAFF,
    summary:
      'Where the county stands today: what is overdue or running out, what is coming, its newest match run and training, and the getting-started steps its data has ticked.',
    input: z.object({ countyId: z.number().int().positive(), asOf: IsoDay.optional() }).strict(),
    output: Standing,
  },
} as const satisfies ContractSlice;
