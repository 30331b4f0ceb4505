import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSynthExtracts } from '../../../scripts/synth-extracts';
import type { ExportFile } from '../../../src/api/files.contract';
import { COVER_SHEET } from '../../../src/export/cover';
import { CONFIDENTIAL_MARKING, MATCHING_SHEETS } from '../../../src/export/matching';
import { readBack } from '../../support/exportedWorkbook';
import { finishedRun, importedExtracts } from '../../support/matching';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-matching-export-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
writeSynthExtracts(folder, { calworksPersons: 900, cwsPersons: 450, mutualPersons: 180, seed: 7 });
const calworksCsv = fs.readFileSync(path.join(folder, 'calworks.csv'), 'utf8');
const cwsCsv = fs.readFileSync(path.join(folder, 'cws.csv'), 'utf8');

/**
 * Every name, date of birth and SSN in the extracts, as they could appear in a cell or a line of
 * text: names of three letters or more, DOBs as ISO and US dates, SSNs whole and as last four.
 */
function identifiersIn(...csvs: string[]) {
  const names = new Set<string>();
  const dates = new Set<string>();
  const ssns = new Set<string>();
  for (const csv of csvs) {
    const [header = '', ...lines] = csv.split('\r\n').filter(Boolean);
    const at = (name: string) => header.split(',').indexOf(name);
    const [first, middle, last, dob, ssn] = [
      'first_name',
      'middle_name',
      'last_name',
      'dob',
      'ssn',
    ].map(at);
    for (const line of lines) {
      const cells = line.split(',');
      for (const i of [first, middle, last]) {
        const name = cells[i ?? -1] ?? '';
        if (name.length >= 3) names.add(name);
      }
      const iso = cells[dob ?? -1] ?? '';
      if (/^\d{4}-\d\d-\d\d$/.test(iso)) {
        dates.add(iso);
        const [y, m, d] = iso.split('-');
        dates.add(`${m}/${d}/${y}`);
      }
      const digits = (cells[ssn ?? -1] ?? '').replace(/\D/g, '');
      if (digits.length === 9) ssns.add(digits);
    }
  }
  return { names, dates, ssns };
}

const identifiers = identifiersIn(calworksCsv, cwsCsv);

/** Every cell of every sheet as text (dates as ISO), with where it is. */
function cellsOf(workbook: ExcelJS.Workbook) {
  const cells: { sheet: string; row: number; text: string }[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row, number) => {
      row.eachCell((cell) => {
        const value = cell.value;
        const text =
          value instanceof Date ? value.toISOString().slice(0, 10) : String(cell.text ?? '');
        cells.push({ sheet: sheet.name, row: number, text });
      });
    });
  });
  return cells;
}

