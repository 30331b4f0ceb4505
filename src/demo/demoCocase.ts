/**
 * The demo county's co-case work and evaluation: a few hundred mutual families (served by Linkages,
 * or a comparison group served as usual), their joint meetings, coordinated plans, barriers and
 * services (linked to the demo ledger's rows for their case numbers), and outcome events in which
 * Linkages families do somewhat better. Loaded through the API, as a user would enter it.
 */
import { z } from 'zod';
import { BARRIER_KINDS } from '../core/cocase/worklists';
import { addDays, dayNumber } from '../core/calendarDays';
import type { OutcomeKind } from '../core/cocase/evaluation/outcomes';
import { seededRandom } from '../core/seededRandom';
import type { Invoke } from '../api/contract';

export const DemoCocase = z
  .object({
    seed: z.number().int(),
    linkagesFamilies: z.number().int().min(0),
    comparisonFamilies: z.number().int().min(0),
    /** Families join from this day; the demo's records run to `through`. */
    from: z.iso.date(),
    through: z.iso.date(),
    calworksWorkers: z.array(z.string()).min(1),
    cwsWorkers: z.array(z.string()).min(1),
  })
  .strict();
export type DemoCocase = z.infer<typeof DemoCocase>;

/** A co-case family as the demo plans it, before it is recorded. */
export interface DemoFamily {
  readonly group: 'linkages' | 'comparison';
  readonly calworksCase: string;
  readonly cwsCase: string;
  readonly tier: 'secondary' | 'tertiary';
  readonly startDate: string;
  readonly endDate: string | null;
  readonly calworksWorker: string;
  readonly cwsWorker: string;
}

/** The demo's families, and the seeded draws that go on to make their co-case records. */
export interface DemoCocasePlan {
  readonly families: readonly DemoFamily[];
  readonly random: () => number;
}

/** Chances of each outcome: Linkages families first, then the comparison group. */
const CHANCE = {
  referral: [0.3, 0.34],
  recurrence: [0.1, 0.18],
  entry: [0.1, 0.16],
  reunified: [0.65, 0.45],
  reentry: [0.08, 0.15],
  closed: [0.5, 0.38],
  engaged: [0.72, 0.55],
  sanction: [0.22, 0.3],
  cured: [0.65, 0.4],
  exit: [0.32, 0.22],
  returned: [0.1, 0.18],
} as const;

/**
 * The families are planned first (pure, seeded) because the demo's match run needs their case
 * numbers and tiers for its extracts before any family is recorded.
 */
