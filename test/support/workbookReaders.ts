/**
 * The three readers of uploaded workbooks — the streamed table behind the ledger, extract and
 * outcomes imports (also through the ledger import itself), the readiness response template, the
 * county report package — each with a workbook built as its tests build it and a probe cell, and
 * a way to rewrite that workbook's parts (test/integration/export/workbook*.test.ts).
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { ApiError } from '../../src/api/errors';
import type { ImportPreview } from '../../src/api/fiscal/ledgerImport.contract';
import { ledgerImportJob } from '../../src/api/fiscal/ledgerImportJob';
import { JobRefused } from '../../src/api/jobs/jobTypes';
import { readResponseTemplate } from '../../src/files/readinessImport';
import {
  FIXED_COLUMNS,
  INSTRUCTIONS_SHEET,
  RESPONSES_SHEET,
  TEMPLATE_KIND,
} from '../../src/files/readinessLayout';
import { TEMPLATE_FACTS } from '../../src/files/readinessLayout';
import { PackageRefusal } from '../../src/export/packageRefusal';
import { PACKAGE_SHEET, packageWorkbook, readCountyPackage } from '../../src/export/reportPackage';
import { openTableFile, TableFileError } from '../../src/files/tableFile';
import { budgetedCounty, CURRENT_SFY, FISCAL_COUNTY, type BudgetLine } from './fiscal';
import { inProcessJob } from './fuzzDb';
import { xlsxOf } from './fuzzFiles';
import { PART_ORDERS, partsOf, rezipped, withCell } from './hostileFiles';
import { LEDGER_HEADER } from './ledgerHeader';
import { samplePackage } from './reportPackage';
import { openTempWorkbench, serviceOver, shippedContent } from './workbench';

const instrument = shippedContent().currentInstrument;

/** Not ASCII, and an XML entity: what a reader that decodes or unescapes wrongly gets wrong. */
export const PROBE = 'Peña & Sons';

export type Reading = { text: unknown } | { refused: string };

/**
 * A workbook as a reader's test builds it (exceljs's in-memory writer: shared strings, the sheet
 * before them), where the probe cell lies, and how to read it.
 */
export interface Subject {
  readonly build: (probe: ExcelJS.CellValue) => Promise<Uint8Array>;
  readonly sheetPart: string;
  readonly probeRef: string;
  readonly read: (bytes: Uint8Array) => Promise<Reading>;
}

let budgetLine: Promise<BudgetLine> | undefined;
/** The stream and category a county's first budget line has: the same in every fresh database. */
const lineOf = () => (budgetLine ??= budgetedCounty(openTempWorkbench()).then((c) => c.line));

/**
 * A finance export of 100 rows: a sheet that size made exceljs's streaming reader lose the shared
 * strings after it every time (a few rows, most times). Row 2's Vendor is the probe.
 */
function ledgerRows(line: BudgetLine, probe: ExcelJS.CellValue): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [[...LEDGER_HEADER]];
  for (let i = 0; i < 100; i++) {
    rows.push([
      new Date(Date.UTC(CURRENT_SFY, 7, 1 + (i % 28))),
      1000 + i,
      line.stream,
      line.category,
      'N',
      null,
      i === 0 ? probe : `Vendor ${i % 7}`,
      `C-${i}`,
    ]);
  }
  return rows;
}

/** The rows as the table reader gives them: dates as ISO text, empty cells as null. */
const tableOf = (rows: ExcelJS.CellValue[][]) =>
  rows.map((row) =>
    row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)),
  );

const refusedOrThrow = (error: unknown): Reading => {
  if (error instanceof TableFileError || error instanceof PackageRefusal) {
    return { refused: error.message };
  }
  throw error;
};

const table: Subject = {
  build: async (probe) => xlsxOf(ledgerRows(await lineOf(), probe)),
  sheetPart: 'xl/worksheets/sheet1.xml',
  probeRef: 'G2',
  async read(bytes) {
    try {
      const file = await openTableFile(bytes);
      const rows: unknown[][] = [file.headers];
      for await (const batch of file.batches) rows.push(...batch.map((r) => [...r.fields]));
      const expected: unknown[][] = tableOf(ledgerRows(await lineOf(), 'the probe'));
      const probe = rows[1]?.[6];
      expected[1]?.splice(6, 1, probe);
      // Every cell, not only the probe: the shared strings hold the header and the streams too.
      const wrong = expected.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          Object.is(rows[r]?.[c], cell)
            ? []
            : [`row ${r + 1}, column ${c + 1}: ${String(rows[r]?.[c])}`],
        ),
      );
      expect(wrong.slice(0, 3), `${wrong.length} cells differ`).toEqual([]);
      expect(rows.map((row) => row.length)).toEqual(expected.map((row) => row.length));
      return { text: probe };
    } catch (error) {
      return refusedOrThrow(error);
    }
  },
};

