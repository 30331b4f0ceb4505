import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobStatusOutput } from '../../../src/api/jobs/contract';
import type { Service } from '../../../src/api/service';
import { writeSynthExtracts } from '../../../scripts/synth-extracts';
import { settledJob } from '../../support/jobs';
import { base64, finishedRun, importExtract, importedExtracts } from '../../support/matching';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-matching-api-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
writeSynthExtracts(folder, {
  calworksPersons: 3000,
  cwsPersons: 1500,
  mutualPersons: 600,
  seed: 4,
});
const calworksCsv = fs.readFileSync(path.join(folder, 'calworks.csv'), 'utf8');
const cwsCsv = fs.readFileSync(path.join(folder, 'cws.csv'), 'utf8');

const imported = (service: Service) => importedExtracts(service, calworksCsv, cwsCsv);

describe('person extracts through the service', () => {
  it('are read, mapped from their headers, imported as jobs and listed', async () => {
    const service = serviceOver(openTempWorkbench());
    const read = (await service.invoke('matching.readExtract', {
      countyId: 49,
      side: 'cws',
      fileName: 'cws.csv',
      bytesBase64: base64(cwsCsv),
    })) as { mapping: Record<string, string>; mappingProblems: string[] };
    expect(read.mapping).toMatchObject({
      personId: 'person_id',
      dob: 'dob',
      cwsStatus: 'cws_status',
    });
    expect(read.mappingProblems).toEqual([]);
    const job = await importExtract(service, 'cws', cwsCsv);
    expect(job).toMatchObject({
      state: 'done',
      kind: 'matching.importExtract',
      result: { rows: 1500 },
    });
    const extracts = (await service.invoke('matching.extracts', { countyId: 49 })) as {
      rows: number;
      side: string;
    }[];
    expect(extracts).toMatchObject([
      { side: 'cws', rows: 1500, fileName: 'cws.csv', purged: false },
    ]);

    const again = await importExtract(service, 'cws', cwsCsv);
    expect(again.state).toBe('failed');
    expect(again.message).toMatch(
      /^This CWS extract was imported already \(cws\.csv, \d{4}-\d{2}-\d{2}\)/,
    );
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toHaveLength(1);
  }, 60_000);

  it('with bad rows are refused whole, each problem by row and column, no value repeated', async () => {
    const service = serviceOver(openTempWorkbench());
    const lines = calworksCsv.split('\r\n');
    const [, second = '', third = ''] = lines;
    lines[1] = second.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$1-13-$3,');
    lines[2] = third.replace(/^([^,]*),[^,]*,/, '$1,,');
    const job = await importExtract(service, 'calworks', lines.join('\r\n'));
    expect(job).toMatchObject({
      state: 'failed',
      message: 'The CalWORKs extract has 2 problem(s); nothing was imported.',
      problemCount: 2,
      problems: [
        { row: 2, column: 'dob', reason: 'not a date (write it as 2015-07-31 or 7/31/2015)' },
        { row: 3, column: 'case_number', reason: 'the case number is missing' },
      ],
    });
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toEqual([]);
  }, 60_000);

  it('need a mapping that fits: the import is refused at once, naming the field', async () => {
    const service = serviceOver(openTempWorkbench());
    const error = await service
      .invoke('matching.startImport', {
        countyId: 49,
        side: 'cws',
        fileName: 'cws.csv',
        bytesBase64: base64(cwsCsv),
        mapping: {
          personId: 'person_id',
          caseNumber: 'case_number',
          firstName: 'first_name',
          lastName: 'last_name',
          dob: 'birthday',
        },
      })
      .catch((e: unknown) => e as { kind: string; issues: { path: string }[] });
    expect(error).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'mapping.dob' }] });
  });

  it('that break off further down (a quote never closed) are refused as files, not as errors of ours', async () => {
    const service = serviceOver(openTempWorkbench());
    const job = await importExtract(service, 'cws', `${cwsCsv}\r\nB9,W-9,"ANA,LEE`);
    expect(job).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^The quoted value that starts on line 1503 is never closed/),
    });
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toEqual([]);
  });
});

