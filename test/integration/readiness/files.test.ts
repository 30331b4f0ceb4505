import { describe, expect, it } from 'vitest';
import { importRespondents } from '../../../src/db/readiness/repository';
import { typedInvoke } from '../../../src/api/service';
import { INSTRUCTIONS_SHEET, RESPONSES_SHEET } from '../../../src/files/readinessLayout';
import { filledTemplate, row } from '../../support/readinessTemplate';
import { openTempWorkbench, serviceOver, shippedContent, refusal } from '../../support/workbench';
import { readBack } from '../../support/exportedWorkbook';

const instrument = shippedContent().currentInstrument;
const SONOMA = 49;

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const round = await invoke('readiness.createRound', {
    countyId: SONOMA,
    title: 'Spring 2026',
    heldOn: '2026-04-15',
  });
  const tables = () =>
    ['readiness_respondent', 'readiness_answer', 'audit_event'].map(
      (t) => (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    );
  return { workbench, invoke, round, tables };
}

describe('the response template', () => {
  it('documents itself on its first sheet and has one column per statement', async () => {
    const { invoke, round } = await setup();
    const file = await invoke('readiness.exportTemplate', { roundId: round.id });
    expect(file.fileName).toBe('Sonoma-Spring-2026-response-template.xlsx');
    const workbook = await readBack(file.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      INSTRUCTIONS_SHEET,
      'Statements',
      RESPONSES_SHEET,
    ]);
    expect(workbook.getWorksheet(INSTRUCTIONS_SHEET)?.getCell('B4').value).toBe(instrument.version);
    const header = workbook.getWorksheet(RESPONSES_SHEET)?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      'Program',
      'Role level',
      'Label',
      ...instrument.items.map((i) => i.id),
    ]);
    expect(workbook.getWorksheet(RESPONSES_SHEET)?.getCell('D2').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 5],
    });
  });
});

describe('importing responses', () => {
  it('adds every filled row as a respondent with its answers', async () => {
    const { invoke, round } = await setup();
    const bytesBase64 = await filledTemplate(instrument, [
      row(instrument, 'CalWORKs', 'Manager', 4, 'Unit 3'),
      row(instrument, 'cws', 'line staff', 'DK'),
      ['Partner', 'Supervisor', '', 5, null, '2'],
    ]);
    expect(
      await invoke('readiness.importResponses', {
        roundId: round.id,
        fileName: 'f.xlsx',
        bytesBase64,
      }),
    ).toEqual({
      added: 3,
    });
    const detail = await invoke('readiness.getRound', { roundId: round.id });
    expect(detail.respondents.map((r) => [r.program, r.roleLevel, r.label, r.answered])).toEqual([
      ['calworks', 'manager', 'Unit 3', instrument.items.length],
      ['cws', 'line', '', instrument.items.length],
      ['partner', 'supervisor', '', 2],
    ]);
    const third = await invoke('readiness.getAnswers', {
      respondentId: detail.respondents[2]?.id ?? 0,
    });
    expect(third.answers).toEqual({
      [instrument.items[0]?.id ?? '']: 5,
      [instrument.items[2]?.id ?? '']: 2,
    });
  });

  it('reports 3 bad cells as 3 problems, by sheet, row and column, and writes nothing', async () => {
    const { invoke, round, tables } = await setup();
    const bad = row(instrument, 'CalWORKs', 'Manager', 3);
    bad[4] = 7; // E2: out of range
    const worse = row(instrument, 'Probation', 'Line staff', 3); // A3: unknown program
    worse[10] = 'abc'; // K3: not an answer
    const bytesBase64 = await filledTemplate(instrument, [
      bad,
      worse,
      row(instrument, 'CWS', 'Manager', 2),
    ]);
    const before = tables();
    const error = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(error.kind).toBe('ValidationError');
    expect(error.issues).toEqual([
      {
        path: 'Responses!E2',
        message: `"7" is not an answer to ${instrument.items[1]?.id}: use 1–5, or 0 for don't know.`,
      },
      { path: 'Responses!A3', message: 'Program must be CalWORKs, CWS, Partner.' },
      {
        path: 'Responses!K3',
        message: `"abc" is not an answer to ${instrument.items[7]?.id}: use 1–5, or 0 for don't know.`,
      },
    ]);
    expect(error.message).toMatch(/^Nothing was imported: 3 problems in the file\./);
    expect(tables()).toEqual(before);
  });

  it.each([
    ['an empty file', '', /The file is empty/],
    [
      'a file that is not a workbook',
      Buffer.from('PK\u0003\u0004 not really a zip').toString('base64'),
      /not an Excel workbook/,
    ],
  ])('refuses %s with a specific message', async (_case, bytesBase64, message) => {
    const { invoke, round, tables } = await setup();
    const before = tables();
    const error = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(error.message).toMatch(message);
    expect(tables()).toEqual(before);
  });

  it('refuses a template of another instrument version, naming both versions', async () => {
    const { invoke, round } = await setup();
    const bytesBase64 = await filledTemplate(
      instrument,
      [row(instrument, 'CWS', 'Manager', 3)],
      (workbook) => {
        const cell = workbook.getWorksheet(INSTRUCTIONS_SHEET)?.getCell('B4');
        if (cell) cell.value = instrument.version + 1;
      },
    );
    const error = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(error.issues).toEqual([
      {
        path: 'Instructions!B4',
        message: `This template is for instrument version ${instrument.version + 1}; this round uses version ${instrument.version}. Export a new template from this round.`,
      },
    ]);
  });

  it('refuses formulas instead of evaluating them', async () => {
    const { invoke, round } = await setup();
    const withFormula = row(instrument, 'CWS', 'Manager', 3);
    withFormula[3] = { formula: '1+2' };
    const bytesBase64 = await filledTemplate(instrument, [withFormula]);
    const error = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(error.issues).toEqual([
      { path: 'Responses!D2', message: 'This cell holds a formula; type the value itself.' },
    ]);
  });

  it('refuses a file over 10 MB before reading it, and any import into a closed round', async () => {
    const { invoke, round } = await setup();
    const huge = await refusal(
      invoke('readiness.importResponses', {
        roundId: round.id,
        fileName: 'big.xlsx',
        bytesBase64: 'A'.repeat(14_000_004),
      }),
    );
    expect(huge.issues).toEqual([
      { path: 'bytesBase64', message: 'The file is larger than 10 MB.' },
    ]);
    await invoke('readiness.setRoundStatus', { roundId: round.id, status: 'closed' });
    const bytesBase64 = await filledTemplate(instrument, [row(instrument, 'CWS', 'Manager', 3)]);
    const closed = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(closed.kind).toBe('Conflict');
  });
});

