/**
 * Hostile uploads through every API entry that reads a file: each ends quickly, in bounded
 * memory, with a refusal that says what is wrong (or a correct read where the file is
 * legitimately readable), and writes nothing.
 */
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/errors';
import type { Service } from '../../../src/api/service';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../../src/db/openDatabase';
import { packageWorkbook } from '../../../src/export/reportPackage';
import * as hostile from '../../support/hostileFiles';
import { samplePackage } from '../../support/reportPackage';
import { serviceOver } from '../../support/workbench';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const COUNTY = 49;
type Reader = (bytes: Buffer) => Promise<unknown>;

let folder: string;
let workbench: Workbench;
let service: Service;
let readers: Record<string, Reader>;
let templateBytes: Buffer;
const seen = { expected: 0, refused: 0 };
const costs: string[] = [];

const file = (bytes: Buffer) => ({
  fileName: 'upload.xlsx',
  bytesBase64: bytes.toString('base64'),
});

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-hostile-'));
  workbench = openDatabase(databaseFileIn(folder));
  service = serviceOver(workbench);
  await service.invoke('workspace.setCounty', { countyId: COUNTY });
  // The county's funding streams and categories are seeded on first use, not by an import.
  await service.invoke('fiscal.reference', { countyId: COUNTY });
  const round = (await service.invoke('readiness.createRound', {
    countyId: COUNTY,
    title: 'Spring 2026',
    heldOn: '2026-04-15',
  })) as { id: number };
  const rollup = (await service.invoke('reports.createRollup', {
    name: 'Hostile',
    sfyStartYear: 2025,
  })) as { id: number };
  const template = (await service.invoke('readiness.exportTemplate', { roundId: round.id })) as {
    bytesBase64: string;
  };
  templateBytes = Buffer.from(template.bytesBase64, 'base64');
  const tables: Record<string, Reader> = {
    'ledger preview': (b) =>
      service.invoke('fiscal.previewImport', { countyId: COUNTY, ...file(b) }),
    'match extract': (b) =>
      service.invoke('matching.readExtract', { countyId: COUNTY, side: 'calworks', ...file(b) }),
    'co-case outcomes': (b) =>
      service.invoke('cocase.importOutcomes', { countyId: COUNTY, ...file(b) }),
  };
  readers = {
    ...tables,
    'readiness responses': (b) =>
      service.invoke('readiness.importResponses', { roundId: round.id, ...file(b) }),
    'report package': (b) => service.invoke('reports.readPackage', file(b)),
    'roll-up package': async (b) => {
      const added = (await service.invoke('reports.addPackage', {
        rollupId: rollup.id,
        ...file(b),
      })) as { outcome: string; reason?: string };
      if (added.outcome === 'refused') throw new ApiError('ValidationError', added.reason ?? '');
      return added;
    },
  };
});

