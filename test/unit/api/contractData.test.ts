import { describe, expect, it } from 'vitest';
import { contract, CONTRACT_DATA, type Method } from '../../../src/api/contract';
import * as data from '../../../src/api/contractData';
import { DATA_NAMES, type MethodSpec } from '../../../src/api/contractTypes';
import { JOB_KIND_NAMES } from '../../../src/api/jobs/jobTypes';

const specs = Object.entries(contract) as [Method, MethodSpec][];
const queriesReading = (changed: Parameters<typeof data.queriesReading>[1]) =>
  data.queriesReading(CONTRACT_DATA, changed);
const dataChangedBy = (method: Method) => data.dataChangedBy(CONTRACT_DATA, method);
const dataChangedByJob = (kind: Parameters<typeof data.dataChangedByJob>[1]) =>
  data.dataChangedByJob(CONTRACT_DATA, kind);

/**
 * What the contract says each method reads or changes is what the client refreshes by (issue 21).
 * These are the declarations' own rules, and a few refreshes worked out by hand.
 */
describe('what each method reads and changes', () => {
  it('every method is a query (reads) or a change (changes), never both', () => {
    for (const [method, spec] of specs) {
      expect([method, spec.reads === undefined]).not.toEqual([method, spec.changes === undefined]);
    }
  });

  it('every kind of data is changed by some method and read by some query', () => {
    const changed = new Set(specs.flatMap(([, spec]) => spec.changes ?? []));
    const read = new Set(specs.flatMap(([, spec]) => spec.reads ?? []));
    expect([...changed].sort()).toEqual([...DATA_NAMES].sort());
    expect([...read].sort()).toEqual([...DATA_NAMES].sort());
  });

  it('each kind of job is started by exactly one change, and its start changes nothing yet', () => {
    const starters = specs.filter(([, spec]) => spec.changes !== undefined && spec.job);
    expect(starters.map(([, spec]) => (spec.changes ? spec.job : null)).sort()).toEqual(
      [...JOB_KIND_NAMES].sort(),
    );
    for (const [method] of starters) expect(dataChangedBy(method)).toEqual([]);
    expect(dataChangedByJob('fiscal.importLedger')).toEqual(['ledger']);
    expect(dataChangedByJob('matching.run')).toEqual(['matchRuns']);
  });

  it('a saved ledger row refreshes the ledger, the summary, history and what sums it up', () => {
    expect(dataChangedBy('fiscal.saveEntry')).toEqual(['ledger']);
    expect(queriesReading(dataChangedBy('fiscal.saveEntry')).sort()).toEqual([
      'cocase.family',
      'fiscal.exportWorkbook',
      'fiscal.listLedger',
      'fiscal.previewImport',
      'fiscal.summary',
      'history.lastChange',
      'history.lastUndone',
      'history.list',
      'reports.exportPackage',
      'reports.exportReportPdf',
      'reports.previewPackage',
      'workspace.standing',
    ]);
  });

  it('a budget refreshes budgets and the summary, never the ledger', () => {
    const refreshed = queriesReading(dataChangedBy('fiscal.deleteBudget'));
    expect(refreshed).toEqual(expect.arrayContaining(['fiscal.listBudgets', 'fiscal.summary']));
    expect(refreshed).not.toContain('fiscal.listLedger');
  });

  it('undo refreshes every view of what it can revert; restore refreshes every stored view', () => {
    const afterUndo = queriesReading(dataChangedBy('history.undo'));
    expect(afterUndo).toEqual(
      expect.arrayContaining([
        'program.getModel',
        'program.getPlan',
        'program.listTeam',
        'program.listTrainings',
        'fiscal.reference',
        'fiscal.listBudgets',
        'fiscal.listLedger',
        'fiscal.summary',
      ]),
    );
    expect(afterUndo).not.toContain('readiness.results');
    const stored = specs.filter(([, spec]) => (spec.reads ?? []).length > 0).map(([m]) => m);
    expect(queriesReading(dataChangedBy('system.restoreBackup')).sort()).toEqual(stored.sort());
  });

  it('the map the renderer gets says what the contract says, without the schemas', () => {
    const sent = JSON.parse(JSON.stringify(CONTRACT_DATA)) as Record<string, object>;
    expect(Object.keys(sent).sort()).toEqual(Object.keys(contract).sort());
    const schemaKeys = ['input', 'output', 'summary'];
    for (const [method, spec] of specs) {
      const declared = Object.entries(spec).filter(([key]) => !schemaKeys.includes(key));
      expect([method, sent[method]]).toEqual([method, Object.fromEntries(declared)]);
    }
  });

  it('only the review queue and a family’s names carry identifiers; the run workbook on request', () => {
    const carrying = specs
      .filter(([, spec]) => spec.identifiers !== 'none')
      .map(([method, spec]) => [method, spec.identifiers]);
    expect(carrying.sort()).toEqual([
      ['matching.exportRun', 'onRequest'],
      ['matching.familyPersons', 'always'],
      ['matching.reviewQueue', 'always'],
    ]);
  });
});
