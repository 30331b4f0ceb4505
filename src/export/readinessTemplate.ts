/**
 * The blank response template: its first sheet says how to fill it in and which instrument version
 * it belongs to; "Statements" lists the items; "Responses" takes one row per respondent.
 */
import ExcelJS from 'exceljs';
import type { Instrument } from '../core/readiness/instrument';
import { PROGRAM_LABELS, ROLE_LABELS } from '../core/readiness/respondents';
import {
  columnLetter,
  FIXED_COLUMNS,
  INSTRUCTIONS_SHEET,
  responseHeader,
  RESPONSES_SHEET,
  TEMPLATE_FACTS,
  TEMPLATE_KIND,
} from '../files/readinessLayout';
import { momentInWords } from '../core/dateWords';
import { printReady } from './printSetup';

/** Rows prepared with drop-downs and answer checks; more can be added below. */
const PREPARED_ROWS = 200;

export interface TemplateInput {
  readonly instrument: Instrument;
  readonly countyName: string;
  readonly roundTitle: string;
  readonly appVersion: string;
  readonly generatedAt: Date;
}

export function buildResponseTemplate(input: TemplateInput): ExcelJS.Workbook {
  const { instrument } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Linkages Workbench ${input.appVersion}`;
  workbook.created = input.generatedAt;

  const about = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  about.columns = [{ width: 24 }, { width: 100 }];
  about.addRow([`${instrument.title}: response template`]).font = { bold: true, size: 14 };
  // Across both columns, so the title neither widens the label column nor wraps inside it.
  about.mergeCells('A1:B1');
  about.addRow([]);
  const facts: [string, string | number][] = [
    [TEMPLATE_FACTS.kind, TEMPLATE_KIND],
    [TEMPLATE_FACTS.version, instrument.version],
    ['County', `${input.countyName} County`],
    ['Round', input.roundTitle],
    ['Made with', `Linkages Workbench ${input.appVersion} on ${momentInWords(input.generatedAt)}`],
  ];
  for (const [label, value] of facts) about.addRow([label, value]).getCell(1).font = { bold: true };
  about.addRow([]);
  const steps = [
    `On the "${RESPONSES_SHEET}" sheet, fill in one row per respondent. Do not rename sheets or columns.`,
    `Program: ${Object.values(PROGRAM_LABELS).join(', ')}. Role level: ${Object.values(ROLE_LABELS).join(', ')}.`,
    'Label (optional): something like "Unit 3". Never a person\'s name: respondents are anonymous.',
    `Each statement column (ids as on the "Statements" sheet): ${Object.entries(instrument.scale)
      .map(([key, text]) => `${key === 'dontKnow' ? '0' : key} = ${text}`)
      .join(', ')}. Leave a cell empty if the statement was skipped.`,
    "Import the file from the round's page. Every cell is checked first; if any is wrong, nothing is imported and each problem is listed by row and column.",
    `This template is for instrument version ${instrument.version} only.`,
  ];
  steps.forEach((step, index) => about.addRow([`Step ${index + 1}`, step]));
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const statements = workbook.addWorksheet('Statements');
  statements.columns = [{ width: 12 }, { width: 36 }, { width: 100 }];
  statements.addRow(['Item', 'Domain', 'Statement']).font = { bold: true };
  const domainName = new Map(instrument.domains.map((d) => [d.id, d.name]));
  for (const item of instrument.items) {
    statements.addRow([item.id, domainName.get(item.domain) ?? item.domain, item.text]);
  }
  statements.views = [{ state: 'frozen', ySplit: 1 }];

  const responses = workbook.addWorksheet(RESPONSES_SHEET);
  const header = responseHeader(instrument);
  responses.addRow(header).font = { bold: true };
  responses.views = [{ state: 'frozen', ySplit: 1, xSplit: FIXED_COLUMNS.length }];
  responses.getColumn(1).width = 12;
  responses.getColumn(2).width = 14;
  responses.getColumn(3).width = 16;
  const programList = `"${Object.values(PROGRAM_LABELS).join(',')}"`;
  const roleList = `"${Object.values(ROLE_LABELS).join(',')}"`;
  for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
    responses.getCell(`A${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [programList],
    };
    responses.getCell(`B${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [roleList],
    };
    for (let column = FIXED_COLUMNS.length + 1; column <= header.length; column++) {
      responses.getCell(`${columnLetter(column)}${row}`).dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 5],
        showErrorMessage: true,
        errorTitle: 'Answer 0–5',
        error: "Type 1 to 5, or 0 for don't know.",
      };
    }
  }
  return printReady(workbook, {
    title: `${instrument.title}: response template`,
    countyName: input.countyName,
    period: input.roundTitle,
  });
}
