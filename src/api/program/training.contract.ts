import { z } from 'zod';
import { IsoDay } from '../dates.contract';
import { isQuarterHours, MAX_SESSION_HOURS } from '../../core/program/training';
import type { ContractSlice } from '../contractTypes';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { PLANNING_READ, PLANNING_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();
const Attendees = z
  .number({ error: 'Give the number of attendees as a whole number (0 if none).' })
  .int('Count attendees in whole people.')
  .min(0, 'Attendees cannot be fewer than 0.')
  .max(10_000, 'That is more than 10,000 attendees; check the number.')
  .default(0);
const ByProgram = z.object({
  calworks: z.number().int(),
  cws: z.number().int(),
  partner: z.number().int(),
  total: z.number().int(),
});

export const TrainingSession = z.object({
  id: Id,
  heldOn: z.string(),
  topic: z.string(),
  curriculum: z.string(),
  /** Minutes ÷ 60: always a quarter hour. */
  hours: z.number(),
  calworksAttendees: z.number().int(),
  cwsAttendees: z.number().int(),
  partnerAttendees: z.number().int(),
  notes: z.string(),
  version: RecordVersion,
});
export type TrainingSession = z.infer<typeof TrainingSession>;

export const TrainingTotals = z.object({
  startYear: z.number().int(),
  label: z.string(),
  sessions: z.number().int(),
  minutes: z.number().int(),
  attendees: ByProgram,
  /** Attendees × minutes; the page shows them as attendee-hours. */
  attendeeMinutes: ByProgram,
});
export type TrainingTotals = z.infer<typeof TrainingTotals>;

export const trainingContract = {
  'program.listTrainings': {
    reads: ['trainings'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A county's joint training log, with totals per state fiscal year and program.",
    input: z.object({ countyId: Id }).strict(),
    output: z.object({ sessions: z.array(TrainingSession), totals: z.array(TrainingTotals) }),
  },
  'program.saveTraining': {
    changes: ['trainings'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Log a joint training session (no id) or change one.',
    input: z
      .object({
        countyId: Id,
        id: Id.nullable().default(null),
        version: SavedVersion,
        heldOn: z.string({ error: 'Give the date of the session as YYYY-MM-DD.' }).pipe(IsoDay),
        topic: z
          .string({ error: 'Give the topic of the session.' })
          .trim()
          .min(1, 'Give the topic of the session.')
          .max(200, 'Keep the topic to 200 characters.'),
        curriculum: z
          .string()
          .trim()
          .max(200, 'Keep the curriculum to 200 characters.')
          .default(''),
        hours: z
          .number({ error: 'Give the length in hours, e.g. 1.5.' })
          .positive('Give the length in hours, more than 0.')
          .max(MAX_SESSION_HOURS, `A session lasts at most ${MAX_SESSION_HOURS} hours.`)
          .refine(isQuarterHours, 'Give the length in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.'),
        calworksAttendees: Attendees,
        cwsAttendees: Attendees,
        partnerAttendees: Attendees,
        notes: z.string().trim().max(2000, 'Keep the notes to 2,000 characters.').default(''),
      })
      .strict(),
    output: TrainingSession,
  },
  'program.deleteTraining': {
    changes: ['trainings'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Remove a session from the joint training log.',
    input: z.object({ countyId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies ContractSlice;
