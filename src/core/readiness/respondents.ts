/** Who answers a readiness round: anonymous, described only by program and role level. */
import { z } from 'zod';

export const RESPONDENT_PROGRAMS = ['calworks', 'cws', 'partner'] as const;
export const RespondentProgram = z.enum(RESPONDENT_PROGRAMS);
export type RespondentProgram = z.infer<typeof RespondentProgram>;

export const ROLE_LEVELS = ['manager', 'supervisor', 'line'] as const;
export const RoleLevel = z.enum(ROLE_LEVELS);
export type RoleLevel = z.infer<typeof RoleLevel>;

export const PROGRAM_LABELS: Record<RespondentProgram, string> = {
  calworks: 'CalWORKs',
  cws: 'CWS',
  partner: 'Partner',
};

export const ROLE_LABELS: Record<RoleLevel, string> = {
  manager: 'Manager',
  supervisor: 'Supervisor',
  line: 'Line staff',
};
