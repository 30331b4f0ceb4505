/**
 * Rules of the implementation team and the joint training log (pure). Seats on the team are roles,
 * never names. Training length is kept in whole minutes, so quarter hours add up exactly; totals are
 * per state fiscal year (DOMAIN.md, "Money and time"), from the one fiscal calendar.
 */
import { sfyLabel, stateFiscalYearOf } from '../fiscalCalendar';
import { parseIsoDate, type IsoDate } from '../isoDate';

/** The seats the Linkages road map asks for ("Set up an implementation team"). */
export const TEAM_ROLES = [
  { id: 'co-chair', label: 'Co-chair' },
  { id: 'program-manager', label: 'Program manager' },
  { id: 'program-staff', label: 'Program staff' },
  { id: 'line-staff', label: 'Line staff' },
  { id: 'data-analyst', label: 'Data analyst' },
  { id: 'fiscal-analyst', label: 'Fiscal analyst' },
  { id: 'union-rep', label: 'Union representative' },
  { id: 'training-staff', label: 'Training staff' },
  { id: 'other', label: 'Other' },
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number]['id'];

/** Which side a seat or an attendee comes from; partners are community agencies. */
export const TEAM_PROGRAMS = [
  { id: 'calworks', label: 'CalWORKs' },
  { id: 'cws', label: 'CWS' },
  { id: 'partner', label: 'Partner' },
] as const;
export type TeamProgram = (typeof TEAM_PROGRAMS)[number]['id'];

export const teamRoleLabel = (id: string): string =>
  TEAM_ROLES.find((r) => r.id === id)?.label ?? id;
export const teamProgramLabel = (id: string): string =>
  TEAM_PROGRAMS.find((p) => p.id === id)?.label ?? id;

export const MAX_SESSION_HOURS = 24;

/** Sessions are logged in quarter hours: 1.25 is fine, 1.1 is a typo. */
export function isQuarterHours(hours: number): boolean {
  return Number.isFinite(hours) && Number.isInteger(hours * 4);
}

/** Whole minutes of a quarter-hour length (1.25 → 75). */
export function minutesOfHours(hours: number): number {
  if (!isQuarterHours(hours)) throw new RangeError(`${hours} hours is not in quarter hours.`);
  return Math.round(hours * 60);
}

/**
 * The last date a session may be logged for, seen from today: one year ahead. Further out is
 * almost always a mistyped year, and would put hours into an SFY nobody has reached.
 */
export function latestTrainingDate(today: IsoDate | string): string {
  const { year, month, day } = parseIsoDate(today);
  // Date.UTC rolls Feb 29 of a leap year over to Mar 1 of the next, which is the generous reading.
  return new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
}

export interface TrainingFacts {
  readonly heldOn: string;
  readonly minutes: number;
  readonly calworksAttendees: number;
  readonly cwsAttendees: number;
  readonly partnerAttendees: number;
}

export interface ByProgram {
  readonly calworks: number;
  readonly cws: number;
  readonly partner: number;
  readonly total: number;
}

export interface SfyTrainingTotals {
  /** The calendar year the SFY starts in (SFY 2025-26 → 2025). */
  readonly startYear: number;
  /** "SFY 2025-26" */
  readonly label: string;
  readonly sessions: number;
  readonly minutes: number;
  readonly attendees: ByProgram;
  /** Attendees × minutes of each session, summed: staff time spent in joint training. */
  readonly attendeeMinutes: ByProgram;
}

function byProgram(calworks: number, cws: number, partner: number): ByProgram {
  return { calworks, cws, partner, total: calworks + cws + partner };
}

function add(a: ByProgram, b: ByProgram): ByProgram {
  return byProgram(a.calworks + b.calworks, a.cws + b.cws, a.partner + b.partner);
}

/** One row per state fiscal year that has sessions, oldest first. */
export function trainingTotals(sessions: readonly TrainingFacts[]): SfyTrainingTotals[] {
  const bySfy = new Map<number, SfyTrainingTotals>();
  for (const s of sessions) {
    const { startYear } = stateFiscalYearOf(s.heldOn);
    const attendees = byProgram(s.calworksAttendees, s.cwsAttendees, s.partnerAttendees);
    const attendeeMinutes = byProgram(
      s.calworksAttendees * s.minutes,
      s.cwsAttendees * s.minutes,
      s.partnerAttendees * s.minutes,
    );
    const sofar = bySfy.get(startYear);
    bySfy.set(startYear, {
      startYear,
      label: sfyLabel({ startYear }),
      sessions: (sofar?.sessions ?? 0) + 1,
      minutes: (sofar?.minutes ?? 0) + s.minutes,
      attendees: sofar ? add(sofar.attendees, attendees) : attendees,
      attendeeMinutes: sofar ? add(sofar.attendeeMinutes, attendeeMinutes) : attendeeMinutes,
    });
  }
  return [...bySfy.values()].sort((a, b) => a.startYear - b.startYear);
}
