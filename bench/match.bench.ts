/**
 * The match engine at statewide scale (DOMAIN.md: 1,785,978 CalWORKs × 690,593 CWS persons) and
 * at Los Angeles size (500,000 × 200,000): seeded synthetic extracts are written as CSV, then
 * `npm run match` runs on them in its own process, so its time and peak memory are the match's
 * alone, from reading the files to writing the results. Precision and recall are against the
 * generator's truth at the default thresholds; the baseline is the exact-key join counties use
 * today (the same SSN, or the same name and date of birth).
 *
 * At county size the engine also runs on the skewed extracts (issue 25: names, households and
 * missing fields shaped like real California extracts), and both data sets over several seeds:
 * a figure per seed (`match.county_skewed_seed2027_recall`) and, without the seed, the median
 * over the seeds (`match.county_skewed_recall`). Precision and recall are of the links only (no
 * review band).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CsvReader } from '../src/core/csv';
import { STATEWIDE, type SynthOptions, type SynthSize } from '../src/demo/synthExtracts';
import { LOS_ANGELES_SIZED, writeSynthExtracts } from '../scripts/synth-extracts';
import type { MatchRunSummary } from '../scripts/match';
import { median, type Figure } from './figure';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-match-'));
process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));

interface Measured {
  readonly summary: MatchRunSummary;
  readonly seconds: number;
  readonly precision: number;
  readonly recall: number;
  readonly extracts: string;
}

const runs = new Map<string, Measured>();

type Distribution = NonNullable<SynthOptions['distribution']>;

function measuredRun(
  dataSet: string,
  size: SynthSize,
  seed = 2026,
  distribution: Distribution = 'even',
): Measured {
  const name = `${dataSet}-${distribution}-${seed}`;
  const done = runs.get(name);
  if (done) return done;
  const extracts = path.join(folder, name);
  writeSynthExtracts(extracts, { ...size, seed, distribution });
  const out = path.join(extracts, 'out');
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, '..', 'scripts', 'match.ts'),
      '--calworks',
      path.join(extracts, 'calworks.csv'),
      '--cws',
      path.join(extracts, 'cws.csv'),
      '--out',
      out,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`npm run match failed: ${child.stderr}`);
  const { summary } = JSON.parse(fs.readFileSync(path.join(out, 'run.json'), 'utf8')) as {
    summary: MatchRunSummary;
  };
  const links = readPairs(path.join(out, 'person-pairs.csv'), (fields) => fields[3] === 'link');
  const { precision, recall } = quality(links, readPairs(path.join(extracts, 'truth.csv')));
  const seconds = Object.values(summary.seconds).reduce((a, b) => a + b, 0);
  const measured = { summary, seconds, precision, recall, extracts };
  runs.set(name, measured);
  return measured;
}

/** Each record after the header, read in chunks: a statewide extract is 170 MB. */
function forEachRecord(file: string, visit: (fields: string[]) => void): void {
  const text = fs.readFileSync(file, 'utf8');
  const reader = new CsvReader();
  const chunk = 4 * 1024 * 1024;
  for (let at = 0; at <= text.length; at += chunk) {
    const records =
      at + chunk > text.length
        ? [...reader.push(text.slice(at)), ...reader.end()]
        : reader.push(text.slice(at, at + chunk));
    for (const record of records) if (record.row > 1) visit(record.fields);
  }
}

function readPairs(file: string, keep: (fields: string[]) => boolean = () => true): Set<string> {
  const pairs = new Set<string>();
  forEachRecord(file, (fields) => {
    if (keep(fields)) pairs.add(`${fields[0]}|${fields[1]}`);
  });
  return pairs;
}

function quality(found: Set<string>, truth: Set<string>) {
  let correct = 0;
  for (const pair of found) if (truth.has(pair)) correct++;
  return { precision: correct / Math.max(1, found.size), recall: correct / truth.size };
}

/**
 * The exact-key join: CWS persons by full SSN and by upper-cased first name, last name and date
 * of birth; each CalWORKs person pairs with every CWS person sharing either key.
 */
function baseline(extracts: string): { precision: number; recall: number } {
  const ssnKey = (fields: string[]) => {
    const digits = (fields[7] ?? '').replace(/\D/g, '');
    return digits.length === 9 ? digits : null;
  };
  const nameKey = (fields: string[]) =>
    fields[5]
      ? `${fields[2]?.trim().toUpperCase()}|${fields[4]?.trim().toUpperCase()}|${fields[5]}`
      : null;
  const index = new Map<string, string[]>();
  const add = (key: string | null, id: string) => {
    if (key === null) return;
    const list = index.get(key);
    if (list) list.push(id);
    else index.set(key, [id]);
  };
  const keys = (fields: string[]) => {
    const ssn = ssnKey(fields);
    const name = nameKey(fields);
    return [ssn === null ? null : `s${ssn}`, name === null ? null : `n${name}`];
  };
  forEachRecord(path.join(extracts, 'cws.csv'), (fields) => {
    for (const key of keys(fields)) add(key, fields[0] ?? '');
  });
  const found = new Set<string>();
  forEachRecord(path.join(extracts, 'calworks.csv'), (fields) => {
    for (const key of keys(fields)) {
      for (const id of (key !== null && index.get(key)) || []) found.add(`${fields[0]}|${id}`);
    }
  });
  return quality(found, readPairs(path.join(extracts, 'truth.csv')));
}

