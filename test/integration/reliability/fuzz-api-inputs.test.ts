/**
 * Fuzzing every API method's input: arbitrary JSON and near-valid inputs made from the method's
 * schema, through service.invoke on a small seeded database. Each call succeeds or is refused
 * with an ApiError that is not 'Internal'; a ValidationError names its field (unless the whole
 * input is not an object); no call hangs; and a refused call leaves the database as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../src/api/contract';
import { ApiError } from '../../../src/api/errors';
import { validateInput, type Service } from '../../../src/api/service';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../../src/db/openDatabase';
import { budgetedCounty, CURRENT_SFY, FISCAL_COUNTY } from '../../support/fiscal';
import { databaseFingerprint, expectNamedRefusal, FuzzTally, settle } from '../../support/fuzzDb';
import { inputFor } from '../../support/fuzzSchema';
import { FUZZ_SEED, sized } from '../../support/soak';
import { refusal, serviceOver } from '../../support/workbench';

const tally = new FuzzTally('api-inputs');
const boundary = new FuzzTally('api-schemas');
const CASE_MS = 10_000;

let folder: string;
let workbench: Workbench;
let service: Service;

/** A county with a budget, a ledger entry, a readiness round, a family and a roll-up. */
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-fuzz-api-'));
  workbench = openDatabase(databaseFileIn(folder));
  const { invoke, line } = await budgetedCounty(workbench);
  service = serviceOver(workbench);
  await invoke('fiscal.saveEntry', {
    countyId: FISCAL_COUNTY,
    date: `${CURRENT_SFY}-08-01`,
    streamId: line.streamId,
    categoryId: line.categoryId,
    amount: '$125.00',
  });
  await invoke('readiness.createRound', {
    countyId: FISCAL_COUNTY,
    title: 'Fuzz round',
    heldOn: '2026-04-15',
  });
  await invoke('cocase.saveFamily', {
    countyId: FISCAL_COUNTY,
    calworksCase: 'C-1',
    cwsCase: 'W-1',
    tier: 'secondary',
    group: 'linkages',
    startDate: '2026-02-01',
  });
  await invoke('reports.createRollup', { name: 'Fuzz', sfyStartYear: 2025 });
  // A county's shipped funding streams and categories are written on its first fiscal call,
  // even one then refused (fiscalRules.ts, ensureReference): seeded here so that the property
  // "a refused call writes nothing" holds for the calls' own data.
  for (let countyId = 1; countyId <= 58; countyId++) await invoke('fiscal.reference', { countyId });
});

afterAll(() => {
  tally.report();
  boundary.report();
  workbench?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Exports write a workbook on every valid call: fewer cases, the same checks. */
const runsFor = (method: string) => (/export|Export/.test(method) ? sized(8, 120) : sized(40, 120));

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A refusal whose issue may sit at the path "": the input is not an object, or it has an unexpected
 * field named "" (service.ts joins the key onto its parent's path, so it reads as the whole input).
 */
const wholeInputWrong = (input: unknown) =>
  !isObject(input ?? {}) || (isObject(input) && Object.hasOwn(input as object, ''));

describe('what fuzzing the API found', () => {
  it('refuses a day outside 1900–2199 at its field: the evaluation of year 0 was an internal error', async () => {
    for (const asOf of ['0000-01-01', '0999-12-31', '9999-12-31']) {
      const error = await refusal(
        service.invoke('cocase.evaluation', { countyId: FISCAL_COUNTY, asOf }),
      );
      expect(error.kind).toBe('ValidationError');
      expect(error.issues.map((i) => i.path)).toEqual(['asOf']);
    }
    const error = await refusal(
      service.invoke('readiness.createRound', {
        countyId: FISCAL_COUNTY,
        title: 'Old',
        heldOn: '0001-01-01',
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['heldOn']);
    await expect(
      service.invoke('cocase.evaluation', { countyId: FISCAL_COUNTY, asOf: '2199-12-31' }),
    ).resolves.toMatchObject({ asOf: '2199-12-31' });
  });
});

describe('fuzzing every API method input', () => {
  for (const [method, spec] of Object.entries(contract)) {
    it(`${method}: succeeds or refuses by field, and a refusal writes nothing`, () =>
      tally.run(() =>
        fc.assert(
          fc.asyncProperty(inputFor(spec.input), async (input) => {
            tally.cases++;
            const before = databaseFingerprint(workbench.sqlite);
            const settled = await settle(
              () => service.invoke(method, input),
              CASE_MS,
              method,
              wholeInputWrong(input),
            );
            tally.note(settled.ok ? 'ok' : settled.error.kind);
            if (!settled.ok) {
              expect(databaseFingerprint(workbench.sqlite), `${method} refused but wrote`).toBe(
                before,
              );
            }
          }),
          { seed: FUZZ_SEED, numRuns: runsFor(method) },
        ),
      ));
  }
});

/**
 * The same inputs at the boundary alone (validateInput: the method's schema and the field issues
 * every shell gets), which touches no data, so each schema takes the soak's full 10,000 cases.
 * Each input is accepted, or refused by a ValidationError naming its fields; never anything else.
 */
describe('fuzzing every API input schema at the boundary', () => {
  for (const [method, spec] of Object.entries(contract)) {
    it(`${method}: its schema accepts or refuses by field, never throws otherwise`, () =>
      boundary.run(() =>
        fc.assert(
          fc.property(inputFor(spec.input), (input) => {
            boundary.cases++;
            try {
              validateInput(method, input);
              boundary.note('accepted');
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
              expect(error.kind).toBe('ValidationError');
              expectNamedRefusal(error, method, wholeInputWrong(input));
              boundary.note('refused');
            }
          }),
          { seed: FUZZ_SEED, numRuns: sized(100, 10_000) },
        ),
      ));
  }
});
