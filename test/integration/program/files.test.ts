import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { PROGRAM_SHEETS } from '../../../src/export/program';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';
import { readBack } from '../../support/exportedWorkbook';

/** A sheet's rows as arrays of values, header first. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the program workbook', () => {
  it('holds the model by tier and status, the plan with dates, the team and training totals', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'fiscal');
    const file = await invoke('program.exportWorkbook', { countyId: 49 });
    expect(file.fileName).toBe('Sonoma-program-model-and-plan.xlsx');
    const workbook = await readBack(file.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      ...Object.values(PROGRAM_SHEETS),
    ]);

    const model = await invoke('program.getModel', { countyId: 49 });
    const modelRows = rowsOf(workbook, PROGRAM_SHEETS.model);
    expect(modelRows).toHaveLength(model.components.length + 1);
    const mou = modelRows.find((r) => r[1] === 'Information-sharing MOU and consent forms');
    expect(mou?.slice(0, 3)).toEqual([
      'Cross-cutting',
      'Information-sharing MOU and consent forms',
      'Operating',
    ]);

    const byTier = rowsOf(workbook, PROGRAM_SHEETS.byTier);
    const total = byTier.at(-1);
    expect(total?.[0]).toBe('All tiers');
    expect(total?.at(-1)).toBe(model.components.length);

    const plan = await invoke('program.getPlan', { countyId: 49, today: null });
    const planRows = rowsOf(workbook, PROGRAM_SHEETS.plan);
    expect(planRows).toHaveLength(plan.tasks.length + 1);
    const charter = plan.tasks.find((t) => t.title === 'Charter the implementation team');
    const charterRow = planRows.find((r) => r[0] === charter?.title);
    expect(charterRow?.[5]).toEqual(new Date(`${charter?.startDate}T00:00:00Z`));
    expect(charterRow?.[7]).toBe('Done');
    expect(planRows.filter((r) => r[8] === 'Yes')).toHaveLength(plan.overdue.length);
    expect(rowsOf(workbook, PROGRAM_SHEETS.stages)[1]).toEqual(['Exploration', 4, 4, 1]);

    const team = rowsOf(workbook, PROGRAM_SHEETS.team);
    expect(team).toHaveLength(9);
    expect(team.find((r) => r[2] === 'CWS deputy director')?.slice(0, 2)).toEqual([
      'Co-chair',
      'CWS',
    ]);
    // The demo's SFY 2025-26: 3 h with 12 CalWORKs and 11 CWS staff, 1.5 h with 20, 17 and 2
    // partners. Attendee-hours: CalWORKs 36 + 30 = 66, CWS 33 + 25.5 = 58.5, partners 3.
    expect(rowsOf(workbook, PROGRAM_SHEETS.trainingTotals)[2]).toEqual([
      'SFY 2025-26',
      2,
      4.5,
      32,
      28,
      2,
      62,
      66,
      58.5,
      3,
      127.5,
    ]);
  });

  it('refuses a county that does not exist', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    expect((await refusal(invoke('program.exportWorkbook', { countyId: 999 }))).kind).toBe(
      'NotFound',
    );
  });
});
