/**
 * `npm run match -- --calworks FILE --cws FILE --out DIR [--map FILE] [--accept P] [--review P]
 * [--seed N]`: the Workbench's match engine, headless, on two extract files (CSV or XLSX). Headers
 * are recognized by their common names (person_id, case_number, first_name, middle_name,
 * last_name, dob or date_of_birth, sex or gender, ssn, street or address, zip, role, cws_status,
 * case_type); a --map file names other headers:
 *   { "calworks": { "personId": "CLIENT_NO", … }, "cws": { … } }
 * Writes person-pairs.csv, family-pairs.csv, match-rates.csv and run.json (parameters, model and
 * timings: enough to reproduce the run) into DIR, prints progress on stderr, and exits 1 with a
 * clear message on bad input. No names, dates of birth or SSNs are printed or written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  EXTRACT_FIELDS,
  SIDE_LABELS,
  type ExtractMapping,
  type ExtractSide,
} from '../src/core/matching/linkage/extract';
import { ExtractMappingRefused } from '../src/core/matching/linkage/extractLoader';
import type { LinkProgress } from '../src/core/matching/linkage/link';
import {
  DEFAULT_ACCEPT,
  DEFAULT_REVIEW,
  describeModel,
  matchExtracts,
} from '../src/core/matching/linkage/match';
import { sharedVocabularies, type PersonTable } from '../src/core/matching/linkage/persons';
import { nicknameTable } from '../src/core/matching/linkage/standardize';
import { loadContent } from '../src/api/content';
import { loadExtractFile } from '../src/files/extractFile';
import { resourcesFolder } from '../src/server/paths';
import { ensurePrivateFile, ensurePrivateFolder } from '../src/db/privateFiles';
import { familyPairsCsv, matchRatesCsv, personPairsCsv } from '../src/export/matchCsv';
import { TableFileError } from '../src/files/tableFile';
import { peakRssMb } from './peakRss';

class UsageError extends Error {}

const sideMapping = z.partialRecord(z.enum(EXTRACT_FIELDS), z.string().min(1)).optional();
const mapFile = z.strictObject({ calworks: sideMapping, cws: sideMapping });

const USAGE =
  'Usage: npm run match -- --calworks FILE --cws FILE --out DIR [--map FILE] [--accept 0.9] ' +
  '[--review 0.5] [--seed 1]';

export interface MatchRunSummary {
  readonly persons: { calworks: number; cws: number };
  readonly seconds: Record<string, number>;
  readonly peakRssMb: number;
  readonly pairsCompared: number;
  readonly links: number;
  readonly review: number;
  readonly families: number;
}

export async function runMatch(argv: readonly string[], log: (line: string) => void) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      calworks: { type: 'string' },
      cws: { type: 'string' },
      out: { type: 'string' },
      map: { type: 'string' },
      accept: { type: 'string' },
      review: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  if (!values.calworks || !values.cws || !values.out) throw new UsageError(USAGE);
  const accept = probabilityOption('--accept', values.accept, DEFAULT_ACCEPT);
  const review = probabilityOption('--review', values.review, DEFAULT_REVIEW);
  if (review > accept) throw new UsageError('--review must not be above --accept.');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
  const mapping = values.map ? readMapFile(values.map) : { calworks: undefined, cws: undefined };

  const seconds: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = Number(((now - clock) / 1000).toFixed(2));
    clock = now;
  };
  const shared = sharedVocabularies(
    nicknameTable(loadContent(resourcesFolder).nicknames.nicknames),
  );
  const load = async (side: ExtractSide, file: string): Promise<PersonTable> => {
    log(`Reading the ${SIDE_LABELS[side]} (${path.basename(file)})…`);
    let loaded;
    try {
      ({ loaded } = await loadExtractFile(readInput(file), side, shared, mapping[side]));
    } catch (error) {
      if (error instanceof TableFileError) {
        throw new UsageError(`The ${SIDE_LABELS[side]} (${file}): ${error.message}`);
      }
      throw error;
    }
    if (!loaded.ok) {
      const listed = loaded.problems.map((p) => `  row ${p.row}, ${p.column}: ${p.reason}`);
      const more = loaded.problemCount - loaded.problems.length;
      throw new UsageError(
        [
          `The ${SIDE_LABELS[side]} has ${loaded.problemCount} problem(s); nothing was matched:`,
          ...listed,
          ...(more > 0 ? [`  … and ${more} more.`] : []),
        ].join('\n'),
      );
    }
    log(`  ${loaded.table.count.toLocaleString('en-US')} persons.`);
    lap(`read_${side}`);
    return loaded.table;
  };
  const calworks = await load('calworks', values.calworks);
  const cws = await load('cws', values.cws);

  const outcome = matchExtracts(calworks, cws, shared, {
    accept,
    review,
    seed,
    onProgress: progressPrinter(log, (stage) => lap(stage)),
  });
  lap('score_and_resolve');
  log(
    `${outcome.links.length.toLocaleString('en-US')} person links, ` +
      `${outcome.reviewPairs.length.toLocaleString('en-US')} pairs for review, ` +
      `${outcome.families.length.toLocaleString('en-US')} family pairs.`,
  );
  for (const rate of outcome.rates) {
    const share = rate.share === null ? '–' : `${(100 * rate.share).toFixed(1)} %`;
    log(
      `  ${rate.population}: ${rate.count} · matched in ${rate.matchedIn} ${rate.matched} = ${share}`,
    );
  }

  // Case-number pairs of the county's families: private to the analyst, like the data folder.
  ensurePrivateFolder(values.out);
  const write = (name: string, text: string) => {
    const file = path.join(values.out ?? '.', name);
    ensurePrivateFile(file);
    fs.writeFileSync(file, text);
  };
  write('person-pairs.csv', personPairsCsv(outcome, calworks, cws));
  write('family-pairs.csv', familyPairsCsv(outcome));
  write('match-rates.csv', matchRatesCsv(outcome));
  lap('write');
  const summary: MatchRunSummary = {
    persons: { calworks: calworks.count, cws: cws.count },
    seconds,
    peakRssMb: Math.round(peakRssMb()),
    pairsCompared: outcome.result.pairsCompared,
    links: outcome.links.length,
    review: outcome.reviewPairs.length,
    families: outcome.families.length,
  };
  const { result } = outcome;
  write(
    'run.json',
    `${JSON.stringify(
      {
        summary,
        parameters: { accept, review, seed, mapping: values.map ? mapping : 'recognized headers' },
        model: describeModel(result),
      },
      null,
      2,
    )}\n`,
  );
  log(`Wrote person-pairs.csv, family-pairs.csv, match-rates.csv and run.json to ${values.out}.`);
  return summary;
}

function probabilityOption(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(value > 0 && value < 1))
    throw new UsageError(`${name} must be a probability between 0 and 1.`);
  return value;
}

function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new UsageError(`Cannot read ${file}: check the path.`);
  }
}

function readMapFile(file: string): Record<ExtractSide, ExtractMapping | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new UsageError(`The map file ${file} is not readable JSON.`);
  }
  const parsed = mapFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `The map file ${file} is not a mapping: ${issue?.path.join('.') || 'top level'}: ${issue?.message}. ` +
        `Fields are ${EXTRACT_FIELDS.join(', ')}.`,
    );
  }
  return { calworks: parsed.data.calworks, cws: parsed.data.cws };
}

/** One line per stage and per quarter of it: readable in a terminal and in a log file alike. */
function progressPrinter(log: (line: string) => void, stageDone: (stage: string) => void) {
  let stage = '';
  let quarter = 0;
  return (progress: LinkProgress) => {
    if (progress.stage !== stage) {
      if (stage !== '') stageDone(stage);
      stage = progress.stage;
      quarter = 0;
      log(`${progress.stage}…`);
    }
    const reached = Math.floor(progress.share * 4);
    if (reached > quarter) {
      quarter = reached;
      log(`${progress.stage} ${reached * 25} %`);
    }
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await runMatch(process.argv.slice(2), (line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    if (error instanceof UsageError || error instanceof ExtractMappingRefused) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else throw error;
  }
}