let baselineResult: ReturnType<typeof baseline> | undefined;
const statewideBaseline = () =>
  (baselineResult ??= baseline(measuredRun('statewide', STATEWIDE).extracts));

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Seeds of the county-size runs: a figure that holds for one seed only is not a figure. */
const COUNTY_SEEDS = [2026, 2027] as const;

/** Statewide on the skewed extracts, one seed (a statewide run takes minutes). */
function statewideSkewedFigures(): Figure[] {
  const run = () => measuredRun('statewide', STATEWIDE, 2026, 'skewed');
  return [
    {
      name: 'match.statewide_skewed_s',
      measure: async () => ({ value: round(run().seconds, 1), unit: 's' }),
    },
    {
      name: 'match.statewide_skewed_rss_mb',
      measure: async () => ({ value: run().summary.peakRssMb, unit: 'MB' }),
    },
    {
      name: 'match.statewide_skewed_precision',
      measure: async () => ({ value: round(run().precision, 4), unit: '' }),
    },
    {
      name: 'match.statewide_skewed_recall',
      measure: async () => ({ value: round(run().recall, 4), unit: '' }),
    },
    {
      name: 'match.statewide_skewed_pairs_compared',
      measure: async () => ({ value: run().summary.pairsCompared, unit: 'pairs' }),
    },
  ];
}

/**
 * The county-size figures of one data set: time, precision and recall of the links, and the pairs
 * compared, per seed and as the median over the seeds.
 */
function countyFigures(distribution: Distribution): Figure[] {
  const label = distribution === 'skewed' ? 'county_skewed' : 'county';
  const run = (seed: number) => measuredRun('county', LOS_ANGELES_SIZED, seed, distribution);
  const measures: [string, (m: Measured) => number, number, string][] = [
    ['s', (m) => m.seconds, 1, 's'],
    ['precision', (m) => m.precision, 4, ''],
    ['recall', (m) => m.recall, 4, ''],
    ['pairs_compared', (m) => m.summary.pairsCompared, 0, 'pairs'],
  ];
  // The even data's median time keeps its old name, match.county_s (seed 2026 alone before).
  return [
    ...COUNTY_SEEDS.flatMap((seed) =>
      measures.map(([figure, value, digits, unit]) => ({
        name: `match.${label}_seed${seed}_${figure}`,
        measure: async () => ({ value: round(value(run(seed)), digits), unit }),
      })),
    ),
    ...measures.map(([figure, value, digits, unit]) => ({
      name: `match.${label}_${figure}`,
      measure: async () => ({
        value: round(median(COUNTY_SEEDS.map((seed) => value(run(seed)))), digits),
        unit,
      }),
    })),
  ];
}

export const figures: Figure[] = [
  {
    name: 'match.statewide_s',
    measure: async () => ({
      value: round(measuredRun('statewide', STATEWIDE).seconds, 1),
      unit: 's',
    }),
  },
  {
    name: 'match.statewide_rss_mb',
    measure: async () => ({
      value: measuredRun('statewide', STATEWIDE).summary.peakRssMb,
      unit: 'MB',
    }),
  },
  {
    name: 'match.statewide_precision',
    measure: async () => ({
      value: round(measuredRun('statewide', STATEWIDE).precision, 4),
      unit: '',
    }),
  },
  {
    name: 'match.statewide_recall',
    measure: async () => ({
      value: round(measuredRun('statewide', STATEWIDE).recall, 4),
      unit: '',
    }),
  },
  {
    name: 'match.pairs_compared',
    measure: async () => ({
      value: measuredRun('statewide', STATEWIDE).summary.pairsCompared,
      unit: 'pairs',
    }),
  },
  {
    name: 'match.pairs_per_s',
    measure: async () => {
      const { summary } = measuredRun('statewide', STATEWIDE);
      return {
        value: Math.round(summary.pairsCompared / (summary.seconds.compare ?? 1)),
        unit: 'pairs/s',
      };
    },
  },
  {
    name: 'match.baseline_precision',
    measure: async () => ({ value: round(statewideBaseline().precision, 4), unit: '' }),
  },
  {
    name: 'match.baseline_recall',
    measure: async () => ({ value: round(statewideBaseline().recall, 4), unit: '' }),
  },
  ...countyFigures('even'),
  ...countyFigures('skewed'),
  ...statewideSkewedFigures(),
];
