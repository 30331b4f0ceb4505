/** Small person extracts and helpers to import them and run a match through the service. */
import type { Service } from '../../src/api/service';
import type { JobStatusOutput } from '../../src/api/jobs/contract';
import { settledJob } from './jobs';

const HEADER = 'person_id,case_number,first_name,last_name,dob,sex,ssn,street,zip,role';

export const CALWORKS_CSV = [
  HEADER,
  'A1,C-100,MARIA,GARCIA,2015-07-31,F,123-45-6789,1 MAIN ST,95401,child',
  'A2,C-100,ROSA,GARCIA,1990-02-11,F,,1 MAIN ST,95401,parent',
  'A3,C-200,JOSE,NGUYEN,2012-01-05,M,,9 OAK AVE,95404,child',
].join('\r\n');

export const CWS_CSV = [
  `${HEADER},cws_status,case_type`,
  'B1,W-7,MARIA,GARCIA-LOPEZ,2015-07-31,F,xxx-xx-6789,1 MAIN ST,95401,child,case,FR',
  'B2,W-8,JOSEPH,KOWALSKI,2011-03-09,M,,5 PINE ST,95405,child,referral,',
].join('\r\n');

export const base64 = (text: string) => Buffer.from(text).toString('base64');

export async function importExtract(
  service: Service,
  side: 'calworks' | 'cws',
  text: string,
  countyId = 49,
): Promise<JobStatusOutput> {
  const { mapping } = (await service.invoke('matching.readExtract', {
    countyId,
    side,
    fileName: `${side}.csv`,
    bytesBase64: base64(text),
  })) as { mapping: Record<string, string> };
  const started = (await service.invoke('matching.startImport', {
    countyId,
    side,
    fileName: `${side}.csv`,
    bytesBase64: base64(text),
    mapping,
  })) as JobStatusOutput;
  return settledJob(service, started.jobId);
}

/** Both small extracts imported and matched: their ids, the run and its job. */
export async function seedMatchRun(service: Service, countyId = 49) {
  const calworks = await importExtract(service, 'calworks', CALWORKS_CSV, countyId);
  const cws = await importExtract(service, 'cws', CWS_CSV, countyId);
  const calworksExtractId = (calworks.result as { extractId: number }).extractId;
  const cwsExtractId = (cws.result as { extractId: number }).extractId;
  const started = (await service.invoke('matching.startRun', {
    countyId,
    calworksExtractId,
    cwsExtractId,
  })) as JobStatusOutput;
  const run = await settledJob(service, started.jobId);
  return {
    calworksExtractId,
    cwsExtractId,
    runId: (run.result as { runId: number }).runId,
    jobId: started.jobId,
  };
}

/** A run of the county's two extracts, waited for: its id. */
export async function finishedRun(
  service: Service,
  extracts: { calworksExtractId: number; cwsExtractId: number },
  thresholds: { accept?: number; review?: number } = {},
): Promise<number> {
  const started = (await service.invoke('matching.startRun', {
    countyId: 49,
    ...extracts,
    ...thresholds,
  })) as JobStatusOutput;
  return ((await settledJob(service, started.jobId)).result as { runId: number }).runId;
}

/** Both extracts imported for county 49: their ids. */
export async function importedExtracts(service: Service, calworksCsv: string, cwsCsv: string) {
  const calworks = await importExtract(service, 'calworks', calworksCsv);
  const cws = await importExtract(service, 'cws', cwsCsv);
  return {
    calworksExtractId: (calworks.result as { extractId: number }).extractId,
    cwsExtractId: (cws.result as { extractId: number }).extractId,
  };
}