afterAll(() => {
  console.log(costs.join('\n'));
  console.log(`HOSTILE refused=${seen.refused} of ${seen.expected}`);
  workbench?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Row counts of every table: what "nothing written" is checked against. */
function rowCounts(): Record<string, number> {
  const names = workbench.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[];
  return Object.fromEntries(
    names.map(({ name }) => [
      name,
      (workbench.sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/** Generous: a bomb that got through would take gigabytes or minutes, not this. */
const MAX_RSS_GROWTH = 600 * 1024 * 1024;
const MAX_SECONDS = 10;

async function expectRefused(name: string, bytes: Buffer, which: string[], reason: RegExp) {
  for (const reader of which) {
    seen.expected++;
    const before = rowCounts();
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    let message = 'it was read';
    try {
      await readers[reader]?.(bytes);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      message = [error.message, ...error.issues.map((i) => i.message)].join(' | ');
    }
    const seconds = (performance.now() - started) / 1000;
    const grown = process.memoryUsage().rss - rss;
    costs.push(
      `${name} → ${reader}: ${seconds.toFixed(2)} s, rss ${(grown / 1024 / 1024).toFixed(0)} MB: ${message.slice(0, 140)}`,
    );
    expect(message, `${name} through ${reader}`).toMatch(reason);
    expect(seconds).toBeLessThan(MAX_SECONDS);
    expect(grown).toBeLessThan(MAX_RSS_GROWTH);
    expect(rowCounts()).toEqual(before);
    seen.refused++;
  }
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}`);
  return sheet;
}

const TABLES = ['ledger preview', 'match extract', 'co-case outcomes'];
const WORKBOOKS = ['readiness responses', 'report package', 'roll-up package'];
const PACKAGES = ['report package', 'roll-up package'];
const EVERY = [...TABLES, ...WORKBOOKS];

const SHEET = 'xl/worksheets/sheet1.xml';
const stored = (name: string, xml: string): hostile.ZipEntry => {
  const data = Buffer.from(xml);
  return { name, data, uncompressedSize: data.length, crc: zlib.crc32(data), stored: true };
};
/** 2.4 GB of `<row/>` in 4.6 MB. */
const rowBomb = () =>
  hostile.repeatedPart(SHEET, hostile.SHEET_START, '<row/>', 400_000_000, hostile.SHEET_END);
const header = [hostile.textCell('A1', 'date'), hostile.textCell('B1', 'amount')];

describe('zip bombs and oversized parts', () => {
  it('refuses a sheet that inflates to gigabytes', async () => {
    const bytes = hostile.zipOf(hostile.workbookParts(rowBomb()));
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    await expectRefused('2.4 GB row bomb', bytes, EVERY, /inflates to 2289 MB/);
  });

  it('refuses a bomb whose table of contents lies about its size', async () => {
    const lying = { ...rowBomb(), uncompressedSize: 1000 };
    await expectRefused(
      'bomb claiming 1 KB',
      hostile.zipOf(hostile.workbookParts(lying)),
      EVERY,
      /not the size it claims/,
    );
    await expectRefused(
      'bomb claiming 1 KB after its data',
      hostile.zipOf(hostile.workbookParts({ ...lying, sizesAfterData: true })),
      EVERY,
      /not the size it claims/,
    );
  });

  it('refuses parts hidden from the table of contents, and absurd part counts', async () => {
    const hidden = hostile.zipOf([rowBomb()]).subarray(0, 30 + SHEET.length + 4_000);
    await expectRefused(
      'unlisted local part',
      hostile.zipOf(
        hostile.workbookParts(hostile.part(SHEET, hostile.SHEET_START + hostile.SHEET_END)),
        hidden,
      ),
      EVERY,
      /parts its table of contents does not list/,
    );
    const many = Array.from({ length: 1001 }, (_, i) => hostile.part(`xl/media/p${i}.xml`, 'x'));
    await expectRefused('1,001 parts', hostile.zipOf(many), EVERY, /1001 parts/);
  });

  it('refuses a part claimed larger than any workbook we read, before inflating it', async () => {
    const claimed = { ...hostile.part(SHEET, 'x'), uncompressedSize: 1200 * 1024 * 1024 };
    await expectRefused(
      'sheet claiming 1.2 GB',
      hostile.zipOf(hostile.workbookParts({ ...claimed, data: randomBytes(64 * 1024) })),
      EVERY,
      /inflates to 1200 MB/,
    );
    const strings = {
      ...hostile.part('xl/sharedStrings.xml', 'x'),
      uncompressedSize: 300 * 1024 * 1024,
    };
    await expectRefused(
      'shared strings claiming 300 MB',
      hostile.zipOf([
        ...hostile.workbookParts(hostile.part(SHEET, hostile.SHEET_START + hostile.SHEET_END), {
          sharedStrings: true,
        }),
        { ...strings, data: randomBytes(64 * 1024) },
      ]),
      EVERY,
      /table of texts\) inflates to 300 MB/,
    );
  });

  it('refuses an honest 20 MB sheet or 12 MB of shared strings as a county package', async () => {
    const rows = Array.from(
      { length: 330_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${Math.random()}</v></c></row>`,
    ).join('');
    const big = hostile.zipOf(
      hostile.workbookParts(hostile.part(SHEET, hostile.SHEET_START + rows + hostile.SHEET_END)),
    );
    await expectRefused('honest 20 MB sheet', big, PACKAGES, /at most 16 MB there/);
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${Array.from({ length: 550_000 }, (_, i) => `<si><t>s${i}</t></si>`).join('')}</sst>`;
    const parts = hostile.workbookParts(
      hostile.part(SHEET, hostile.SHEET_START + hostile.SHEET_END),
      {
        sharedStrings: true,
      },
    );
    await expectRefused(
      'honest 12 MB shared strings',
      hostile.zipOf([...parts, hostile.part('xl/sharedStrings.xml', sst)]),
      PACKAGES,
      /table of texts\) inflates to 1[12] MB; a workbook we read has at most 8 MB/,
    );
  });
});

describe('hostile XML and cells', () => {
  it('refuses XML nested 600,000 deep, even stored uncompressed', async () => {
    const deep = `${hostile.SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(600_000)}<t>h</t>${'</r>'.repeat(600_000)}</is></c></row>${hostile.SHEET_END}`;
    await expectRefused(
      '600,000-deep XML',
      hostile.zipOf(hostile.workbookParts(stored(SHEET, deep))),
      EVERY,
      /nests its XML more than 100 levels deep/,
    );
  });

  it('refuses entity expansion (billion laughs) as an unreadable workbook', async () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "${'&lol;'.repeat(10)}"><!ENTITY lol3 "${'&lol2;'.repeat(10)}">]>`;
    const xml =
      hostile.SHEET_START.replace('?>', `?>${lol}`) +
      `<row r="1">${hostile.textCell('A1', 'x').replace('x', '&lol3;')}</row>${hostile.SHEET_END}`;
    const bytes = hostile.zipOf(hostile.workbookParts(hostile.part(SHEET, xml)));
    await expectRefused('billion laughs', bytes, TABLES, /cannot be read as \.xlsx/);
    await expectRefused('billion laughs', bytes, ['readiness responses'], /not an Excel workbook/);
    await expectRefused('billion laughs', bytes, PACKAGES, /not a readable Excel workbook/);
  });

  it('refuses formulas (never working them out) and ignores external link parts', async () => {
    const rows = (cell: string, options = {}) => hostile.sheetWorkbook([header, [cell]], options);
    await expectRefused(
      'formula',
      rows('<c r="A2"><f>1+1</f><v>2</v></c>'),
      TABLES,
      /holds formulas/,
    );
    await expectRefused(
      'shared formula',
      hostile.sheetWorkbook([
        header,
        ['<c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>2</v></c>'],
        ['<c r="A3"><f t="shared" si="0"/><v>4</v></c>'],
      ]),
      TABLES,
      /holds formulas/,
    );
    await expectRefused(
      'formula into an external workbook',
      rows('<c r="A2"><f>[1]Secrets!A1</f><v>7</v></c>', { externalLink: true }),
      TABLES,
      /holds formulas/,
    );
    await expectRefused(
      'error value',
      rows('<c r="A2" t="e"><v>#N/A</v></c>'),
      TABLES,
      /error value \(#N\/A\)/,
    );
    const linked = (await service.invoke('fiscal.previewImport', {
      countyId: COUNTY,
      ...file(rows(hostile.textCell('A2', '2025-07-01'), { externalLink: true })),
    })) as { headers: string[]; rowCount: number };
    expect(linked.headers).toEqual(['date', 'amount']);

    const responses = new ExcelJS.Workbook();
    await responses.xlsx.load(new Uint8Array(templateBytes).buffer);
    sheetOf(responses, 'Responses').getCell('A2').value = {
      formula: '"CalWORKs"',
      result: 'CalWORKs',
    };
    await expectRefused(
      'formula in a response template',
      Buffer.from(await responses.xlsx.writeBuffer()),
      ['readiness responses'],
      /Responses!A2: This cell holds a formula/,
    );
    const pkg = packageWorkbook(samplePackage());
    sheetOf(pkg, 'package').getCell('B3').value = { formula: '1+1', result: 2 };
    await expectRefused(
      'formula in a package',
      Buffer.from(await pkg.xlsx.writeBuffer()),
      PACKAGES,
      /holds a formula/,
    );
  });

  it('refuses a 10 MB cell and a row 16,384 columns wide', async () => {
    const tenMb = 10 * 1024 * 1024;
    const cell = stored(
      SHEET,
      `${hostile.SHEET_START}<row r="1">${header.join('')}</row><row r="2">${hostile.textCell('A2', 'x'.repeat(tenMb))}</row>${hostile.SHEET_END}`,
    );
    await expectRefused(
      '10 MB cell',
      hostile.zipOf(hostile.workbookParts(cell)),
      TABLES,
      /10,485,760 characters; a cell holds at most 32,767/,
    );
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(new Uint8Array(templateBytes).buffer);
    sheetOf(template, 'Responses').getCell('C2').value = randomBytes(tenMb * 0.75).toString(
      'base64',
    );
    await expectRefused(
      '10 MB label',
      Buffer.from(await template.xlsx.writeBuffer()),
      ['readiness responses'],
      /holds 10,485,760 characters, more than a cell can/,
    );
    const wide = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`,
    ).join('');
    await expectRefused(
      '16,384-wide rows',
      hostile.zipOf(
        hostile.workbookParts(
          stored(
            SHEET,
            `${hostile.SHEET_START}<row r="1">${header.join('')}</row>${wide}${hostile.SHEET_END}`,
          ),
        ),
      ),
      TABLES,
      /reaches column 16384; a table we read has at most 1000 columns/,
    );
  });
});

describe('CSV encodings', () => {
  const csv = (text: string) => Buffer.from(text);
  const headersOf = async (bytes: Buffer) =>
    (
      (await service.invoke('fiscal.previewImport', { countyId: COUNTY, ...file(bytes) })) as {
        headers: string[];
      }
    ).headers;

  it('reads UTF-8 and UTF-16 with byte-order marks, and plain Windows-1252, as what they are', async () => {
    const text = 'fecha,descripción,monto\r\n2025-07-01,Pañales,12.50\r\n';
    const expected = ['fecha', 'descripción', 'monto'];
    expect(await headersOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(text)]))).toEqual(
      expected,
    );
    expect(
      await headersOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ).toEqual(expected);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(await headersOf(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(expected);
    expect(await headersOf(Buffer.from(text, 'latin1'))).toEqual(expected);
  });

  it('refuses mixed encodings, NUL bytes, UTF-16 without its mark and 10 MB cells', async () => {
    const mixed = Buffer.concat([
      csv('fecha,descripción\r\n'),
      Buffer.from('2025-07-01,Pañales\r\n', 'latin1'),
    ]);
    await expectRefused(
      'UTF-8 mixed with Windows-1252',
      mixed,
      TABLES,
      /mixes text encodings: it is UTF-8, but line 2 is not/,
    );
    await expectRefused(
      'NUL byte',
      csv('date,amount\r\n2025-07-01,1\u00002\r\n'),
      TABLES,
      /Line 2 holds a NUL character/,
    );
    await expectRefused(
      'UTF-16 without a mark',
      Buffer.from('date,amount\r\n', 'utf16le'),
      TABLES,
      /NUL character/,
    );
    const cell = 'x'.repeat(10 * 1024 * 1024);
    await expectRefused(
      '10 MB CSV cell',
      csv(`date,amount\r\n2025-07-01,${cell}\r\n`),
      TABLES,
      /longer than 1,000,000 characters|32,767/,
    );
    await expectRefused(
      '10 MB quoted CSV cell',
      csv(`date,amount\r\n2025-07-01,"${cell}"\r\n`),
      TABLES,
      /longer than 1,000,000 characters|32,767/,
    );
    await expectRefused(
      '40,000-character CSV cell',
      csv(`date,amount\r\n2025-07-01,${'y'.repeat(40_000)}\r\n`),
      TABLES,
      /40,000 characters; a cell holds at most 32,767/,
    );
  });
});
