/**
 * The readiness workbook: summary with level and recommendation, scores by domain and program,
 * item means and distributions, and the anonymous raw responses. Figures are core's, unrounded,
 * shown through number formats, so a reader can recompute them.
 */
import type ExcelJS from 'exceljs';
import type { Instrument } from '../core/readiness/instrument';
import type { RecommendationResult } from '../core/readiness/recommend';
import type { RespondentProgram, RoleLevel } from '../core/readiness/respondents';
import type { RoundScores, RoundTrend } from '../core/readiness/scoring';
import { programLabel, responseHeader, RESPONSES_SHEET, roleLabel } from './readinessLayout';
import { createWorkbook } from './workbook';

export interface ReadinessWorkbookInput {
  readonly countyName: string;
  readonly round: { title: string; heldOn: string; status: string; instrumentVersion: number };
  readonly instrument: Instrument;
  readonly scores: RoundScores;
  readonly recommendation: RecommendationResult;
  readonly previous: { title: string; trend: RoundTrend } | null;
  readonly respondents: readonly {
    program: RespondentProgram;
    roleLevel: RoleLevel;
    label: string;
    answers: Readonly<Record<string, number>>;
  }[];
  readonly appVersion: string;
  readonly generatedAt: Date;
}

const MEAN = '0.0';
const GAP = '+0.0;-0.0;0.0';

/** A header row in bold, frozen, with a filter over the table below it. */
function table(
  sheet: ExcelJS.Worksheet,
  header: string[],
  rows: (string | number | null)[][],
  formats: Record<number, string> = {},
): void {
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  for (const [column, numFmt] of Object.entries(formats))
    sheet.getColumn(Number(column)).numFmt = numFmt;
  header.forEach((title, index) => {
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, title.length + 2));
  });
}

export function buildReadinessWorkbook(input: ReadinessWorkbookInput): ExcelJS.Workbook {
  const { scores, recommendation, instrument } = input;
  const workbook = createWorkbook({
    title: 'Readiness workbook',
    countyName: input.countyName,
    period: `${input.round.title} (${input.round.heldOn})`,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      'Respondents are anonymous: only their program and role level are recorded.',
      'Means leave out "don\'t know" answers; each mean is shown with its number of answers (n).',
    ],
  });

  const summary = workbook.addWorksheet('Summary');
  summary.columns = [{ width: 28 }, { width: 16 }, { width: 48 }, { width: 90 }];
  const facts: [string, string | number | null][] = [
    ['Round', input.round.title],
    ['Held on', input.round.heldOn],
    ['Status', input.round.status],
    ['Instrument version', input.round.instrumentVersion],
    ['Respondents', scores.respondents],
    ['Overall score', scores.overall],
    ['Readiness level', scores.level?.label ?? 'No answers yet'],
    [
      `Change since ${input.previous?.title ?? 'previous round'}`,
      input.previous?.trend.overall ?? null,
    ],
  ];
  for (const [label, value] of facts)
    summary.addRow([label, value]).getCell(1).font = { bold: true };
  summary.getCell('B6').numFmt = MEAN;
  summary.getCell('B8').numFmt = GAP;
  summary.addRow([]);
  summary.addRow(['Recommendation', 'Tier', 'Components', 'Reason']).font = { bold: true };
  for (const r of recommendation.recommendations) {
    summary.addRow([r.verb, r.tier, r.components.map((c) => c.name).join('; '), r.reason]);
  }

  table(
    workbook.addWorksheet('Domains'),
    [
      'Domain',
      'All mean',
      'All n',
      'CalWORKs mean',
      'CalWORKs n',
      'CWS mean',
      'CWS n',
      'Partner mean',
      'Partner n',
      'Managers mean',
      'Supervisors mean',
      'Line staff mean',
      'Gap CalWORKs − CWS',
      'Managers − line staff',
      "Don't know",
      'Change since previous',
    ],
    scores.domains.map((d) => [
      d.name,
      d.overall.mean,
      d.overall.n,
      d.byProgram.calworks.mean,
      d.byProgram.calworks.n,
      d.byProgram.cws.mean,
      d.byProgram.cws.n,
      d.byProgram.partner.mean,
      d.byProgram.partner.n,
      d.byRole.manager.mean,
      d.byRole.supervisor.mean,
      d.byRole.line.mean,
      d.alignmentGap,
      d.roleGap,
      d.dontKnow,
      input.previous?.trend.domains.get(d.domainId) ?? null,
    ]),
    { 2: MEAN, 4: MEAN, 6: MEAN, 8: MEAN, 10: MEAN, 11: MEAN, 12: MEAN, 13: GAP, 14: GAP, 16: GAP },
  );

  const domainName = new Map(instrument.domains.map((d) => [d.id, d.name]));
  const itemText = new Map(instrument.items.map((i) => [i.id, i.text]));
  table(
    workbook.addWorksheet('Items'),
    [
      'Item',
      'Domain',
      'Statement',
      'All mean',
      'n',
      'CalWORKs mean',
      'CWS mean',
      'Gap CalWORKs − CWS',
      "Don't know",
      '1',
      '2',
      '3',
      '4',
      '5',
    ],
    scores.items.map((item) => [
      item.itemId,
      domainName.get(item.domainId) ?? item.domainId,
      itemText.get(item.itemId) ?? '',
      item.overall.mean,
      item.overall.n,
      item.byProgram.calworks.mean,
      item.byProgram.cws.mean,
      item.alignmentGap,
      ...item.distribution,
    ]),
    { 4: MEAN, 6: MEAN, 7: MEAN, 8: GAP },
  );

  table(
    workbook.addWorksheet(RESPONSES_SHEET),
    responseHeader(instrument),
    input.respondents.map((r) => [
      programLabel(r.program),
      roleLabel(r.roleLevel),
      r.label,
      ...instrument.items.map((item) => r.answers[item.id] ?? null),
    ]),
  );
  return workbook;
}
