import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../../src/api/contract';
import { ApiError } from '../../../src/api/errors';
import type { Service } from '../../../src/api/service';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase } from '../../../src/db/openDatabase';
import { goodCalls, SEED_STAND_INS, seedRound, type Seed } from '../../support/contractCalls';
import {
  everyRow,
  openTempWorkbench,
  refusal,
  serviceOver,
  tempFolder,
} from '../../support/workbench';

/** How much of the seed a good call needs: a match run takes seconds, so it is made once. */
type SeedStage = 'round' | 'matched' | 'cocase';

/** Which of the seed's lazy parts a method's good input asks for, found without running them. */
async function stageFor(method: Method): Promise<SeedStage | 'live'> {
  let matched = false;
  let cocase = false;
  let backup = false;
  let encrypted = false;
  let user = false;
  const probe: Seed = {
    ...(await seededTemplate('round')).seed,
    matching: () => ((matched = true), SEED_STAND_INS.matching()),
    cocase: () => ((cocase = true), SEED_STAND_INS.cocase()),
    backup: () => ((backup = true), SEED_STAND_INS.backup()),
    encrypted: () => ((encrypted = true), SEED_STAND_INS.encrypted()),
    user: () => ((user = true), SEED_STAND_INS.user()),
  };
  await goodCalls[method](probe);
  // A job's id lives in the runner that ran it, and a backup beside the data file, not in the
  // database the templates copy, and encrypting changes the whole file: those calls seed live,
  // as do those needing a user (added through the service, whose template is closed by then).
  if (method.startsWith('jobs.') || backup || encrypted || user || (matched && cocase)) {
    return 'live';
  }
  return cocase ? 'cocase' : matched ? 'matched' : 'round';
}

interface SeededTemplate {
  readonly file: string;
  readonly seed: Seed;
}

const templateFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-service-seeds-'));
afterAll(() => fs.rmSync(templateFolder, { recursive: true, force: true }));
const templates = new Map<SeedStage, Promise<SeededTemplate>>();

/**
 * A database seeded once per stage and closed (so its file holds every write); each test opens a
 * copy. The copy's lazy parts answer what the template's seeding answered.
 */
function seededTemplate(stage: SeedStage): Promise<SeededTemplate> {
  let made = templates.get(stage);
  if (!made) {
    made = (async () => {
      fs.mkdirSync(path.join(templateFolder, stage));
      const file = databaseFileIn(path.join(templateFolder, stage));
      const workbench = openDatabase(file);
      const seed = await seedRound(serviceOver(workbench));
      const matched = stage === 'matched' ? await seed.matching() : undefined;
      const cocase = stage === 'cocase' ? await seed.cocase() : undefined;
      workbench.close();
      return {
        file,
        seed: {
          ...seed,
          matching: matched ? () => Promise.resolve(matched) : SEED_STAND_INS.matching,
          cocase: cocase ? () => Promise.resolve(cocase) : SEED_STAND_INS.cocase,
          backup: SEED_STAND_INS.backup,
          encrypted: SEED_STAND_INS.encrypted,
          user: SEED_STAND_INS.user,
        },
      };
    })();
    templates.set(stage, made);
  }
  return made;
}

/** A fresh copy of the stage's seeded database, and the service over it. */
async function seededService(method: Method): Promise<{ service: Service; seed: Seed }> {
  const stage = await stageFor(method);
  if (stage === 'live') {
    const service = serviceOver(openTempWorkbench());
    return { service, seed: await seedRound(service) };
  }
  const template = await seededTemplate(stage);
  const folder = tempFolder();
  fs.copyFileSync(template.file, databaseFileIn(folder));
  const workbench = openTempWorkbench({}, folder);
  return { service: serviceOver(workbench), seed: template.seed };
}

describe('every contract method', () => {
  it.each(Object.keys(goodCalls) as Method[])(
    '%s answers good input with output its schema accepts',
    async (method) => {
      const { service, seed } = await seededService(method);
      const input = await goodCalls[method](seed);
      const output = await service.invoke(method, input);
      expect(contract[method].output.safeParse(output).success).toBe(true);
    },
  );

  it.each(Object.keys(goodCalls) as Method[])(
    '%s refuses unknown fields with a ValidationError and changes nothing',
    async (method) => {
      const workbench = openTempWorkbench();
      const service = serviceOver(workbench);
      // The schema refuses the field before anything is looked up: well-formed ids stand in for a
      // match run and a family (running a match for each of these would take seconds).
      const seed: Seed = { ...(await seedRound(service)), ...SEED_STAND_INS };
      const input = {
        ...((await goodCalls[method](seed)) as object),
        surname: 'Garcia',
      };
      const before = everyRow(workbench);
      const error = await refusal(service.invoke(method, input));
      expect(error.kind).toBe('ValidationError');
      expect(error.issues).toEqual([
        { path: 'surname', message: 'This field is not expected here.' },
      ]);
      expect(error.message).toMatch(/surname/);
      expect(everyRow(workbench)).toEqual(before);
    },
  );
});

describe('the service boundary', () => {
  it('answers an unknown method with NotFound', async () => {
    const error = await refusal(serviceOver(openTempWorkbench()).invoke('ledger.drop', {}));
    expect(error.kind).toBe('NotFound');
    expect(error.message).toMatch(/no method "ledger.drop"/);
  });

  it('handle() turns errors into envelopes that cross a transport intact', async () => {
    const service = serviceOver(openTempWorkbench());
    const envelope = await service.handle('workspace.setCounty', { countyId: 'x' });
    expect(envelope.ok).toBe(false);
    const revived = JSON.parse(JSON.stringify(envelope)) as typeof envelope;
    if (revived.ok) throw new Error('expected an error envelope');
    const error = ApiError.fromBody(revived.error);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('ValidationError');
    expect(error.issues[0]?.path).toBe('countyId');
  });
});
