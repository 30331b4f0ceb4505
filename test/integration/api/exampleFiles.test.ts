import { describe, expect, it } from 'vitest';
import { typedInvoke, type Service } from '../../../src/api/service';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { resourcesFolder } from '../../../src/server/paths';
import { settledJob } from '../../support/jobs';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const text = (file: { bytesBase64: string }) => Buffer.from(file.bytesBase64, 'base64').toString();
/** A downloaded file, as the page uploads it again. */
const upload = ({ fileName, bytesBase64 }: { fileName: string; bytesBase64: string }) => ({
  fileName,
  bytesBase64,
});

async function importExtract(service: Service, side: 'calworks' | 'cws', countyId: number) {
  const invoke = typedInvoke(service);
  const sample = await invoke('matching.extractExample', { side, file: 'sample' });
  const file = { countyId, side, ...upload(sample) };
  const { mapping, mappingProblems } = await invoke('matching.readExtract', file);
  expect(mappingProblems).toEqual([]);
  const started = await invoke('matching.startImport', { ...file, mapping });
  const job = await settledJob(service, started.jobId);
  expect([job.state, job.problemCount, job.message]).toEqual(['done', 0, null]);
  return (job.result as { extractId: number }).extractId;
}

describe('each import’s sample file imports with no refusal', () => {
  it('the extracts into an empty county, where a match of the two finds their shared families', async () => {
    const service = serviceOver(openTempWorkbench());
    const invoke = typedInvoke(service);
    const calworksExtractId = await importExtract(service, 'calworks', 1);
    const cwsExtractId = await importExtract(service, 'cws', 1);
    const started = await invoke('matching.startRun', {
      countyId: 1,
      calworksExtractId,
      cwsExtractId,
    });
    const { runId } = (await settledJob(service, started.jobId)).result as { runId: number };
    expect((await invoke('matching.families', { runId })).length).toBeGreaterThan(2);
  });

  it('the responses into a new round of an empty county', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const round = await invoke('readiness.createRound', {
      countyId: 1,
      title: 'Trying the import',
      heldOn: '2026-12-01',
    });
    const sample = await invoke('readiness.exportSample', { roundId: round.id });
    expect(sample.fileName).toBe('Alameda-Trying-the-import-sample-responses.xlsx');
    expect(
      await invoke('readiness.importResponses', { roundId: round.id, ...upload(sample) }),
    ).toEqual({
      added: 8,
    });
  });

  it('the ledger and the outcomes into a fresh demo county, whose SFY and families they name', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
    const ledger = await invoke('fiscal.ledgerExample', { file: 'sample' });
    const imported = await invoke('fiscal.importLedger', {
      countyId: 49,
      mapping: null,
      ...upload(ledger),
    });
    expect(imported.rowCount).toBe(11);
    const outcomes = await invoke('cocase.outcomesExample', { file: 'sample' });
    expect(await invoke('cocase.importOutcomes', { countyId: 49, ...upload(outcomes) })).toEqual({
      imported: 12,
    });
  }, 120_000);

  it('and each template is the header its import recognizes', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    expect(text(await invoke('fiscal.ledgerExample', { file: 'template' }))).toBe(
      'Posting Date,Amount,Funding Stream,Service Category,Paying Program,Leveraged,Saved Program,Description,Case Number,Refund Reason\r\n',
    );
    expect(text(await invoke('cocase.outcomesExample', { file: 'template' }))).toBe(
      'calworks_case,cws_case,outcome,date\r\n',
    );
    const cws = await invoke('matching.extractExample', { side: 'cws', file: 'template' });
    expect([cws.fileName, cws.mediaType]).toEqual(['cws-extract-template.csv', 'text/csv']);
    const read = await invoke('matching.readExtract', { countyId: 1, side: 'cws', ...upload(cws) });
    expect([read.headers.length, read.mappingProblems]).toEqual([13, []]);
  });
});
