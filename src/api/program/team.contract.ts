import { z } from 'zod';
import { TEAM_PROGRAMS, TEAM_ROLES } from '../../core/program/training';
import type { ContractSlice } from '../contractTypes';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { PLANNING_READ, PLANNING_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();
const TeamRole = z.enum(TEAM_ROLES.map((r) => r.id) as [string, ...string[]], {
  error: `Choose a role: ${TEAM_ROLES.map((r) => r.label).join(', ')}.`,
});
export const TeamProgram = z.enum(
  TEAM_PROGRAMS.map((p) => p.id) as ['calworks', 'cws', 'partner'],
  {
    error: 'Choose the program: CalWORKs, CWS or Partner.',
  },
);

/** A seat on the implementation team: role and contact notes only, never a person's name. */
export const TeamMember = z.object({
  id: Id,
  role: z.string(),
  program: TeamProgram,
  roleLabel: z.string(),
  contactNotes: z.string(),
  version: RecordVersion,
});
export type TeamMember = z.infer<typeof TeamMember>;

export const teamContract = {
  'program.listTeam': {
    reads: ['team'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A county's implementation team: each seat's role, program and contact notes.",
    input: z.object({ countyId: Id }).strict(),
    output: z.array(TeamMember),
  },
  'program.saveTeamMember': {
    changes: ['team'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Add a seat to the implementation team (no id) or change one.',
    input: z
      .object({
        countyId: Id,
        id: Id.nullable().default(null),
        version: SavedVersion,
        role: TeamRole,
        program: TeamProgram,
        roleLabel: z
          .string({ error: 'Give the seat a label, e.g. “CWS deputy director”.' })
          .trim()
          .min(1, 'Give the seat a label, e.g. “CWS deputy director”.')
          .max(80, 'Keep the role label to 80 characters.'),
        contactNotes: z
          .string()
          .trim()
          .max(500, 'Keep the contact notes to 500 characters.')
          .default(''),
      })
      .strict(),
    output: TeamMember,
  },
  'program.deleteTeamMember': {
    changes: ['team'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Remove a seat from the implementation team.',
    input: z.object({ countyId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies ContractSlice;
