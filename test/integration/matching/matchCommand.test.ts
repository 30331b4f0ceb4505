import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv';
import { runMatch } from '../../../scripts/match';
import { writeSynthExtracts } from '../../../scripts/synth-extracts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-match-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const rows = (file: string) => parseCsv(fs.readFileSync(file, 'utf8')).map((r) => r.fields);
const extracts = path.join(folder, 'extracts');
writeSynthExtracts(extracts, {
  calworksPersons: 20_000,
  cwsPersons: 10_000,
  mutualPersons: 3_600,
  seed: 8,
});
const file = (name: string) => path.join(extracts, name);

async function run(args: string[]) {
  const log: string[] = [];
  try {
    const summary = await runMatch(args, (line) => log.push(line));
    return { summary, log, error: null };
  } catch (error) {
    return { summary: null, log, error: error as Error };
  }
}

describe('npm run match', () => {
  it('matches a 20,000 × 10,000 pair of extracts above the goals, and writes its results', async () => {
    const out = path.join(folder, 'out');
    const { summary, log, error } = await run([
      '--calworks',
      file('calworks.csv'),
      '--cws',
      file('cws.csv'),
      '--out',
      out,
    ]);
    expect(error).toBeNull();
    expect(summary?.persons).toEqual({ calworks: 20_000, cws: 10_000 });
    const truth = new Set(
      rows(file('truth.csv'))
        .slice(1)
        .map(([a, b]) => `${a}|${b}`),
    );
    const links = rows(path.join(out, 'person-pairs.csv'))
      .slice(1)
      .filter((fields) => fields[3] === 'link')
      .map(([a, b]) => `${a}|${b}`);
    const correct = links.filter((pair) => truth.has(pair)).length;
    expect({
      precision: correct / links.length >= 0.99,
      recall: correct / truth.size >= 0.98,
    }).toEqual({
      precision: true,
      recall: true,
    });
    const rates = rows(path.join(out, 'match-rates.csv'));
    expect(rates.map((r) => r[0])).toEqual([
      'population',
      'All CalWORKs children',
      'All CWS children with a referral',
      'CWS children with an open case',
    ]);
    expect(rows(path.join(out, 'family-pairs.csv'))[0]).toEqual([
      'calworks_case_number',
      'cws_case_number',
      'persons_linked',
      'probability',
    ]);
    const saved = JSON.parse(fs.readFileSync(path.join(out, 'run.json'), 'utf8')) as {
      parameters: { seed: number; accept: number };
    };
    expect(saved.parameters).toMatchObject({ seed: 1, accept: 0.9 });
    expect(log.filter((line) => line.endsWith('…')).slice(2)).toEqual([
      'block…',
      'compare…',
      'estimate…',
      'score…',
    ]);

    // No name, birth date or SSN of either extract in the log or in any file but the extracts.
    const persons = [...rows(file('calworks.csv')).slice(1), ...rows(file('cws.csv')).slice(1)];
    const names = new Set(
      persons.flatMap((p) => [p[2], p[4]]).filter((n): n is string => (n ?? '').length >= 3),
    );
    const texts = [
      log.join('\n'),
      ...['person-pairs.csv', 'family-pairs.csv', 'match-rates.csv', 'run.json'].map((name) =>
        fs.readFileSync(path.join(out, name), 'utf8'),
      ),
    ];
    // Written private to the analyst: the folder it made 0700, each file 0600.
    expect((fs.statSync(out).mode & 0o777).toString(8)).toBe('700');
    for (const name of ['person-pairs.csv', 'family-pairs.csv', 'match-rates.csv', 'run.json']) {
      expect((fs.statSync(path.join(out, name)).mode & 0o777).toString(8)).toBe('600');
    }
    for (const text of texts) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // a birth date
      expect(text).not.toMatch(/\d{3}-\d{2}-\d{4}/); // an SSN
      const words = text.match(/\b[A-Z]{3,}\b/g) ?? [];
      expect(words.filter((word) => names.has(word))).toEqual([]);
    }
  }, 60_000);

  it('refuses an extract without a required column, naming the extract and the column', async () => {
    const noDob = path.join(folder, 'no-dob.csv');
    const text = fs
      .readFileSync(file('cws.csv'), 'utf8')
      .replace(/^(.*?),dob,/, '$1,birthday_unknown,');
    fs.writeFileSync(noDob, text);
    const out = path.join(folder, 'refused');
    const { error } = await run(['--calworks', file('calworks.csv'), '--cws', noDob, '--out', out]);
    expect(error?.message).toBe(
      'CWS extract: Choose the column that holds Date of birth; linking persons needs it.',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('lists the bad rows of an extract and writes nothing', async () => {
    const lines = fs.readFileSync(file('calworks.csv'), 'utf8').split('\r\n');
    lines[4] = (lines[4] ?? '').replace(/,\d{4}-\d{2}-\d{2},/, ',31/12/2015,');
    const bad = path.join(folder, 'bad.csv');
    fs.writeFileSync(bad, lines.join('\r\n'));
    const out = path.join(folder, 'bad-out');
    const { error } = await run(['--calworks', bad, '--cws', file('cws.csv'), '--out', out]);
    expect(error?.message).toBe(
      'The CalWORKs extract has 1 problem(s); nothing was matched:\n  row 5, dob: not a date (write it as 2015-07-31 or 7/31/2015)',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('takes a map file for other header names, and checks it', async () => {
    const renamed = path.join(folder, 'renamed.csv');
    fs.writeFileSync(
      renamed,
      fs
        .readFileSync(file('cws.csv'), 'utf8')
        .replace(/^person_id,case_number,/, 'CLIENT_NO,REFERRAL_NO,'),
    );
    const map = path.join(folder, 'map.json');
    fs.writeFileSync(
      map,
      JSON.stringify({
        cws: {
          personId: 'CLIENT_NO',
          caseNumber: 'REFERRAL_NO',
          firstName: 'first_name',
          lastName: 'last_name',
          dob: 'dob',
        },
      }),
    );
    const mapped = await run([
      '--calworks',
      file('calworks.csv'),
      '--cws',
      renamed,
      '--out',
      path.join(folder, 'mapped'),
      '--map',
      map,
    ]);
    expect(mapped.error).toBeNull();
    fs.writeFileSync(map, JSON.stringify({ cws: { birthday: 'dob' } }));
    const wrong = await run([
      '--calworks',
      file('calworks.csv'),
      '--cws',
      renamed,
      '--out',
      path.join(folder, 'x'),
      '--map',
      map,
    ]);
    expect(wrong.error?.message).toMatch(/^The map file .* is not a mapping: cws: /);
    const usage = await run(['--calworks', file('calworks.csv')]);
    expect(usage.error?.message).toMatch(
      /^Usage: npm run match -- --calworks FILE --cws FILE --out DIR/,
    );
  }, 60_000);
});