export function planDemoCocase(spec: DemoCocase, ledgerCases: readonly string[]): DemoCocasePlan {
  const random = seededRandom(spec.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const lastStart = addDays(spec.through, -45);
  const families: DemoFamily[] = [];
  const total = spec.linkagesFamilies + spec.comparisonFamilies;
  for (let i = 0; i < total; i++) {
    const group = i < spec.linkagesFamilies ? 'linkages' : 'comparison';
    // Half the Linkages families carry a case number of the demo ledger: their services link.
    const ledgerCase = group === 'linkages' && i % 2 === 0 ? ledgerCases[i / 2] : undefined;
    const startDate = dayBetween(random, spec.from, lastStart);
    const leaves = random() < 0.3 ? addDays(startDate, 180 + Math.floor(random() * 360)) : null;
    families.push({
      group,
      calworksCase: ledgerCase ?? `C-${2_000_000 + i}`,
      cwsCase: `W-${5_000_000 + i}`,
      startDate: ledgerCase ? spec.from : startDate,
      endDate: leaves !== null && leaves < spec.through ? leaves : null,
      tier: random() < 0.6 ? 'tertiary' : 'secondary',
      calworksWorker: pick(spec.calworksWorkers),
      cwsWorker: pick(spec.cwsWorkers),
    });
  }
  return { families, random };
}

const caseKey = (f: { calworksCase: string; cwsCase: string }) =>
  `${f.calworksCase}\u0000${f.cwsCase}`;

const dayBetween = (random: () => number, from: string, to: string) =>
  addDays(from, Math.floor(random() * Math.max(1, dayNumber(to) - dayNumber(from) + 1)));

/**
 * Records the planned families and their co-case work: the demo's match run's family pairs are
 * added from the run first (as a county does), then each record is completed by hand.
 */
export async function loadDemoCocase(
  invoke: Invoke,
  countyId: number,
  spec: DemoCocase,
  plan: DemoCocasePlan,
  matchRunId: number,
): Promise<void> {
  const { random } = plan;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const through = spec.through;
  await invoke('cocase.addFromRun', {
    countyId,
    runId: matchRunId,
    group: 'linkages',
    startDate: spec.from,
  });
  const fromRun = new Map(
    (await invoke('cocase.families', { countyId })).map((f) => [caseKey(f), f]),
  );
  const families: (DemoFamily & { familyId: number; version: number })[] = [];
  for (const family of plan.families) {
    const recorded = fromRun.get(caseKey(family));
    const saved = await invoke('cocase.saveFamily', {
      countyId,
      familyId: recorded?.familyId ?? null,
      version: recorded?.version ?? null,
      ...family,
    });
    families.push({ ...family, familyId: saved.familyId, version: saved.version });
  }

  for (const family of families.filter((f) => f.group === 'linkages')) {
    const until = family.endDate ?? through;
    // Joint meetings every two to three months, each setting the next review.
    let meeting = addDays(family.startDate, 7 + Math.floor(random() * 21));
    while (meeting <= until) {
      const next = addDays(meeting, 60 + Math.floor(random() * 30));
      await invoke('cocase.saveMeeting', {
        familyId: family.familyId,
        date: meeting,
        calworksAttended: random() < 0.92,
        cwsAttended: true,
        othersAttended: random() < 0.4 ? 'Parent; public health nurse' : 'Parent',
        decisions: pick([
          'Align job search hours with visitation',
          'Refer to housing navigator',
          'Child care authorized for WtW activities',
          'Mental health assessment before next review',
          'Transportation vouchers for court dates',
        ]),
        nextReviewDue: next,
      });
      // A few families' reviews slip: the worklist finds them.
      meeting = addDays(next, random() < 0.85 ? 0 : 20 + Math.floor(random() * 40));
    }
    const planned = addDays(family.startDate, 10 + Math.floor(random() * 80));
    if (random() < 0.85 && planned <= until) {
      await invoke('cocase.savePlan', {
        familyId: family.familyId,
        version: family.version,
        coordinatedPlanOn: planned,
        wtwAligned: random() < 0.8,
        wtwAlignedNote: 'Job search and parenting classes scheduled around visits',
      });
    }
    for (let b = Math.floor(random() * 3); b > 0; b--) {
      const openedOn = dayBetween(random, family.startDate, until);
      const resolvedOn = addDays(openedOn, 14 + Math.floor(random() * 200));
      await invoke('cocase.saveBarrier', {
        familyId: family.familyId,
        kind: pick(BARRIER_KINDS),
        openedOn,
        resolvedOn: random() < 0.7 && resolvedOn <= through ? resolvedOn : null,
      });
    }
    const { unlinkedLedgerRows } = await invoke('cocase.family', { familyId: family.familyId });
    for (const row of unlinkedLedgerRows) {
      await invoke('cocase.saveService', { familyId: family.familyId, ledgerEntryId: row.entryId });
    }
  }

  const lines = ['calworks_case,cws_case,outcome,date'];
  for (const family of families) {
    for (const [kind, date] of demoOutcomes(family, through, random)) {
      lines.push(`${family.calworksCase},${family.cwsCase},${kind},${date}`);
    }
  }
  await invoke('cocase.importOutcomes', {
    countyId,
    fileName: 'demo-outcomes.csv',
    bytesBase64: Buffer.from(`${lines.join('\r\n')}\r\n`).toString('base64'),
  });
}

/** One family's outcome events, in order, none after `through`. */
function demoOutcomes(
  family: DemoFamily,
  through: string,
  random: () => number,
): [OutcomeKind, string][] {
  const g = family.group === 'linkages' ? 0 : 1;
  const chance = (key: keyof typeof CHANCE) => random() < CHANCE[key][g];
  const events: [OutcomeKind, string][] = [];
  const add = (kind: OutcomeKind, from: string, withinDays: number) => {
    const date = addDays(from, 1 + Math.floor(random() * withinDays));
    if (date <= through) events.push([kind, date]);
    return date <= through ? date : null;
  };
  const referral = chance('referral') ? add('substantiated-referral', family.startDate, 300) : null;
  if (referral && chance('recurrence')) add('substantiated-referral', referral, 360);
  const entry = chance('entry') ? add('foster-care-entry', family.startDate, 300) : null;
  const home = entry && chance('reunified') ? add('reunification', entry, 330) : null;
  if (home && chance('reentry')) add('foster-care-entry', home, 360);
  if (chance('closed')) add('cws-case-closed', family.startDate, 540);
  // Engagement is counted per period: a family engages (or not) in each half-year it is in.
  const until = family.endDate ?? through;
  for (let half = family.startDate; half <= until; half = addDays(half, 182)) {
    if (chance('engaged')) add('wtw-engagement', half, 150);
  }
  const sanction = chance('sanction') ? add('sanction-started', family.startDate, 300) : null;
  if (sanction && chance('cured')) add('sanction-cured', sanction, 170);
  const exit = chance('exit') ? add('exit-with-earnings', family.startDate, 480) : null;
  if (exit && chance('returned')) add('return-to-aid', exit, 360);
  return events;
}
