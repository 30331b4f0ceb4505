/**
 * `npm run synth:extracts -- --out DIR [--statewide | --county | --calworks N --cws N --mutual N]
 * [--seed N] [--skewed]`: writes a seeded synthetic CalWORKs extract, CWS extract and their truth
 * (calworks.csv, cws.csv, truth.csv) for demos, tests and benchmarks. Statewide is the size of
 * DOMAIN.md's table (1,785,978 × 690,593); county is a Los Angeles-sized 500,000 × 200,000.
 * `--skewed` draws names, households and missing fields shaped like real California extracts
 * (src/demo/synthSkewed.ts) instead of the even distribution. Families are written as they are
 * made, so memory stays small at any size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  STATEWIDE,
  synthesizeFamilies,
  type SynthOptions,
  type SynthSize,
} from '../src/demo/synthExtracts';
import { csvLine } from '../src/export/csvText';
import { synthExtractHeader, synthExtractLine } from '../src/demo/synthExtractCsv';

export const LOS_ANGELES_SIZED: SynthSize = {
  calworksPersons: 500_000,
  cwsPersons: 200_000,
  mutualPersons: 70_000,
};

/** Buffered lines to one file: a write per megabyte, not per person. */
class LineFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(file: string, header: string) {
    this.fd = fs.openSync(file, 'w');
    this.add(header);
  }

  add(line: string): void {
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}

export function writeSynthExtracts(folder: string, options: SynthOptions): void {
  fs.mkdirSync(folder, { recursive: true });
  const calworks = new LineFile(path.join(folder, 'calworks.csv'), synthExtractHeader('calworks'));
  const cws = new LineFile(path.join(folder, 'cws.csv'), synthExtractHeader('cws'));
  const truth = new LineFile(
    path.join(folder, 'truth.csv'),
    csvLine(['calworks_person_id', 'cws_person_id']),
  );
  for (const family of synthesizeFamilies(options)) {
    for (const p of family.calworks) calworks.add(synthExtractLine('calworks', p));
    for (const p of family.cws) cws.add(synthExtractLine('cws', p));
    for (const pair of family.truth) truth.add(csvLine(pair));
  }
  calworks.close();
  cws.close();
  truth.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      statewide: { type: 'boolean' },
      county: { type: 'boolean' },
      calworks: { type: 'string' },
      cws: { type: 'string' },
      mutual: { type: 'string' },
      seed: { type: 'string' },
      skewed: { type: 'boolean' },
    },
  });
  const size: SynthSize = values.statewide
    ? STATEWIDE
    : values.county
      ? LOS_ANGELES_SIZED
      : {
          calworksPersons: Number(values.calworks ?? 20_000),
          cwsPersons: Number(values.cws ?? 10_000),
          mutualPersons: Number(values.mutual ?? 3_600),
        };
  if (!values.out || Object.values(size).some((n) => !Number.isInteger(n) || n < 0)) {
    process.stderr.write(
      'Usage: npm run synth:extracts -- --out DIR [--statewide | --county | --calworks N --cws N --mutual N] [--seed N] [--skewed]\n',
    );
    process.exitCode = 1;
  } else {
    writeSynthExtracts(values.out, {
      ...size,
      seed: Number(values.seed ?? 1),
      distribution: values.skewed ? 'skewed' : 'even',
    });
    process.stderr.write(`Wrote calworks.csv, cws.csv and truth.csv to ${values.out}.\n`);
  }
}
