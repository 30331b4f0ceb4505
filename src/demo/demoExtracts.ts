/**
 * The demo county's CalWORKs and CWS person extracts, drawn from the synthetic generator (invented
 * names, never real people): the mutual families among them carry the case numbers of the demo's
 * co-case families, so a match of the two finds exactly the families the co-case pages follow.
 * Pure: the same families and spec always give the same two files.
 */
import { z } from 'zod';
import { synthesizeFamilies, type SynthFamily, type SynthPerson } from './synthExtracts';

export const DemoMatching = z
  .object({
    seed: z.number().int(),
    /** About how many persons each extract holds; the mutual families' persons count in both. */
    calworksPersons: z.number().int().min(1),
    cwsPersons: z.number().int().min(1),
    /** The run's thresholds (probabilities, as Start a run takes them). */
    accept: z.number().gt(0).lt(1),
    review: z.number().gt(0).lt(1),
  })
  .strict();
export type DemoMatching = z.infer<typeof DemoMatching>;

/** A co-case family as its extracts must show it: both case numbers and its prevention tier. */
export interface ExtractFamily {
  readonly calworksCase: string;
  readonly cwsCase: string;
  readonly tier: 'secondary' | 'tertiary';
}

export interface DemoExtracts {
  readonly calworks: SynthPerson[];
  readonly cws: SynthPerson[];
  /** [CalWORKs person id, CWS person id] of every true pair. */
  readonly truth: [string, string][];
}

/** The generator's persons per family, on average (one or two parents, one to three children). */
const PERSONS_PER_FAMILY = 3.3;

export function demoExtracts(families: readonly ExtractFamily[], spec: DemoMatching): DemoExtracts {
  // The generator is asked for far more than needed and stopped once each quota is filled, so the
  // mutual families are whole and exactly as many as the co-case families.
  const mutualPersons = Math.ceil(families.length * PERSONS_PER_FAMILY * 4);
  const generator = synthesizeFamilies({
    seed: spec.seed,
    calworksPersons: 4 * spec.calworksPersons + mutualPersons,
    cwsPersons: 4 * spec.cwsPersons + mutualPersons,
    mutualPersons,
  });
  const out: DemoExtracts = { calworks: [], cws: [], truth: [] };
  let mutual = 0;
  let calworksFull = false;
  let cwsFull = false;
  for (const drawn of generator) {
    if (mutual === families.length && calworksFull && cwsFull) break;
    const onBoth = drawn.calworks.length > 0 && drawn.cws.length > 0;
    let family: SynthFamily;
    if (onBoth) {
      const coCase = families[mutual];
      if (!coCase) continue;
      family = asCoCaseFamily(drawn, coCase);
      mutual++;
    } else if (drawn.calworks.length > 0) {
      if (calworksFull) continue;
      family = drawn;
    } else {
      if (cwsFull) continue;
      family = drawn;
    }
    out.calworks.push(...family.calworks);
    out.cws.push(...family.cws);
    out.truth.push(...family.truth);
    calworksFull = out.calworks.length >= spec.calworksPersons;
    cwsFull = out.cws.length >= spec.cwsPersons;
  }
  if (mutual < families.length) {
    throw new Error(
      `The generator made ${mutual} mutual families; the demo needs ${families.length}.`,
    );
  }
  return out;
}

/**
 * A mutual family of the generator under the co-case family's case numbers, its CWS persons
 * known by an open Family Maintenance or Reunification case when the family is Tertiary, else by
 * a referral (familyTier.ts reads the tier back from these).
 */
function asCoCaseFamily(drawn: SynthFamily, coCase: ExtractFamily): SynthFamily {
  const tertiary = coCase.tier === 'tertiary';
  return {
    calworks: drawn.calworks.map((p) => ({ ...p, caseNumber: coCase.calworksCase })),
    cws: drawn.cws.map((p) => ({
      ...p,
      caseNumber: coCase.cwsCase,
      cwsStatus: tertiary ? 'case' : 'referral',
      caseType: tertiary ? (p.caseType === 'FM' ? 'FM' : 'FR') : '',
    })),
    truth: drawn.truth,
  };
}
