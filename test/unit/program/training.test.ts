import { describe, expect, it } from 'vitest';
import {
  isQuarterHours,
  latestTrainingDate,
  minutesOfHours,
  TEAM_PROGRAMS,
  TEAM_ROLES,
  teamProgramLabel,
  teamRoleLabel,
  trainingTotals,
  type TrainingFacts,
} from '../../../src/core/program/training';

function session(heldOn: string, minutes: number, [calworks, cws, partner]: number[]) {
  return {
    heldOn,
    minutes,
    calworksAttendees: calworks ?? 0,
    cwsAttendees: cws ?? 0,
    partnerAttendees: partner ?? 0,
  } satisfies TrainingFacts;
}

describe('team roles and programs', () => {
  it('offers the seats of the road map, with labels, and the three sides', () => {
    expect(TEAM_ROLES.map((r) => r.id)).toEqual([
      'co-chair',
      'program-manager',
      'program-staff',
      'line-staff',
      'data-analyst',
      'fiscal-analyst',
      'union-rep',
      'training-staff',
      'other',
    ]);
    expect(teamRoleLabel('union-rep')).toBe('Union representative');
    expect(TEAM_PROGRAMS.map((p) => p.label)).toEqual(['CalWORKs', 'CWS', 'Partner']);
    expect(teamProgramLabel('cws')).toBe('CWS');
    // An id from an older version still shows as something rather than nothing.
    expect(teamRoleLabel('retired-seat')).toBe('retired-seat');
  });
});

describe('quarter hours', () => {
  it('accepts quarter hours and turns them into whole minutes', () => {
    expect([0.25, 1, 1.25, 1.5, 1.75, 7.5, 24].map(minutesOfHours)).toEqual([
      15, 60, 75, 90, 105, 450, 1440,
    ]);
  });

  it('refuses lengths that are not quarter hours', () => {
    expect([1.1, 0.2, 1.3333, Number.NaN, Infinity].map(isQuarterHours)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(() => minutesOfHours(1.1)).toThrow(RangeError);
  });
});

describe('latestTrainingDate', () => {
  it('is the same day one year on, and March 1 after a leap day', () => {
    expect(latestTrainingDate('2026-05-14')).toBe('2027-05-14');
    expect(latestTrainingDate('2028-02-29')).toBe('2029-03-01');
  });
});

describe('trainingTotals', () => {
  it('is empty for no sessions', () => {
    expect(trainingTotals([])).toEqual([]);
  });

  it('puts June 30 and July 1 in different state fiscal years, oldest first', () => {
    const totals = trainingTotals([
      session('2026-07-01', 60, [1, 0, 0]),
      session('2026-06-30', 90, [0, 2, 0]),
    ]);
    expect(totals.map((t) => [t.label, t.sessions, t.minutes])).toEqual([
      ['SFY 2025-26', 1, 90],
      ['SFY 2026-27', 1, 60],
    ]);
  });

  it('sums sessions, minutes, attendees and attendee-minutes per program within an SFY', () => {
    const totals = trainingTotals([
      // SFY 2025-26: 1.5 h with 10 CalWORKs, 8 CWS, 2 partner staff …
      session('2025-09-15', 90, [10, 8, 2]),
      // … and 3.25 h with 4 CalWORKs and 6 CWS staff.
      session('2026-03-02', 195, [4, 6, 0]),
      // SFY 2026-27: one quarter-hour briefing for 3 partners.
      session('2026-08-01', 15, [0, 0, 3]),
    ]);
    expect(totals).toEqual([
      {
        startYear: 2025,
        label: 'SFY 2025-26',
        sessions: 2,
        minutes: 90 + 195,
        attendees: { calworks: 14, cws: 14, partner: 2, total: 30 },
        // CalWORKs 10×90 + 4×195 = 900 + 780 = 1680 (28 attendee-hours);
        // CWS 8×90 + 6×195 = 720 + 1170 = 1890; partner 2×90 = 180.
        attendeeMinutes: { calworks: 1680, cws: 1890, partner: 180, total: 3750 },
      },
      {
        startYear: 2026,
        label: 'SFY 2026-27',
        sessions: 1,
        minutes: 15,
        attendees: { calworks: 0, cws: 0, partner: 3, total: 3 },
        attendeeMinutes: { calworks: 0, cws: 0, partner: 45, total: 45 },
      },
    ]);
  });
});