describe('importing: what else is refused', () => {
  it('the same file twice: its respondents would count twice', async () => {
    const { invoke, round, tables } = await setup();
    const bytesBase64 = await filledTemplate(instrument, [row(instrument, 'CWS', 'Manager', 3)]);
    await invoke('readiness.importResponses', {
      roundId: round.id,
      fileName: 'team-a.xlsx',
      bytesBase64,
    });
    const before = tables();
    const again = await refusal(
      invoke('readiness.importResponses', {
        roundId: round.id,
        fileName: 'copy.xlsx',
        bytesBase64,
      }),
    );
    expect(again.kind).toBe('Conflict');
    expect(again.message).toMatch(
      /already imported into this round \(as team-a\.xlsx, \d{4}-\d{2}-\d{2}\)/,
    );
    expect(tables()).toEqual(before);
  });

  it('values outside the statement columns, extra sheets and rows without answers', async () => {
    const { invoke, round, tables } = await setup();
    const stray = row(instrument, 'CWS', 'Manager', 3);
    const beyond = instrument.items.length + 3; // 0-based index of the first column after the last statement
    stray[beyond] = 'Jane Doe';
    const bytesBase64 = await filledTemplate(
      instrument,
      [stray, ['CalWORKs', 'Line staff', 'Unit 3']],
      (workbook) => workbook.addWorksheet('Responses (2)').addRow(['CWS', 'Manager']),
    );
    const before = tables();
    const error = await refusal(
      invoke('readiness.importResponses', { roundId: round.id, fileName: 'f.xlsx', bytesBase64 }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'Responses (2)',
      expect.stringMatching(/^Responses!\w+2$/),
      'Responses!A3',
    ]);
    expect(error.issues.map((i) => i.message)).toEqual([
      'The sheet "Responses (2)" is not part of the template: put its rows on "Responses".',
      'This cell has a value, but its column has no statement heading.',
      'This row has a respondent but no answers.',
    ]);
    // The stray cell's value (here a name) is never echoed back.
    expect(error.message).not.toContain('Jane');
    expect(tables()).toEqual(before);
  });

  it('re-checks the round inside the write: closed or deleted while the file was read', async () => {
    const { workbench, invoke, round } = await setup();
    const respondents = [
      { program: 'cws' as const, roleLevel: 'line' as const, label: '', answers: [] },
    ];
    await invoke('readiness.setRoundStatus', { roundId: round.id, status: 'closed' });
    expect(
      importRespondents(workbench.db, round.id, { sha256: 'x', name: 'f.xlsx' }, respondents, 'me'),
    ).toEqual({
      status: 'round-closed',
      title: 'Spring 2026',
    });
    expect(
      importRespondents(workbench.db, 9999, { sha256: 'x', name: 'f.xlsx' }, respondents, 'me'),
    ).toEqual({
      status: 'round-missing',
    });
  });
});

