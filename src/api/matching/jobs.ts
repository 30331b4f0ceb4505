/**
 * The matching area's jobs, run in a worker thread (see jobs/): importing a person extract, and a
 * match run. Each reads what it needs, checks for cancel between chunks of work, and writes its
 * result in one transaction at the end, so a cancelled or failed job leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { LEVEL_COUNTS } from '../../core/matching/linkage/comparePairs';
import {
  ExtractRowReader,
  SIDE_LABELS,
  type ExtractMapping,
  type ExtractProblem,
  type ExtractSide,
} from '../../core/matching/linkage/extract';
import { MAX_EXTRACT_PROBLEMS_LISTED } from '../../core/matching/linkage/extractLoader';
import { describeModel, matchExtracts } from '../../core/matching/linkage/match';
import { PersonTableBuilder, sharedVocabularies } from '../../core/matching/linkage/persons';
import { nicknameTable } from '../../core/matching/linkage/standardize';
import { writePatternCodes } from '../../core/matching/linkage/patterns';
import {
  extractPersons,
  findSameExtract,
  pairWriter,
  personWriter,
} from '../../db/matching/repository';
import { matchExtract, matchRun } from '../../db/schema';
import { openUploadedTable } from '../uploadedTable';
import { JobCancelled, JobRefused, type JobContext } from '../jobs/jobTypes';

export interface ImportExtractInput {
  readonly countyId: number;
  readonly side: ExtractSide;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mapping: ExtractMapping;
}

export async function importExtractJob(input: ImportExtractInput, job: JobContext) {
  const { countyId, side, fileName, bytes, mapping } = input;
  const label = SIDE_LABELS[side];
  const fingerprint = createHash('sha256').update(bytes).digest('hex');
  const same = findSameExtract(job.db, countyId, side, fingerprint);
  if (same) {
    throw new JobRefused(
      `This ${label} was imported already (${same.fileName}, ${same.importedAt.slice(0, 10)}); it was not imported twice.`,
    );
  }
  const expectedRows = Math.max(1, bytes.length / 60);

  // First every row is checked; only a file without problems is written.
  const problems: ExtractProblem[] = [];
  let problemCount = 0;
  let rows = 0;
  await eachRow(bytes, mapping, job, (row, read) => {
    rows++;
    if ('problems' in read) {
      problemCount += read.problems.length;
      problems.push(...read.problems.slice(0, MAX_EXTRACT_PROBLEMS_LISTED - problems.length));
    }
    if (rows % 5000 === 0) job.progress('check', Math.min(1, rows / expectedRows));
  });
  if (problemCount > 0) {
    throw new JobRefused(
      `The ${label} has ${problemCount} problem(s); nothing was imported.`,
      problems,
      problemCount,
    );
  }
  if (rows === 0) throw new JobRefused(`The ${label} has no rows under its header.`);

  job.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const extract = job.db
      .insert(matchExtract)
      .values({ countyId, side, fileName, fingerprint, rows, importedBy: job.actor })
      .returning({ id: matchExtract.id })
      .get();
    const add = personWriter(job.sqlite, extract.id);
    let written = 0;
    await eachRow(bytes, mapping, job, (row, read) => {
      if ('person' in read) add(row, read.person);
      if (++written % 5000 === 0) job.progress('save', written / rows);
    });
    job.sqlite.exec('COMMIT');
    return { extractId: extract.id, rows };
  } catch (error) {
    job.sqlite.exec('ROLLBACK');
    throw error;
  }
}

async function eachRow(
  bytes: Uint8Array,
  mapping: ExtractMapping,
  job: JobContext,
  visit: (row: number, read: ReturnType<ExtractRowReader['read']>) => void,
): Promise<void> {
  const file = await openUploadedTable(bytes);
  const reader = new ExtractRowReader(mapping, file.headers);
  for await (const batch of file.batches) {
    if (job.shouldStop()) throw new JobCancelled();
    for (const record of batch) visit(record.row, reader.read(record.row, record.fields));
  }
}

export interface MatchRunInput {
  readonly countyId: number;
  readonly calworksExtractId: number;
  readonly cwsExtractId: number;
  readonly accept: number;
  readonly review: number;
  readonly seed: number;
  readonly nicknames: Record<string, readonly string[]>;
}

export function matchRunJob(input: MatchRunInput, job: JobContext) {
  const startedAt = new Date().toISOString();
  const shared = sharedVocabularies(nicknameTable(input.nicknames));
  const load = (extractId: number) => {
    const builder = new PersonTableBuilder(shared);
    const rows: number[] = [];
    for (const { row, person } of extractPersons(job.sqlite, extractId)) {
      builder.add(person);
      rows.push(row);
      if (rows.length % 20_000 === 0 && job.shouldStop()) throw new JobCancelled();
    }
    return { table: builder.finish(), rows };
  };
  job.progress('load', 0);
  const calworks = load(input.calworksExtractId);
  job.progress('load', 0.5);
  const cws = load(input.cwsExtractId);
  const outcome = matchExtracts(calworks.table, cws.table, shared, {
    accept: input.accept,
    review: input.review,
    seed: input.seed,
    onProgress: ({ stage, share }) => job.progress(stage, share),
    shouldStop: job.shouldStop,
  });
  const { kept } = outcome.result;
  const patterns = new Uint16Array(kept.left.length);
  writePatternCodes(kept.levels, LEVEL_COUNTS, patterns);

  job.progress('save', 0);
  job.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const run = job.db
      .insert(matchRun)
      .values({
        countyId: input.countyId,
        calworksExtractId: input.calworksExtractId,
        cwsExtractId: input.cwsExtractId,
        accept: input.accept,
        review: input.review,
        seed: input.seed,
        modelJson: JSON.stringify(describeModel(outcome.result)),
        pairsCompared: outcome.result.pairsCompared,
        startedAt,
        actor: job.actor,
      })
      .returning({ id: matchRun.id })
      .get();
    const add = pairWriter(job.sqlite, run.id);
    for (let k = 0; k < kept.left.length; k++) {
      add({
        calworksRow: calworks.rows[kept.left[k] as number] as number,
        cwsRow: cws.rows[kept.right[k] as number] as number,
        probability: kept.probability[k] as number,
        pattern: patterns[k] as number,
      });
    }
    if (job.shouldStop()) throw new JobCancelled();
    job.sqlite.exec('COMMIT');
    return { runId: run.id };
  } catch (error) {
    job.sqlite.exec('ROLLBACK');
    throw error;
  }
}