/** The same file through the ledger import: the preview, then the import job's own code. */
const ledger: Subject = {
  ...table,
  async read(bytes) {
    const workbench = openTempWorkbench();
    await budgetedCounty(workbench);
    const upload = { countyId: FISCAL_COUNTY, fileName: 'ledger.xlsx' };
    try {
      const preview = (await serviceOver(workbench).invoke('fiscal.previewImport', {
        ...upload,
        bytesBase64: Buffer.from(bytes).toString('base64'),
      })) as ImportPreview;
      expect(preview.mappingProblems).toEqual([]);
      if (preview.errors.length > 0) {
        return { refused: preview.errors.map((e) => `row ${e.row} · ${e.column}`).join(', ') };
      }
      const input = { ...upload, bytes, mapping: preview.mapping };
      await ledgerImportJob(input, inProcessJob(workbench));
    } catch (error) {
      if (error instanceof JobRefused) return { refused: error.message };
      if (!(error instanceof ApiError)) throw error;
      expect(error.kind, error.message).not.toBe('Internal');
      return { refused: [error.message, ...error.issues.map((i) => i.message)].join(' | ') };
    }
    const stored = workbench.sqlite
      .prepare(`SELECT description FROM ledger_entry WHERE family_reference = 'C-0'`)
      .pluck()
      .get();
    return { text: stored };
  },
};

/**
 * The template's facts and one respondent (the label, C2, the probe), without the app's styling:
 * the reader looks at these alone.
 */
async function templateOf(probe: ExcelJS.CellValue): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const facts = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  facts.addRow([TEMPLATE_FACTS.kind, TEMPLATE_KIND]);
  facts.addRow([TEMPLATE_FACTS.version, instrument.version]);
  const responses = workbook.addWorksheet(RESPONSES_SHEET);
  responses.addRow([...FIXED_COLUMNS, ...instrument.items.map((item) => item.id)]);
  responses.addRow(['CalWORKs', 'Manager', probe, ...instrument.items.map(() => 3)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const readiness: Subject = {
  build: templateOf,
  sheetPart: 'xl/worksheets/sheet2.xml',
  probeRef: 'C2',
  async read(bytes) {
    const reading = await readResponseTemplate(bytes, instrument);
    if (!reading.ok) {
      return { refused: reading.problems.map((p) => `${p.where}: ${p.message}`).join(' | ') };
    }
    expect(reading.respondents).toMatchObject([{ row: 2, program: 'calworks' }]);
    return { text: reading.respondents[0]?.label };
  },
};

/** The package sheet as the app writes it, county.name (B5) the probe. */
function packageRows(probe: ExcelJS.CellValue): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  packageWorkbook(samplePackage())
    .getWorksheet(PACKAGE_SHEET)
    ?.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
  rows[4] = ['county.name', probe];
  return rows;
}

const countyPackage: Subject = {
  build: (probe) => xlsxOf(packageRows(probe), PACKAGE_SHEET),
  sheetPart: 'xl/worksheets/sheet1.xml',
  probeRef: 'B5',
  async read(bytes) {
    try {
      const read = await readCountyPackage(bytes);
      const name = read.county.name;
      expect(read).toEqual({ ...samplePackage(), county: { ...samplePackage().county, name } });
      return { text: name };
    } catch (error) {
      return refusedOrThrow(error);
    }
  },
};

export const SUBJECTS = { table, ledger, readiness, 'county package': countyPackage };

/** The subject's workbook, its parts edited and then zipped again in `order`. */
export async function edited(
  subject: Subject,
  {
    probe = PROBE,
    cell,
    order = PART_ORDERS['as exceljs writes them'],
    edit = () => undefined,
  }: {
    probe?: ExcelJS.CellValue;
    cell?: (subject: Subject) => string;
    order?: (names: string[]) => string[];
    edit?: (parts: Map<string, Buffer>) => void;
  },
): Promise<Uint8Array> {
  const parts = await partsOf(await subject.build(probe));
  if (cell) {
    const xml = String(parts.get(subject.sheetPart));
    parts.set(subject.sheetPart, Buffer.from(withCell(xml, subject.probeRef, cell(subject))));
  }
  edit(parts);
  return rezipped(parts, order);
}

/** What a refusal must name: the cell, as the reader words it. */
export function namesCell(subject: Subject, ref: string): RegExp {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  if (subject === readiness) return new RegExp(`(Instructions|Responses)!${ref}: `);
  return new RegExp(`[Rr]ow ${row}, column ${letters}\\b`);
}
