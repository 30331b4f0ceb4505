/**
 * The readiness workbook: summary with level and recommendation, scores by domain and program,
 * item means and distributions, and the anonymous raw responses. Figures are core's, unrounded,
 * shown through number formats, so a reader can recompute them.
 */
import type ExcelJS from 'exceljs';
import type { Instrument } from '../core/readiness/instrument';
import type { RecommendationResult } from '../core/readiness/recommend';
import type { RespondentProgram, RoleLevel } from '../core/readiness/respondents';
import type {
  DomainScore,
  GroupMeans,
  ItemScore,
  Mean,
  RoundScores,
  RoundTrend,
} from '../core/readiness/scoring';
import { programLabel, responseHeader, RESPONSES_SHEET, roleLabel } from '../files/readinessLayout';
import { dayInWords } from '../core/dateWords';
import { printReady } from './printSetup';
import { DATE_FORMAT, excelDate, table, type Column } from './sheets';
import { createWorkbook, type CoverDetails } from './workbook';

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

/** A mean and its number of answers, side by side. */
function meanColumns<T>(heading: string, mean: (row: T) => Mean): Column<T>[] {
  return [
    { heading: `${heading} mean`, value: (row) => mean(row).mean, numFmt: MEAN },
    { heading: `${heading} n`, value: (row) => mean(row).n },
  ];
}

function groupColumns<T extends GroupMeans>(): Column<T>[] {
  return [
    ...meanColumns<T>('All', (d) => d.overall),
    ...meanColumns<T>('CalWORKs', (d) => d.byProgram.calworks),
    ...meanColumns<T>('CWS', (d) => d.byProgram.cws),
    ...meanColumns<T>('Partner', (d) => d.byProgram.partner),
    ...meanColumns<T>('Managers', (d) => d.byRole.manager),
    ...meanColumns<T>('Supervisors', (d) => d.byRole.supervisor),
    ...meanColumns<T>('Line staff', (d) => d.byRole.line),
    { heading: 'Gap CalWORKs − CWS', value: (d) => d.alignmentGap, numFmt: GAP },
    { heading: 'Managers − line staff', value: (d) => d.roleGap, numFmt: GAP },
    { heading: "Don't know", value: (d) => d.dontKnow },
  ];
}

export function buildReadinessWorkbook(input: ReadinessWorkbookInput): ExcelJS.Workbook {
  const { scores, recommendation, instrument } = input;
  const cover: CoverDetails = {
    title: 'Readiness workbook',
    countyName: input.countyName,
    period: `${input.round.title} (${dayInWords(input.round.heldOn)})`,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      'Respondents are anonymous: only their program and role level are recorded. Their optional labels are left out of this workbook.',
      'Means leave out "don\'t know" answers; each mean is shown with its number of answers (n).',
    ],
  };
  const workbook = createWorkbook(cover);

  const summary = workbook.addWorksheet('Summary');
  summary.columns = [{ width: 28 }, { width: 16 }, { width: 48 }, { width: 90 }];
  const facts: [string, string | number | Date | null][] = [
    ['Round', input.round.title],
    ['Held on', excelDate(input.round.heldOn)],
    ['Status', input.round.status],
    ['Instrument version', input.round.instrumentVersion],
    ['Respondents', scores.respondents],
    ['Overall score', scores.overall],
    [
      'Readiness level',
      scores.level?.label ??
        (scores.overall === null ? 'No answers yet' : 'Not enough answers yet for a level'),
    ],
    [
      `Change since ${input.previous?.title ?? 'previous round'}`,
      input.previous?.trend.overall ?? null,
    ],
  ];
  for (const [label, value] of facts)
    summary.addRow([label, value]).getCell(1).font = { bold: true };
  summary.getCell('B2').numFmt = DATE_FORMAT;
  summary.getCell('B6').numFmt = MEAN;
  summary.getCell('B8').numFmt = GAP;
  summary.addRow([]);
  summary.addRow(['Recommendation', 'Tier', 'Components', 'Reason']).font = { bold: true };
  for (const r of recommendation.recommendations) {
    summary.addRow([r.verb, r.tier, r.components.map((c) => c.name).join('; '), r.reason]);
  }

  table<DomainScore>(
    workbook.addWorksheet('Domains'),
    [
      { heading: 'Domain', value: (d) => d.name },
      ...groupColumns<DomainScore>(),
      {
        heading: 'Change since previous',
        value: (d) => input.previous?.trend.domains.get(d.domainId) ?? null,
        numFmt: GAP,
      },
    ],
    scores.domains,
  );

  const domainName = new Map(instrument.domains.map((d) => [d.id, d.name]));
  const itemText = new Map(instrument.items.map((i) => [i.id, i.text]));
  table<ItemScore>(
    workbook.addWorksheet('Items'),
    [
      { heading: 'Item', value: (item) => item.itemId },
      { heading: 'Domain', value: (item) => domainName.get(item.domainId) ?? item.domainId },
      { heading: 'Statement', value: (item) => itemText.get(item.itemId) ?? '' },
      ...groupColumns<ItemScore>(),
      // How many gave each answer ("don't know" is counted in the column before).
      ...[1, 2, 3, 4, 5].map((answer): Column<ItemScore> => ({
        heading: `Answered ${answer}`,
        value: (item) => item.distribution[answer] ?? 0,
      })),
    ],
    scores.items,
  );

  const header = responseHeader(instrument);
  table<ReadinessWorkbookInput['respondents'][number]>(
    workbook.addWorksheet(RESPONSES_SHEET),
    [
      { heading: header[0] ?? 'Program', value: (r) => programLabel(r.program) },
      { heading: header[1] ?? 'Role level', value: (r) => roleLabel(r.roleLevel) },
      // Labels stay in the Workbench: raw responses travel with program and role level only.
      { heading: header[2] ?? 'Label', value: () => '' },
      ...instrument.items.map((item): Column<ReadinessWorkbookInput['respondents'][number]> => ({
        heading: item.id,
        value: (r) => r.answers[item.id] ?? null,
      })),
    ],
    input.respondents,
  );
  return printReady(workbook, cover);
}
