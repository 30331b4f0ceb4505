/**
 * Every workbook the Workbench exports, made through the service from the demo county (with small
 * synthetic extracts and a match run, which the demo lacks): what the print tests convert and read.
 */
import { loadDemoCounty, readDemoDataset } from '../../src/demo/demoCounty';
import { synthesizeExtracts } from '../../src/demo/synthExtracts';
import { typedInvoke, type Service } from '../../src/api/service';
import type { ExportFile } from '../../src/api/files.contract';
import { resourcesFolder } from '../../src/server/paths';
import { settledJob } from './jobs';
import { importExtract } from './matching';
import { extractCsv } from './privacyInputs';

const COUNTY = 49; // the demo county, Sonoma

export interface ExportedWorkbook {
  /** A short file name that says which export it is, e.g. "fiscal.xlsx". */
  readonly name: string;
  readonly bytes: Buffer;
}

const bytesOf = (file: ExportFile) => Buffer.from(file.bytesBase64, 'base64');

export async function everyExport(service: Service): Promise<ExportedWorkbook[]> {
  const invoke = typedInvoke(service);
  const dataset = readDemoDataset(resourcesFolder);
  await loadDemoCounty(invoke, dataset);
  const extracts = synthesizeExtracts({
    calworksPersons: 300,
    cwsPersons: 150,
    mutualPersons: 60,
    seed: 827,
  });
  const extractIds = await Promise.all(
    (['calworks', 'cws'] as const).map(async (side) => {
      const job = await importExtract(service, side, extractCsv(side, extracts[side]), COUNTY);
      return (job.result as { extractId: number }).extractId;
    }),
  );
  const [calworksExtractId = 0, cwsExtractId = 0] = extractIds;
  const started = await invoke('matching.startRun', {
    countyId: COUNTY,
    calworksExtractId,
    cwsExtractId,
  });
  const runId = ((await settledJob(service, started.jobId)).result as { runId: number }).runId;

  const [round] = await invoke('readiness.listRounds', { countyId: COUNTY });
  if (!round) throw new Error('the demo county has no readiness round');
  const sfyStartYear = Math.max(...dataset.fiscal.sfys);
  const made: [string, Promise<ExportFile>][] = [
    ['readiness', invoke('readiness.exportWorkbook', { roundId: round.id })],
    ['readiness-template', invoke('readiness.exportTemplate', { roundId: round.id })],
    ['program', invoke('program.exportWorkbook', { countyId: COUNTY })],
    ['cocase-worklists', invoke('cocase.exportWorklists', { countyId: COUNTY })],
    ['cocase-evaluation', invoke('cocase.exportEvaluation', { countyId: COUNTY })],
    ['matching', invoke('matching.exportRun', { runId, identifiers: false })],
    ['matching-identifiers', invoke('matching.exportRun', { runId, identifiers: true })],
    ['fiscal', invoke('fiscal.exportWorkbook', { countyId: COUNTY, sfyStartYear })],
  ];
  const exported: ExportedWorkbook[] = [];
  for (const [name, file] of made)
    exported.push({ name: `${name}.xlsx`, bytes: bytesOf(await file) });

  const pkg = await invoke('reports.exportPackage', { countyId: COUNTY, sfyStartYear });
  exported.push({ name: 'report-package.xlsx', bytes: bytesOf(pkg) });
  const rollup = await invoke('reports.createRollup', { name: 'Print check', sfyStartYear });
  await invoke('reports.addPackage', {
    rollupId: rollup.id,
    fileName: 'Sonoma.xlsx',
    bytesBase64: pkg.bytesBase64,
  });
  const rolled = await invoke('reports.exportRollup', { rollupId: rollup.id });
  exported.push({ name: 'rollup.xlsx', bytes: bytesOf(rolled) });
  return exported;
}
