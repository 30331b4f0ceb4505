/**
 * No identifier of a person (name, date of birth, SSN) in what the Workbench writes where one must
 * never be (DOMAIN.md, privacy): its log at the most verbose setting (LINKAGES_LOG=debug) in
 * process and from `npm run serve`, every error message and field issue, the county report package
 * (workbook and PDF report) and the statewide roll-up, and every export that is not the identifier
 * export the user asked for.
 *
 * Left out on purpose: the run workbook with `identifiers: true` and the review queue and family
 * names (matching.reviewQueue, matching.familyPersons) carry identifiers by design, for the person
 * who asked; the run workbook with identifiers is scanned below as the scanner's positive control.
 * The extract samples (matching.extractExample, file "sample") are person-shaped by design: their
 * persons are invented by the generator (a test checks their SSNs are of a never-issued area), and
 * their common names would be found among the scanner's as coincidences. Their templates are
 * scanned, as are the other imports' templates and samples.
 * Errors may quote the caller's own text in fields that hold no identifiers (an amount, an outcome,
 * a method name): nothing is planted there, since quoting the caller's own cell is the design.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Invoke, type Method } from '../../../src/api/contract';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import type { Envelope } from '../../../src/api/errors';
import { typedInvoke, type Service } from '../../../src/api/service';
import { synthesizeExtracts, type SynthPerson } from '../../../src/demo/synthExtracts';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../../src/db/openDatabase';
import { resourcesFolder } from '../../../src/server/paths';
import { settledJob } from '../../support/jobs';
import { base64, importExtract } from '../../support/matching';
import { IdentifierScanner, workbenchVocabulary, xlsxText } from '../../support/privacyScan';
import { runServe } from '../../support/serve';
import { captureVerboseOutput, poster, PrivacyEvidence } from '../../support/privacyEvidence';
import { serviceOver } from '../../support/workbench';
import { badExtract, badLedger, badOutcomes, extractCsv } from '../../support/privacyInputs';

const COUNTY = 49; // the demo county, Sonoma
const identifiersOf = (method: Method) => contract[method].identifiers;
const dataset = readDemoDataset(resourcesFolder);
const extracts = synthesizeExtracts({
  calworksPersons: 300,
  cwsPersons: 150,
  mutualPersons: 60,
  seed: 827,
});
const persons: SynthPerson[] = [...extracts.calworks, ...extracts.cws];
const scanner = new IdentifierScanner(persons, {
  vocabulary: workbenchVocabulary(),
  // The demo's ledger, meetings and outcomes are dated from 2022 on; a date there is no sign.
  datesOfBirthBefore: '2022-01-01',
});

let folder: string;
let workbench: Workbench;
let service: Service;
let invoke: Invoke;
let evidence: PrivacyEvidence;
let restoreOutput: () => void;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-privacy-'));
  workbench = openDatabase(databaseFileIn(folder));
  service = serviceOver(workbench);
  invoke = typedInvoke(service);
  evidence = new PrivacyEvidence(service);
  restoreOutput = captureVerboseOutput(evidence.logs);
});

afterAll(() => {
  restoreOutput();
  if (workbench.sqlite.open) workbench.close();
  fs.rmSync(folder, { recursive: true, force: true });
  console.log(evidence.summary(scanner));
  console.log(`PRIVACY responses=${evidence.responses.length} ${JSON.stringify(scanner.counts)}`);
});

describe('identifiers stay out of logs, errors, packages and exports', () => {
  it('the scanner finds an identifier planted in text and in a workbook', async () => {
    const [someone] = persons.filter((p) => p.ssn.length === 11 && p.dob < '2022');
    if (!someone) throw new Error('the extracts have no person with a full SSN');
    const planted = `note: ${someone.firstName.toLowerCase()} ${someone.lastName} born ${someone.dob}`;
    expect(scanner.scan('self-check', planted).map((f) => f.kind)).toEqual(
      expect.arrayContaining(['full name', 'date of birth']),
    );
    expect(scanner.scan('self-check', `ssn ${someone.ssn.replace(/-/g, '')}`)).toHaveLength(1);
    expect(scanner.scan('self-check', 'Reunification within 12 months, SFY 2025-26')).toEqual([]);
    expect(scanner.total).toBeGreaterThan(300);
  });

  it('the demo county, matching, review and co-case work', { timeout: 60_000 }, async () => {
    await loadDemoCounty(invoke, dataset);
    const calworks = await importExtract(
      service,
      'calworks',
      extractCsv('calworks', extracts.calworks),
      COUNTY,
    );
    const cws = await importExtract(service, 'cws', extractCsv('cws', extracts.cws), COUNTY);
    const calworksExtractId = (calworks.result as { extractId: number }).extractId;
    const cwsExtractId = (cws.result as { extractId: number }).extractId;
    const started = await invoke('matching.startRun', {
      countyId: COUNTY,
      calworksExtractId,
      cwsExtractId,
    });
    const runId = ((await settledJob(service, started.jobId)).result as { runId: number }).runId;

    await evidence.call('matching.runs', { countyId: COUNTY });
    await evidence.call('matching.extracts', { countyId: COUNTY });
    await evidence.call('matching.runView', { runId });
    await evidence.call('matching.families', { runId });
    // Identifiers by design, shown to the reviewer who asked: decided on, not scanned.
    const queue = await invoke('matching.reviewQueue', { runId, limit: 4 });
    for (const [n, pair] of queue.pairs.entries()) {
      const { calworksRow, cwsRow } = pair;
      await evidence.call('matching.decide', {
        runId,
        calworksRow,
        cwsRow,
        decision: n % 2 ? 'non-match' : 'match',
      });
    }
    await evidence.call('cocase.addFromRun', { countyId: COUNTY, runId, startDate: '2025-07-01' });
    await evidence.call('cocase.families', { countyId: COUNTY });
    await evidence.call('cocase.worklists', { countyId: COUNTY });
    await evidence.call('cocase.evaluation', { countyId: COUNTY });
    await evidence.call('workspace.standing', { countyId: COUNTY });
    for (const round of await invoke('readiness.listRounds', { countyId: COUNTY })) {
      await evidence.call('readiness.results', { roundId: round.id });
      await evidence.exported('readiness.exportWorkbook', { roundId: round.id }, 'exports');
      await evidence.exported('readiness.exportTemplate', { roundId: round.id }, 'exports');
      await evidence.exported('readiness.exportSample', { roundId: round.id }, 'exports');
    }
    await evidence.call('program.getModel', { countyId: COUNTY });
    await evidence.exported('program.exportWorkbook', { countyId: COUNTY }, 'exports');
    await evidence.exported('cocase.exportWorklists', { countyId: COUNTY }, 'exports');
    await evidence.exported('cocase.exportEvaluation', { countyId: COUNTY }, 'exports');
    await evidence.exported('matching.exportRun', { runId, identifiers: false }, 'exports');
    for (const file of ['template', 'sample'] as const) {
      await evidence.exported('fiscal.ledgerExample', { file }, 'exports');
      await evidence.exported('cocase.outcomesExample', { file }, 'exports');
    }
    for (const side of ['calworks', 'cws'] as const) {
      await evidence.exported('matching.extractExample', { side, file: 'template' }, 'exports');
    }

    const rollup = await invoke('reports.createRollup', {
      name: 'Privacy check',
      sfyStartYear: 2025,
    });
    for (const sfyStartYear of dataset.fiscal.sfys) {
      await evidence.call('fiscal.summary', { countyId: COUNTY, sfyStartYear });
      await evidence.exported(
        'fiscal.exportWorkbook',
        { countyId: COUNTY, sfyStartYear },
        'exports',
      );
      const pkg = await evidence.exported(
        'reports.exportPackage',
        { countyId: COUNTY, sfyStartYear },
        'packages',
      );
      await evidence.exportedPdf(
        'reports.exportReportPdf',
        { countyId: COUNTY, sfyStartYear },
        'packages',
      );
      if (sfyStartYear === 2025) {
        await evidence.call('reports.addPackage', {
          rollupId: rollup.id,
          fileName: 'Sonoma.xlsx',
          bytesBase64: pkg.bytesBase64,
        });
      }
    }
    await evidence.call('reports.rollupView', { rollupId: rollup.id });
    await evidence.exported('reports.exportRollup', { rollupId: rollup.id }, 'packages');

    // The positive control: the export the user asked identifiers for does show them.
    const confidential = await invoke('matching.exportRun', { runId, identifiers: true });
    const shown = scanner.scan(
      'control',
      xlsxText(Buffer.from(confidential.bytesBase64, 'base64')),
    );
    // Names sit in a cell each (no full name), dates of birth in date cells.
    expect(new Set(shown.map((f) => f.kind))).toEqual(new Set(['name', 'date of birth']));

    // The contract's word on identifiers holds: what was scanned clean above is declared to carry
    // none (the run workbook only on request), and what is declared to carry them does.
    const scanned = [...evidence.responses, ...evidence.exports, ...evidence.packages].map(
      ([where]) => where.split(' ')[0] as Method,
    );
    const declared = [...new Set(scanned)].map((method) => [method, identifiersOf(method)]);
    expect(declared).toEqual(
      declared.map(([method]) => [method, method === 'matching.exportRun' ? 'onRequest' : 'none']),
    );
    const [family] = await invoke('matching.families', { runId });
    if (!family) throw new Error('the run found no mutual family');
    const { calworksCase, cwsCase } = family;
    const revealed = await invoke('matching.familyPersons', { runId, calworksCase, cwsCase });
    // (The review queue is declared the same way; this run left no pair in its review band.)
    expect(identifiersOf('matching.familyPersons')).toBe('always');
    expect(scanner.scan('control', JSON.stringify(revealed)).length).toBeGreaterThan(0);
  });

  it('errors provoked on purpose, with identifiers in the bad rows and inputs', async () => {
    const someone = extracts.cws.find((p) => p.ssn.length === 11 && p.dob !== '');
    if (!someone) throw new Error('the CWS extract has no person with a full SSN');
    const fullName = `${someone.firstName} ${someone.lastName}`;
    // Imports whose bad rows carry names, dates of birth and SSNs next to the cell at fault.
    for (const side of ['calworks', 'cws'] as const) {
      const text = extractCsv(side, []) + badExtract(side, extracts[side].slice(0, 6));
      const read = await evidence.call('matching.readExtract', {
        countyId: COUNTY,
        side,
        fileName: `${side}.csv`,
        bytesBase64: base64(text),
      });
      const mapping = (read as { mapping: Record<string, string> } | null)?.mapping ?? {};
      const job = await evidence.call(
        'matching.startImport',
        { countyId: COUNTY, side, fileName: `${side}.csv`, bytesBase64: base64(text), mapping },
        'none',
      );
      const status = await settledJob(service, (job as { jobId: string }).jobId);
      expect(status.state).toBe('failed');
      evidence.errors.push(JSON.stringify(status));
    }
    const ledger = {
      countyId: COUNTY,
      fileName: 'ledger.csv',
      bytesBase64: base64(badLedger(extracts.cws.slice(0, 4))),
    };
    await evidence.call('fiscal.previewImport', ledger);
    const ledgerJob = (await evidence.call('fiscal.startLedgerImport', ledger, 'none')) as {
      jobId: string;
    };
    const ledgerStatus = await settledJob(service, ledgerJob.jobId);
    expect(ledgerStatus.state).toBe('failed');
    evidence.errors.push(JSON.stringify(ledgerStatus));
    const families = (await invoke('cocase.families', { countyId: COUNTY })).slice(0, 2);
    expect(
      await evidence.call('cocase.importOutcomes', {
        countyId: COUNTY,
        fileName: 'outcomes.csv',
        bytesBase64: base64(badOutcomes(families, extracts.cws.slice(0, 3))),
      }),
    ).toBeNull();

    // Inputs a person got wrong, holding a name, a date of birth or an SSN.
    const { streams, categories } = await invoke('fiscal.reference', { countyId: COUNTY });
    const [stream, category] = [streams[0], categories[0]];
    if (!stream || !category) throw new Error('the county has no funding stream or category');
    const entry = {
      countyId: COUNTY,
      date: '2025-08-01',
      streamId: stream.id,
      categoryId: category.id,
      amount: '$10.00',
    };
    const refusals = [
      evidence.call('fiscal.saveEntry', { ...entry, familyReference: fullName }),
      evidence.call('fiscal.saveEntry', {
        ...entry,
        description: `${fullName} ${someone.ssn} `.repeat(40),
      }),
      evidence.call('fiscal.saveEntry', {
        ...entry,
        date: someone.dob.split('-').reverse().join('/'),
      }),
      evidence.call('readiness.createRound', {
        countyId: COUNTY,
        title: `${fullName} `.repeat(30),
        heldOn: someone.dob,
      }),
      evidence.call('cocase.saveFamily', {
        countyId: COUNTY,
        calworksCase: fullName,
        cwsCase: someone.ssn,
      }),
      evidence.call('workspace.setCounty', { countyId: fullName }),
    ];
    expect(await Promise.all(refusals)).toEqual(refusals.map(() => null));

    // An internal error whose cause quotes the row: SQLite's message names the person.
    workbench.sqlite.exec(
      "CREATE TEMP TRIGGER quote_row BEFORE INSERT ON ledger_entry BEGIN SELECT RAISE(ABORT, 'rejected: ' || NEW.description); END",
    );
    const internal = await service.handle('fiscal.saveEntry', {
      ...entry,
      description: `Bus pass for ${fullName}, born ${someone.dob}`,
    });
    workbench.sqlite.exec('DROP TRIGGER quote_row');
    expect(internal).toMatchObject({ ok: false, error: { kind: 'Internal' } });
    evidence.errors.push(JSON.stringify(internal));
    expect(evidence.logs.join('')).toMatch(/fiscal\.saveEntry failed unexpectedly \(SqliteError\)/);
  });

  it('npm run serve at LINKAGES_LOG=debug, over the same data', { timeout: 60_000 }, async () => {
    workbench.close();
    const serve = runServe(['--data', folder, '--port', '0']);
    try {
      const post = poster(await serve.ready);
      const runs = (await post('matching.runs', { countyId: COUNTY })) as Envelope<
        { runId: number }[]
      >;
      const runId = runs.ok ? (runs.value[0]?.runId ?? 0) : 0;
      const workbook = (await post('matching.exportRun', { runId })) as Envelope<{
        bytesBase64: string;
      }>;
      if (!workbook.ok) throw new Error(`the run workbook was refused: ${workbook.error.message}`);
      const xml = xlsxText(Buffer.from(workbook.value.bytesBase64, 'base64'));
      evidence.exports.push(['serve matching.exportRun', xml]);
      await post('matching.reviewQueue', { runId });
      const someone = extracts.calworks[0] ?? persons[0];
      const fullName = `${someone?.firstName} ${someone?.lastName}`;
      for (const input of [
        { countyId: COUNTY, familyReference: fullName },
        { countyId: someone?.ssn },
      ]) {
        const refused = await post('fiscal.saveEntry', input);
        expect(refused.ok).toBe(false);
        evidence.errors.push(JSON.stringify(refused));
      }
      // A method and a page named after a person: the answers quote the caller (by design, not
      // scanned), the log must not.
      await post(encodeURIComponent(fullName), {});
      await post(`../${encodeURIComponent(fullName)}`, {});
    } finally {
      await serve.stop();
    }
    evidence.logs.push(serve.output());
    // The most verbose setting is on: a line per call, by method, status and time.
    expect(serve.output()).toMatch(/\[linkages\] matching\.exportRun 200 in \d+ ms/);
    expect(serve.output()).toMatch(
      /\[linkages\] fiscal\.saveEntry refused \(ValidationError, \d+ issues\)/,
    );
    expect(serve.output()).toMatch(/\[linkages\] \(unknown method\) 404 in \d+ ms/);
  });

  it('finds none of them anywhere', () => {
    expect(evidence.exports.length + evidence.packages.length).toBeGreaterThanOrEqual(12);
    expect(evidence.findings(scanner)).toEqual([]);
  });
});
