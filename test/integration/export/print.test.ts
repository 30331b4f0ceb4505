/**
 * Every exported workbook prints well (issue 23, part 4). Its saved XML asks for one page wide
 * and as many tall as it takes, the header row on every page, a print area, and the county and
 * "Page x of y" on every page; and LibreOffice, converting all of them to PDF in one run, prints
 * the header row at the top of every page of every table. The PDFs are kept in
 * test-results/print for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE_FORMAT } from '../../../src/export/sheets';
import { everyExport, type ExportedWorkbook } from '../../support/everyExport';
import { elementText, printedSheets, tagAttributes } from '../../support/printedWorkbook';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const PDF_FOLDER = path.resolve('test-results', 'print');
const EXPORTS = [
  'readiness.xlsx',
  'readiness-template.xlsx',
  'program.xlsx',
  'cocase-worklists.xlsx',
  'cocase-evaluation.xlsx',
  'matching.xlsx',
  'matching-identifiers.xlsx',
  'fiscal.xlsx',
  'report-package.xlsx',
  'rollup.xlsx',
];

let exported: ExportedWorkbook[] = [];

beforeAll(async () => {
  exported = await everyExport(serviceOver(openTempWorkbench()));
}, 240_000);

describe('every exported workbook, as saved', () => {
  it('is every export the Workbench makes', () => {
    expect(exported.map((e) => e.name)).toEqual(EXPORTS);
  });

  it('asks for one page wide, header rows on every page, a print area, county and page x of y', async () => {
    for (const { name, bytes } of exported) {
      const sheets = await printedSheets(bytes);
      for (const sheet of sheets.filter((s) => s.visible)) {
        const where = `${name} “${sheet.name}”`;
        expect(sheet.xml, where).toMatch(
          /<sheetPr>(<tabColor [^>]*\/>)?<pageSetUpPr fitToPage="1"\/>/,
        );
        expect(tagAttributes(sheet.xml, 'pageSetup'), where).toMatchObject({
          paperSize: '1',
          orientation: expect.stringMatching(/^(portrait|landscape)$/),
          fitToWidth: '1',
          fitToHeight: '0',
        });
        const header = elementText(sheet.xml, 'oddHeader') ?? '';
        const footer = elementText(sheet.xml, 'oddFooter') ?? '';
        expect(`${header}${footer}`, where).toMatch(
          /^&L(Sonoma County|Statewide)|&L(Sonoma County|Statewide) · /,
        );
        expect(footer, where).toMatch(/&A.*&RPage &P of &N$/);
        const quoted = `'${sheet.name}'!`;
        expect(sheet.definedNames.get('_xlnm.Print_Area'), where).toMatch(
          new RegExp(`^${quoted}\\$A\\$1:\\$[A-Z]+\\$${sheet.lastRow}$`),
        );
        // A table longer than its header repeats the header (and a marking above it) on every page.
        const titles = sheet.definedNames.get('_xlnm.Print_Titles');
        if (sheet.frozenRows > 0 && sheet.lastRow > sheet.frozenRows) {
          expect(titles, where).toBe(`${quoted}$1:$${sheet.frozenRows}`);
        }
      }
      // The hidden package sheet is for the roll-up, not for paper.
      for (const sheet of sheets.filter((s) => !s.visible)) {
        expect(sheet.definedNames.size, `${name} “${sheet.name}”`).toBe(0);
      }
    }
  });

  it('says the period in the header where the workbook has one, and marks every page of a confidential one', async () => {
    const headerOf = async (name: string) => {
      const file = exported.find((e) => e.name === name);
      const sheets = await printedSheets(file?.bytes ?? new Uint8Array());
      return sheets.filter((s) => s.visible).map((s) => elementText(s.xml, 'oddHeader'));
    };
    for (const name of ['fiscal.xlsx', 'report-package.xlsx', 'rollup.xlsx']) {
      for (const header of await headerOf(name)) expect(header, name).toMatch(/&RSFY \d{4}-\d\d$/);
    }
    for (const header of await headerOf('matching-identifiers.xlsx')) {
      expect(header).toMatch(/^&C&"-,Bold"CONFIDENTIAL: names/);
    }
  });

  it('shows dates as dates, and when it was made in words, not as a UTC timestamp', async () => {
    for (const { name, bytes } of exported) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
      for (const sheet of workbook.worksheets.filter((s) => s.state === 'visible')) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const where = `${name} “${sheet.name}” ${cell.address}`;
            if (cell.value instanceof Date) expect(cell.numFmt, where).toBe(DATE_FORMAT);
            expect(String(cell.text), where).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
          }),
        );
      }
      const cover = workbook.worksheets[0];
      if (cover?.name === 'Cover') {
        expect(cover.getCell('B5').text, name).toMatch(
          /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M$/,
        );
      }
    }
  });
});

/** The text of each page of a PDF, as pdftotext lays it out. */
function pagesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The sheet a page prints, from its footer "<workbook>: <sheet>   Page x of y". */
function sheetOfPage(page: string, sheetNames: readonly string[]): string | undefined {
  const byLength = [...sheetNames].sort((a, b) => b.length - a.length);
  return byLength.find((sheet) => new RegExp(`: ${escapeRegExp(sheet)}( {2,}|\\n|$)`).test(page));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('every exported workbook, printed by LibreOffice', () => {
  it('carries the header row on every page of every table', { timeout: 300_000 }, async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-print-'));
    try {
      const files = exported.map(({ name, bytes }) => {
        fs.writeFileSync(path.join(folder, name), bytes);
        return path.join(folder, name);
      });
      fs.rmSync(PDF_FOLDER, { recursive: true, force: true });
      fs.mkdirSync(PDF_FOLDER, { recursive: true });
      // One run for all of them (LibreOffice's start is most of the time), in a fresh profile.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(folder, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          PDF_FOLDER,
          ...files,
        ],
        { stdio: 'pipe', timeout: 280_000 },
      );
      for (const { name, bytes } of exported) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(new Uint8Array(bytes).buffer);
        const visible = workbook.worksheets.filter((s) => s.state === 'visible');
        const pages = pagesOf(path.join(PDF_FOLDER, name.replace(/\.xlsx$/, '.pdf')));
        const printed = new Map<string, number>();
        pages.forEach((page, i) => {
          const where = `${name} page ${i + 1}`;
          expect(page, where).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`));
          expect(page, where).toMatch(/Sonoma County|Statewide/);
          expect(page, where).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
          const sheetName = sheetOfPage(
            page,
            visible.map((s) => s.name),
          );
          expect(sheetName, where).toBeDefined();
          const sheet = visible.find((s) => s.name === sheetName);
          printed.set(sheetName ?? '', (printed.get(sheetName ?? '') ?? 0) + 1);
          // exceljs reads a sheet without views as null views.
          const view = (sheet?.views as ExcelJS.WorksheetView[] | null | undefined)?.[0];
          const headerRow = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
          if (!sheet || headerRow === 0) return;
          // The header's words at the top of the page, before the table's rows: the first lines
          // hold the printed header, a marking and the header row (wrapped onto a few lines).
          const top = squeezed(page.split('\n').slice(0, 12).join(' '));
          const headings = (sheet.getRow(headerRow).values as unknown[]).filter(
            (v): v is string => typeof v === 'string',
          );
          for (const word of headings.flatMap((h) => h.split(/\s+/))) {
            expect(top, `${where} (“${sheet.name}”) lacks “${word}” of its header`).toContain(
              squeezed(word),
            );
          }
        });
        // Every sheet printed; the cover on one page, its title whole.
        expect([...printed.keys()].sort(), name).toEqual(visible.map((s) => s.name).sort());
        if (visible[0]?.name === 'Cover') {
          expect(printed.get('Cover'), name).toBe(1);
          expect(pages[0], name).toContain(String(visible[0].getCell('A1').value));
        }
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