describe('the readiness workbook', () => {
  it('carries core’s figures, with formats, frozen headers and filters, and the raw responses', async () => {
    const { invoke, round } = await setup();
    // Answers vary by domain (its position d in the instrument), so a row in the wrong place shows:
    // CalWORKs manager answers d % 5 + 1, CWS line staff 5 − d % 5, CWS manager always 3.
    const domainIndex = new Map(instrument.domains.map((d, index) => [d.id, index]));
    const byDomain = (program: string, role: string, answer: (d: number) => number) => [
      program,
      role,
      'Unit 7',
      ...instrument.items.map((item) => answer(domainIndex.get(item.domain) ?? 0)),
    ];
    const bytesBase64 = await filledTemplate(instrument, [
      byDomain('CalWORKs', 'Manager', (d) => (d % 5) + 1),
      byDomain('CWS', 'Line staff', (d) => 5 - (d % 5)),
      byDomain('CWS', 'Manager', () => 3),
    ]);
    await invoke('readiness.importResponses', {
      roundId: round.id,
      fileName: 'f.xlsx',
      bytesBase64,
    });
    const results = await invoke('readiness.results', { roundId: round.id });
    const file = await invoke('readiness.exportWorkbook', { roundId: round.id });
    expect(file.fileName).toBe('Sonoma-Spring-2026-readiness.xlsx');
    const workbook = await readBack(file.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Summary',
      'Domains',
      'Items',
      'Responses',
    ]);

    const summary = workbook.getWorksheet('Summary');
    expect(summary?.getCell('B6').value).toBe(results.overall);
    expect(summary?.getCell('B6').numFmt).toBe('0.0');
    expect(summary?.getCell('B7').value).toBe(results.level?.label);

    const domains = workbook.getWorksheet('Domains');
    const heading = (domains?.getRow(1).values ?? []) as unknown[];
    const column = (name: string) => heading.indexOf(name);
    expect(domains?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(domains?.autoFilter).toBeTruthy();
    expect(domains?.getColumn(column('All mean')).numFmt).toBe('0.0');
    results.domains.forEach((domain, index) => {
      const d = index;
      const cells = (domains?.getRow(index + 2).values ?? []) as unknown[];
      expect(cells[column('Domain')]).toBe(domain.name);
      expect(cells[column('All mean')]).toBe(domain.overall.mean);
      // By hand: CalWORKs d % 5 + 1; CWS (5 − d % 5 + 3) / 2; gap the difference.
      expect(cells[column('CalWORKs mean')]).toBe((d % 5) + 1);
      expect(cells[column('CWS mean')]).toBe((5 - (d % 5) + 3) / 2);
      expect(cells[column('CWS n')]).toBe(
        2 * instrument.items.filter((i) => i.domain === domain.domainId).length,
      );
      expect(cells[column('Managers n')]).toBe(domain.byRole.manager.n);
      expect(cells[column('Gap CalWORKs − CWS')]).toBe(domain.alignmentGap);
    });

    const items = workbook.getWorksheet('Items');
    const itemHeading = (items?.getRow(1).values ?? []) as unknown[];
    results.items.forEach((item, index) => {
      const cells = (items?.getRow(index + 2).values ?? []) as unknown[];
      expect(cells[itemHeading.indexOf('Item')]).toBe(item.itemId);
      expect(cells[itemHeading.indexOf('All mean')]).toBe(item.overall.mean);
      expect(cells[itemHeading.indexOf('CalWORKs n')]).toBe(item.byProgram.calworks.n);
      expect(
        ["Don't know", 'Answered 1', 'Answered 2', 'Answered 3', 'Answered 4', 'Answered 5'].map(
          (h) => cells[itemHeading.indexOf(h)],
        ),
      ).toEqual(item.distribution);
    });

    const responses = workbook.getWorksheet('Responses');
    expect(responses?.rowCount).toBe(4);
    const second = (responses?.getRow(3).values ?? []) as unknown[];
    expect(second.slice(1, 4)).toEqual(['CWS', 'Line staff', '']);
    expect(second[4]).toBe(5 - ((domainIndex.get(instrument.items[0]?.domain ?? '') ?? 0) % 5));
    // Labels ("Unit 7") stay in the Workbench.
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => expect(JSON.stringify(row.values)).not.toContain('Unit 7'));
    }
  });
});