/** The identifiers found in some text: a name as a whole word, a DOB, an SSN's nine digits. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const word of text.toUpperCase().split(/[^A-Z'-]+/)) {
    if (identifiers.names.has(word)) found.push(`name ${word}`);
  }
  for (const date of identifiers.dates) if (text.includes(date)) found.push(`date ${date}`);
  const digits = text.replace(/\D/g, '');
  for (const ssn of identifiers.ssns) if (digits.includes(ssn)) found.push('an SSN');
  return found;
}

// Everything the service and its job workers write to the console while these tests run.
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a match run’s workbook', () => {
  it('without identifiers: rates, family pairs and person links by ID, and no name, DOB or SSN anywhere', async () => {
    const service = serviceOver(openTempWorkbench());
    const runId = await finishedRun(service, await importedExtracts(service, calworksCsv, cwsCsv));
    const view = (await service.invoke('matching.runView', { runId })) as {
      links: number;
      families: number;
    };
    const exported = (await service.invoke('matching.exportRun', { runId })) as ExportFile;
    expect(exported.fileName).toMatch(/^Sonoma-match-run-\d+\.xlsx$/);
    const workbook = await readBack(exported.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      COVER_SHEET,
      MATCHING_SHEETS.rates,
      MATCHING_SHEETS.families,
      MATCHING_SHEETS.links,
    ]);
    const rates = workbook.getWorksheet(MATCHING_SHEETS.rates);
    expect(rates?.getRow(1).values).toEqual([
      undefined,
      'Population',
      'Count',
      'Matched',
      'Matched in',
      'Share',
    ]);
    expect(rates?.getCell('A2').value).toBe('All CalWORKs children');
    // A row per family pair and per person link, under the header.
    expect(workbook.getWorksheet(MATCHING_SHEETS.families)?.rowCount).toBe(view.families + 1);
    const links = workbook.getWorksheet(MATCHING_SHEETS.links);
    expect(links?.rowCount).toBe(view.links + 1);
    expect(links?.getCell('A2').value).toMatch(/^A\d+$/);
    expect(links?.getCell('C2').value).toMatch(/^B\d+$/);
    expect(view.links).toBeGreaterThan(100);

    // The scan finds identifiers where they are (the extracts), so finding none here means none.
    expect(leaks(calworksCsv).length).toBeGreaterThan(1000);
    const found = cellsOf(workbook).flatMap((cell) =>
      leaks(cell.text).map((leak) => `${cell.sheet} row ${cell.row}: ${leak}`),
    );
    expect(found).toEqual([]);
    expect(logged.flatMap(leaks)).toEqual([]);
    expect(workbook.worksheets.some((s) => s.properties.tabColor)).toBe(false);
  }, 120_000);

  it('with identifiers, only when asked: names and DOBs beside the IDs, every sheet marked confidential', async () => {
    const service = serviceOver(openTempWorkbench());
    const runId = await finishedRun(service, await importedExtracts(service, calworksCsv, cwsCsv));
    const exported = (await service.invoke('matching.exportRun', {
      runId,
      identifiers: true,
    })) as ExportFile;
    expect(exported.fileName).toMatch(/^Sonoma-match-run-\d+-CONFIDENTIAL\.xlsx$/);
    const workbook = await readBack(exported.bytesBase64);
    for (const sheet of workbook.worksheets) {
      expect(sheet.headerFooter.oddHeader, sheet.name).toContain('CONFIDENTIAL');
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain('CONFIDENTIAL');
      expect(sheet.properties.tabColor, sheet.name).toEqual({ argb: 'FFC00000' });
    }
    expect(String(workbook.getWorksheet(COVER_SHEET)?.getCell('A1').value)).toMatch(
      /^CONFIDENTIAL/,
    );
    for (const name of [MATCHING_SHEETS.rates, MATCHING_SHEETS.families, MATCHING_SHEETS.links]) {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.getCell('A1').value, name).toBe(CONFIDENTIAL_MARKING);
      // The header under the marking, frozen with it, and filtered.
      expect(sheet?.views[0], name).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet?.autoFilter, name).toMatch(/^A2:[A-Z]+2$/);
    }
    const links = workbook.getWorksheet(MATCHING_SHEETS.links);
    const header = (links?.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual([
      'CalWORKs person ID',
      'CalWORKs case',
      'CalWORKs first name',
      'CalWORKs middle name',
      'CalWORKs last name',
      'CalWORKs date of birth',
      'CalWORKs SSN last 4',
      'CWS person ID',
      'CWS case',
      'CWS first name',
      'CWS middle name',
      'CWS last name',
      'CWS date of birth',
      'CWS SSN last 4',
      'Match probability',
      'Reviewer’s decision',
    ]);
    // The first link's CalWORKs person, as its extract has them.
    const personId = String(links?.getCell('A3').value);
    const line = calworksCsv.split('\r\n').find((l) => l.startsWith(`${personId},`)) ?? '';
    const [, , first, middle, last, dob, , ssn] = line.split(',');
    expect([
      links?.getCell('C3').value,
      links?.getCell('D3').value ?? '',
      links?.getCell('E3').value,
      (links?.getCell('F3').value as Date | null)?.toISOString().slice(0, 10) ?? '',
      links?.getCell('G3').value ?? '',
    ]).toEqual([first, middle, last, dob, (ssn ?? '').replace(/\D/g, '').slice(-4)]);
    // Never the whole SSN.
    const found = cellsOf(workbook).flatMap(({ text }) => leaks(text));
    expect(found.filter((leak) => leak === 'an SSN')).toEqual([]);
    expect(found.length).toBeGreaterThan(100);
    expect(logged.flatMap(leaks)).toEqual([]);
  }, 120_000);

  it('of a purged run: its frozen case-number pairs and rates, and identifiers refused', async () => {
    const service = serviceOver(openTempWorkbench());
    const runId = await finishedRun(service, await importedExtracts(service, calworksCsv, cwsCsv));
    const families = (await service.invoke('matching.families', { runId })) as unknown[];
    await service.invoke('matching.purge', { countyId: 49 });
    const refused = await service
      .invoke('matching.exportRun', { runId, identifiers: true })
      .catch((e: unknown) => e as { kind: string; issues: { path: string }[] });
    expect(refused).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'identifiers' }] });
    const exported = (await service.invoke('matching.exportRun', { runId })) as ExportFile;
    const workbook = await readBack(exported.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      COVER_SHEET,
      MATCHING_SHEETS.rates,
      MATCHING_SHEETS.families,
    ]);
    expect(workbook.getWorksheet(MATCHING_SHEETS.families)?.rowCount).toBe(families.length + 1);
    expect(cellsOf(workbook).flatMap(({ text }) => leaks(text))).toEqual([]);
  }, 120_000);

  it('one family pair’s names are revealed when asked for, and not once purged', async () => {
    const service = serviceOver(openTempWorkbench());
    const runId = await finishedRun(service, await importedExtracts(service, calworksCsv, cwsCsv));
    const [family] = (await service.invoke('matching.families', { runId })) as {
      calworksCase: string;
      cwsCase: string;
      persons: number;
    }[];
    if (!family) throw new Error('the run found no family pairs');
    const { calworksCase, cwsCase } = family;
    const persons = (await service.invoke('matching.familyPersons', {
      runId,
      calworksCase,
      cwsCase,
    })) as { calworks: Record<string, string>; cws: Record<string, string> }[];
    expect(persons).toHaveLength(family.persons);
    for (const { calworks } of persons) {
      const line = calworksCsv.split('\r\n').find((l) => l.startsWith(`${calworks.personId},`));
      const [, caseNumber, first, middle, last, dob] = (line ?? '').split(',');
      expect([
        caseNumber,
        calworks.firstName,
        calworks.middleName,
        calworks.lastName,
        calworks.dob,
      ]).toEqual([calworksCase, first, middle, last, dob]);
    }
    expect(logged.flatMap(leaks)).toEqual([]);

    const strangers = await service
      .invoke('matching.familyPersons', { runId, calworksCase, cwsCase: 'W-NONE' })
      .catch((e: unknown) => e as { kind: string; issues: { path: string }[] });
    expect(strangers).toMatchObject({ kind: 'ValidationError', issues: [{ path: 'cwsCase' }] });
    await service.invoke('matching.purge', { countyId: 49 });
    const purged = await service
      .invoke('matching.familyPersons', { runId, calworksCase, cwsCase })
      .catch((e: unknown) => e as { kind: string; message: string });
    expect(purged).toMatchObject({
      kind: 'ValidationError',
      message: expect.stringMatching(/purged/),
    });
  }, 120_000);

  it('of a run that does not exist: not found', async () => {
    const service = serviceOver(openTempWorkbench());
    const missing = await service
      .invoke('matching.exportRun', { runId: 999 })
      .catch((e: unknown) => e as { kind: string });
    expect(missing).toMatchObject({ kind: 'NotFound' });
  });
});