describe('a match run through the service', () => {
  it('runs as a job with progress, is saved with its model, and is viewed at any thresholds', async () => {
    const service = serviceOver(openTempWorkbench());
    const extracts = await imported(service);
    const started = (await service.invoke('matching.startRun', {
      countyId: 49,
      ...extracts,
    })) as JobStatusOutput;
    expect(started).toMatchObject({ state: 'running', kind: 'matching.run', countyId: 49 });
    const stages = new Set<string>();
    let status = started;
    while (status.state === 'running') {
      status = (await service.invoke('jobs.status', { jobId: started.jobId })) as JobStatusOutput;
      if (status.stage) stages.add(status.stage);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(status.state).toBe('done');
    expect(stages.has('save') || stages.has('score')).toBe(true);
    const runs = (await service.invoke('matching.runs', { countyId: 49 })) as {
      runId: number;
      accept: number;
      seed: number;
    }[];
    expect(runs).toMatchObject([
      { runId: (status.result as { runId: number }).runId, accept: 0.9, seed: 1 },
    ]);
    const view = (await service.invoke('matching.runView', { runId: runs[0]?.runId })) as {
      links: number;
      reviewPairs: number;
      families: number;
      rates: { population: string; count: number; matched: number }[];
      run: { pairsCompared: number };
      model: {
        blocking: { rule: string; pairs: number; blockPairs: number; largestBlock: number }[];
      };
    };
    // Each rule's load, counted from block sizes before comparing, holds what it brought first,
    // and the first-found shares add up to the pairs compared.
    const { blocking } = view.model;
    expect(blocking.map((rule) => rule.rule)).toContain('SSN');
    for (const rule of blocking) {
      expect(rule.blockPairs).toBeGreaterThanOrEqual(rule.pairs);
      expect(rule.largestBlock).toBeLessThanOrEqual(rule.blockPairs);
    }
    expect(blocking.reduce((sum, rule) => sum + rule.pairs, 0)).toBe(view.run.pairsCompared);
    expect(blocking.reduce((sum, rule) => sum + rule.blockPairs, 0)).toBeGreaterThan(
      view.run.pairsCompared,
    );
    expect(view.links).toBeGreaterThan(550);
    expect(view.links).toBeLessThan(650);
    expect(view.families).toBeGreaterThan(150);
    expect(view.rates.map((r) => r.population)).toEqual([
      'All CalWORKs children',
      'All CWS children with a referral',
      'CWS children with an open case',
    ]);
    const families = (await service.invoke('matching.families', { runId: runs[0]?.runId })) as {
      calworksCase: string;
      cwsCase: string;
      tier: string;
    }[];
    expect(families).toHaveLength(view.families);
    expect(families.every((f) => /^C-\d+$/.test(f.calworksCase) && /^W-\d+$/.test(f.cwsCase))).toBe(
      true,
    );
    const tiers = (view as unknown as { tiers: { secondary: number; tertiary: number } }).tiers;
    expect(tiers.secondary + tiers.tertiary).toBe(view.families);
    expect(tiers.tertiary).toBe(families.filter((f) => f.tier === 'tertiary').length);
    expect(tiers.tertiary).toBeGreaterThan(0);
    expect(tiers.secondary).toBeGreaterThan(tiers.tertiary);
    const strict = (await service.invoke('matching.runView', {
      runId: runs[0]?.runId,
      accept: 0.999,
      review: 0.5,
    })) as { links: number; reviewPairs: number };
    expect(strict.links).toBeLessThanOrEqual(view.links);
    expect(strict.links + strict.reviewPairs).toBe(view.links + view.reviewPairs);
  }, 120_000);

  it('queues uncertain pairs for blind review, and decisions move them to links or away', async () => {
    const service = serviceOver(openTempWorkbench());
    const extracts = await imported(service);
    // A wide review band, so the queue surely holds pairs.
    const runId = await finishedRun(service, extracts, { accept: 0.999999, review: 0.01 });
    type Queue = {
      total: number;
      pairs: {
        calworksRow: number;
        cwsRow: number;
        fields: { field: string; calworks: string; cws: string; level: string; agrees: string }[];
      }[];
    };
    const queue = (await service.invoke('matching.reviewQueue', { runId, limit: 5 })) as Queue;
    expect(queue.total).toBeGreaterThan(2);
    expect(queue.pairs.length).toBe(Math.min(5, queue.total));
    const [first, second] = queue.pairs;
    expect(first?.fields.map((f) => f.field)).toEqual([
      'First name',
      'Last name',
      'Date of birth',
      'SSN',
      'Address',
      'Sex',
    ]);
    for (const field of first?.fields ?? []) {
      expect(['yes', 'partly', 'no', 'missing']).toContain(field.agrees);
      if (field.field === 'SSN')
        expect(`${field.calworks}${field.cws}`).not.toMatch(/\d{3}-\d{2}-\d{4}/);
    }
    const before = (await service.invoke('matching.runView', { runId })) as {
      links: number;
      decided: object;
    };
    // The Overview's figures for the run (kept between visits) follow every decision.
    const toReview = async () => {
      const { items } = (await service.invoke('workspace.standing', { countyId: 49 })) as {
        items: { item: { kind: string; pairsToReview?: number } }[];
      };
      return items.find(({ item }) => item.kind === 'newestMatchRun')?.item.pairsToReview;
    };
    expect(await toReview()).toBe(queue.total);
    const yes = (await service.invoke('matching.decide', {
      runId,
      calworksRow: first?.calworksRow,
      cwsRow: first?.cwsRow,
      decision: 'match',
    })) as { remaining: number; decided: object };
    expect(yes).toEqual({ remaining: queue.total - 1, decided: { matches: 1, nonMatches: 0 } });
    await service.invoke('matching.decide', {
      runId,
      calworksRow: second?.calworksRow,
      cwsRow: second?.cwsRow,
      decision: 'non-match',
    });
    const after = (await service.invoke('matching.runView', { runId })) as {
      links: number;
      reviewPairs: number;
      decided: object;
    };
    expect(after).toMatchObject({
      links: before.links + 1,
      reviewPairs: queue.total - 2,
      decided: { matches: 1, nonMatches: 1 },
    });
    expect(await toReview()).toBe(queue.total - 2);
    const next = (await service.invoke('matching.reviewQueue', { runId, limit: 5 })) as Queue;
    expect(
      next.pairs.some((p) => p.calworksRow === first?.calworksRow && p.cwsRow === first?.cwsRow),
    ).toBe(false);
    // Undo: the pair is back in the queue.
    const undone = (await service.invoke('matching.decide', {
      runId,
      calworksRow: first?.calworksRow,
      cwsRow: first?.cwsRow,
      decision: null,
    })) as { remaining: number };
    expect(undone.remaining).toBe(queue.total - 1);
    expect(await toReview()).toBe(queue.total - 1);
  }, 120_000);

  it('purges identifiers and keeps each run’s family pairs, counts and match rates', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    const extracts = await imported(service);
    const runId = await finishedRun(service, extracts);
    const queue = (await service.invoke('matching.reviewQueue', { runId })) as {
      pairs: { calworksRow: number; cwsRow: number }[];
    };
    const [first] = queue.pairs;
    if (first) await service.invoke('matching.decide', { runId, ...first, decision: 'match' });
    const before = (await service.invoke('matching.runView', { runId })) as {
      run: Record<string, unknown>;
    };
    expect(before.run.purged).toBe(false);

    const purged = await service.invoke('matching.purge', { countyId: 49 });
    expect(purged).toEqual({ extracts: 2, persons: 4500, runsKept: 1 });
    const count = (table: string) =>
      (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('match_person'), count('match_pair'), count('match_decision')]).toEqual([
      0, 0, 0,
    ]);
    // No name of the extracts is left anywhere in the database file's tables.
    const surname = calworksCsv.split('\r\n')[1]?.split(',')[4] ?? '';
    const dump = workbench.sqlite
      .prepare('SELECT group_concat(purged_results_json) AS text FROM match_run')
      .get() as { text: string };
    expect(surname.length).toBeGreaterThan(2);
    expect(dump.text).not.toContain(surname);
    expect(dump.text).toMatch(/C-\d+/); // the case-number pairs stay

    expect(await service.invoke('matching.runView', { runId })).toEqual({
      ...before,
      run: { ...before.run, purged: true },
    });
    const other = await service
      .invoke('matching.runView', { runId, accept: 0.99 })
      .catch((e: unknown) => e as { kind: string; message: string });
    expect(other).toMatchObject({
      kind: 'ValidationError',
      message: expect.stringMatching(/were purged/),
    });
    expect(await service.invoke('matching.reviewQueue', { runId })).toMatchObject({
      total: 0,
      pairs: [],
    });
    const extractsNow = (await service.invoke('matching.extracts', { countyId: 49 })) as {
      purged: boolean;
    }[];
    expect(extractsNow.every((e) => e.purged)).toBe(true);
    const rerun = await service
      .invoke('matching.startRun', { countyId: 49, ...extracts })
      .catch((e: unknown) => e as { kind: string });
    expect(rerun).toMatchObject({ kind: 'ValidationError' });
  }, 120_000);

  it('stops when cancelled and saves nothing', async () => {
    const service = serviceOver(openTempWorkbench());
    const extracts = await imported(service);
    const started = (await service.invoke('matching.startRun', {
      countyId: 49,
      ...extracts,
    })) as JobStatusOutput;
    await service.invoke('jobs.cancel', { jobId: started.jobId });
    const status = await settledJob(service, started.jobId);
    expect(status).toMatchObject({
      state: 'cancelled',
      message: 'Cancelled; nothing was written.',
      result: null,
    });
    expect(await service.invoke('matching.runs', { countyId: 49 })).toEqual([]);
  }, 120_000);

  it('needs a CalWORKs and a CWS extract of the county', async () => {
    const service = serviceOver(openTempWorkbench());
    const { calworksExtractId, cwsExtractId } = await imported(service);
    const swapped = await service
      .invoke('matching.startRun', {
        countyId: 49,
        calworksExtractId: cwsExtractId,
        cwsExtractId: calworksExtractId,
      })
      .catch((e: unknown) => e as { kind: string; issues: { path: string; message: string }[] });
    expect(swapped).toMatchObject({
      kind: 'ValidationError',
      issues: [{ path: 'calworksExtractId', message: `Extract ${cwsExtractId} is a CWS extract.` }],
    });
    const elsewhere = await service
      .invoke('matching.startRun', { countyId: 19, calworksExtractId, cwsExtractId })
      .catch((e: unknown) => e as { kind: string });
    expect(elsewhere).toMatchObject({ kind: 'NotFound' });
  }, 60_000);
});
