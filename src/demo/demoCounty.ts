import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RESPONDENT_PROGRAMS, ROLE_LEVELS } from '../core/readiness/respondents';
import { seededRandom } from '../core/seededRandom';
import type { Invoke } from '../api/contract';
import { DemoCocase, loadDemoCocase, planDemoCocase } from './demoCocase';
import { DemoMatching } from './demoExtracts';
import { DemoFiscal, demoLedgerCsv, loadDemoFiscal } from './demoFiscal';
import { loadDemoMatching } from './demoMatching';
import { DemoProgram, loadDemoPlanTasks, loadDemoProgram } from './demoProgram';

const DomainProfile = z.record(z.string(), z.number().min(1).max(5));

const DemoRound = z
  .object({
    title: z.string(),
    heldOn: z.string(),
    closed: z.boolean(),
    notes: z.string(),
    /** How many respondents of each program and role level. */
    respondents: z.partialRecord(
      z.enum(RESPONDENT_PROGRAMS),
      z.partialRecord(z.enum(ROLE_LEVELS), z.number().int().min(0)),
    ),
    /** The mean answer each program's staff give per domain. */
    profile: z.partialRecord(z.enum(RESPONDENT_PROGRAMS), DomainProfile),
  })
  .strict();

/** The demo county dataset in resources/demo; each area adds its part of the demo here. */
export const DemoDataset = z
  .object({
    format: z.literal('linkages-demo'),
    version: z.literal(1),
    description: z.string(),
    countyFips: z.string().regex(/^06\d{3}$/),
    readiness: z
      .object({
        rounds: z.array(DemoRound),
        /** Managers answer this much higher than line staff; supervisors half as much. */
        managerLift: z.number(),
        dontKnowShare: z.number().min(0).max(1),
        seed: z.number().int(),
      })
      .strict(),
    program: DemoProgram,
    fiscal: DemoFiscal,
    /** The extracts and match run that find the co-case families. */
    matching: DemoMatching,
    cocase: DemoCocase,
  })
  .strict();
export type DemoDataset = z.infer<typeof DemoDataset>;

export function readDemoDataset(resourcesFolder: string): DemoDataset {
  const file = path.join(resourcesFolder, 'demo', 'demo-county.json');
  return DemoDataset.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

type DemoUpTo = 'readiness' | 'program' | 'fiscal' | 'cocase';

/**
 * Loads the demo through the API, so it passes the same validation as anything a user enters.
 * `upTo` stops after an area, for tests that start from that point (readiness done, no model yet).
 */
export async function loadDemoCounty(
  invoke: Invoke,
  dataset: DemoDataset,
  upTo: DemoUpTo = 'cocase',
): Promise<void> {
  await loadDemoRecords(invoke, dataset, upTo);
  if (upTo !== 'readiness') await loadDemoDatedFromToday(invoke, dataset);
}

/**
 * All of the demo whose dates the dataset fixes: every area up to `upTo`, without the rollout
 * plan's tasks. Browser mode keeps a copy of the database at this point (server/demoCache.ts).
 */
export async function loadDemoRecords(
  invoke: Invoke,
  dataset: DemoDataset,
  upTo: DemoUpTo = 'cocase',
): Promise<void> {
  const countyId = await demoCountyId(invoke, dataset);
  await invoke('workspace.setCounty', { countyId });
  // The match's jobs run in worker threads while this thread loads the other areas: each job's
  // thread takes a second or more to start, which the demo would otherwise wait for in turn.
  const plan =
    upTo === 'cocase' ? planDemoCocase(dataset.cocase, ledgerCaseNumbers(dataset.fiscal)) : null;
  const matchRun = plan
    ? loadDemoMatching(invoke, countyId, dataset.matching, plan.families)
    : null;
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  matchRun?.catch(() => undefined);
  try {
    await loadDemoReadiness(invoke, countyId, dataset.readiness);
    if (upTo === 'readiness') return;
    await loadDemoProgram(invoke, countyId, dataset.program);
    if (upTo === 'program') return;
    await loadDemoFiscal(invoke, countyId, dataset.fiscal);
  } catch (error) {
    // The jobs' threads write into this database: they end before the caller may close it.
    await matchRun?.catch(() => undefined);
    throw error;
  }
  if (!plan || !matchRun) return;
  await loadDemoCocase(invoke, countyId, dataset.cocase, plan, await matchRun);
}

/** The part of the demo dated from the day it loads: the rollout plan's tasks, loaded last. */
export async function loadDemoDatedFromToday(
  invoke: Invoke,
  dataset: DemoDataset,
  today = new Date(),
): Promise<void> {
  await loadDemoPlanTasks(invoke, await demoCountyId(invoke, dataset), dataset.program, today);
}

async function demoCountyId(invoke: Invoke, dataset: DemoDataset): Promise<number> {
  const counties = await invoke('counties.list', {});
  const county = counties.find((c) => c.fips === dataset.countyFips);
  if (!county)
    throw new Error(`The demo names county FIPS ${dataset.countyFips}, which is unknown.`);
  return county.id;
}

/** The case numbers the demo ledger's rows carry, each once, in the order they first appear. */
export function ledgerCaseNumbers(fiscal: DemoFiscal): string[] {
  const cases = [...demoLedgerCsv(fiscal).matchAll(/,(C-\d{6}),/g)].map((m) => m[1] ?? '');
  return [...new Set(cases)];
}

async function loadDemoReadiness(
  invoke: Invoke,
  countyId: number,
  demo: DemoDataset['readiness'],
): Promise<void> {
  const random = seededRandom(demo.seed);
  const instrument = await invoke('readiness.instrument', {});
  for (const spec of demo.rounds) {
    const round = await invoke('readiness.createRound', {
      countyId,
      title: spec.title,
      heldOn: spec.heldOn,
      notes: spec.notes,
    });
    for (const program of RESPONDENT_PROGRAMS) {
      for (const roleLevel of ROLE_LEVELS) {
        const count = spec.respondents[program]?.[roleLevel] ?? 0;
        const lift =
          roleLevel === 'manager'
            ? demo.managerLift
            : roleLevel === 'supervisor'
              ? demo.managerLift / 2
              : 0;
        for (let n = 0; n < count; n++) {
          const respondent = await invoke('readiness.addRespondent', {
            roundId: round.id,
            program,
            roleLevel,
          });
          const answers = instrument.items.map((item) => {
            if (random() < demo.dontKnowShare) return { itemId: item.id, answer: 0 };
            const mean = (spec.profile[program]?.[item.domain] ?? 3) + lift;
            // Triangular noise of ±1.2 around the profile's mean.
            const noisy = mean + (random() + random() - 1) * 1.2;
            return { itemId: item.id, answer: Math.min(5, Math.max(1, Math.round(noisy))) };
          });
          await invoke('readiness.saveAnswers', {
            respondentId: respondent.id,
            version: respondent.version,
            answers,
          });
        }
      }
    }
    if (spec.closed)
      await invoke('readiness.setRoundStatus', { roundId: round.id, status: 'closed' });
  }
}
