/**
 * Issue 22: the package reports the readiness instrument's newest closed round, names it, and says
 * plainly when there is none — never an open round that is still collecting answers.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Invoke } from '../../../src/api/contract';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const SONOMA = 49;
const SFY = 2025;

/** A round whose respondents answer every item with one value each; closed if asked. */
async function round(
  invoke: Invoke,
  title: string,
  heldOn: string,
  answers: number[],
  status: 'open' | 'closed',
) {
  const instrument = await invoke('readiness.instrument', {});
  const created = await invoke('readiness.createRound', { countyId: SONOMA, title, heldOn });
  for (const answer of answers) {
    const respondent = await invoke('readiness.addRespondent', {
      roundId: created.id,
      program: 'cws',
      roleLevel: 'line',
    });
    await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: respondent.version,
      answers: instrument.items.map((item) => ({ itemId: item.id, answer })),
    });
  }
  if (status === 'closed') {
    await invoke('readiness.setRoundStatus', { roundId: created.id, status });
  }
  return created;
}

/** The readable Readiness sheet as figure → value. */
async function readinessSheet(bytesBase64: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(bytesBase64, 'base64')).buffer);
  const rows = new Map<string, unknown>();
  workbook.getWorksheet('Readiness')?.eachRow((row) => {
    rows.set(String(row.getCell(1).value), row.getCell(2).value);
  });
  return rows;
}

async function exported(invoke: Invoke) {
  const file = await invoke('reports.exportPackage', { countyId: SONOMA, sfyStartYear: SFY });
  const pkg = await invoke('reports.readPackage', {
    fileName: file.fileName,
    bytesBase64: file.bytesBase64,
  });
  return { pkg, sheet: await readinessSheet(file.bytesBase64) };
}

describe('the readiness round in the county report package', () => {
  it('takes the newest closed round, not a newer open round with one respondent, and names it', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const closed = await round(invoke, 'Fall 2025 readiness', '2025-10-01', [2, 2, 3], 'closed');
    await round(invoke, 'Spring 2026 readiness', '2026-04-15', [4], 'open');
    const results = await invoke('readiness.results', { roundId: closed.id });

    const { pkg, sheet } = await exported(invoke);
    expect(pkg.readiness).toEqual({
      title: 'Fall 2025 readiness',
      status: 'closed',
      instrumentVersion: closed.instrumentVersion,
      heldOn: '2025-10-01',
      respondents: 3,
      overall: results.overall,
      level: results.level?.id ?? null,
    });
    expect(pkg.readinessAbsent).toBeNull();
    expect(sheet.get('Round')).toBe('Fall 2025 readiness');
    expect(sheet.get('Held on')).toEqual(new Date('2025-10-01T00:00:00Z'));
    expect(sheet.get('Status')).toBe('Closed');
    expect(sheet.get('Respondents')).toBe(3);
  });

  it('with only an open round, carries no readiness figures and says why', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await round(invoke, 'Spring 2026 readiness', '2026-04-15', [4], 'open');

    const { pkg, sheet } = await exported(invoke);
    expect(pkg.readiness).toBeNull();
    expect(pkg.readinessAbsent).toBe('no-round-closed');
    expect(sheet.get('Readiness figures')).toBe('None in this package');
    expect(String(sheet.get('Why'))).toMatch(/No readiness round .* is closed/);
    expect([...sheet.values()]).not.toContain(1);
  });

  it('says when no round was held by the end of the SFY, or no closed round has answers', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    expect((await exported(invoke)).pkg.readinessAbsent).toBe('no-round-held');
    // Held after the SFY's end: not this year's.
    await round(invoke, 'Fall 2026 readiness', '2026-09-15', [3], 'closed');
    expect((await exported(invoke)).pkg.readinessAbsent).toBe('no-round-held');
    await round(invoke, 'Spring 2026 readiness', '2026-04-15', [], 'closed');
    expect((await exported(invoke)).pkg.readinessAbsent).toBe('no-closed-round-answered');
  });
});

describe('the package preview', () => {
  it('shows the figures the package will carry, the readiness round named', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await round(invoke, 'Fall 2025 readiness', '2025-10-01', [2, 3], 'closed');
    await round(invoke, 'Spring 2026 readiness', '2026-04-15', [4], 'open');

    const preview = await invoke('reports.previewPackage', {
      countyId: SONOMA,
      sfyStartYear: SFY,
    });
    const { pkg } = await exported(invoke);
    expect(preview.readiness?.title).toBe('Fall 2025 readiness');
    expect(preview.readiness?.respondents).toBe(2);
    const { generatedAt: _previewed, ...previewed } = preview;
    const { generatedAt: _written, ...written } = pkg;
    expect(previewed).toEqual(written);
  });

  it('refuses an unknown county as the export does', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await expect(
      invoke('reports.previewPackage', { countyId: 999, sfyStartYear: SFY }),
    ).rejects.toThrow('There is no county with id 999.');
  });
});
