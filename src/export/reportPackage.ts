/**
 * The county report package as a workbook: sheets people read (cover, readiness, program model,
 * rollout, fiscal, training) and, last and hidden, the `package` sheet the roll-up reads back —
 * one key and value per row (see docs/report-package.md). Both come from one CountyPackage, so
 * what people read and what the roll-up adds up cannot differ.
 */
import ExcelJS from 'exceljs';
import { SOURCE_PROGRAM_LABELS } from '../core/fiscal/reference';
import { sfyLabel } from '../core/fiscalCalendar';
import { TIER_LABELS } from '../core/program/catalog';
import { STATUS_LABELS } from '../core/program/model';
import { STAGES } from '../core/program/rollout';
import {
  CountyPackage,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  packageInconsistencies,
  READINESS_ABSENT_WORDS,
  upgradeOlderPackage,
} from '../core/reports/package';
import {
  flattenPackage,
  PackageLayoutError,
  unflattenPackage,
  type PackageRow,
} from '../core/reports/packageLayout';
import { evaluationFigureColumns, packageFigure } from './cocase';
import { columnLetter } from '../files/readinessLayout';
import { unreadableCells } from '../files/sheetCells';
import { printReady } from './printSetup';
import {
  DATE_FORMAT,
  excelDate,
  figureTable,
  MONEY_FORMAT,
  table,
  type Cell,
  type Column,
} from './sheets';
import { createWorkbook, type CoverDetails } from './workbook';
import {
  checkWorkbookSize,
  MAX_CELL_CHARS,
  sizeRefusalMessage,
  type WorkbookLimits,
} from '../files/workbookBounds';
import { readCell, refusalWords, type CellRefusal } from '../files/workbookCell';
import { WorkbookRefusal } from '../files/workbookXml';
import { PackageRefusal } from './packageRefusal';

export const PACKAGE_SHEET = 'package';
/** A package is a few hundred rows; anything near this is not one. */
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;

/**
 * A package we write inflates to well under 1 MB (a few hundred key rows and short sheets); the
 * limits leave room for Excel re-saving it and refuse anything that would make exceljs's
 * in-memory reader (every part at once) hold more than a few hundred MB.
 */
export const PACKAGE_WORKBOOK_LIMITS: WorkbookLimits = {
  maxPartBytes: 16 * 1024 * 1024,
  maxSharedStringsBytes: 8 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
};

const dollars = (cents: number) => cents / 100;

export function packageWorkbook(pkg: CountyPackage): ExcelJS.Workbook {
  const cover: CoverDetails = {
    title: 'County report package',
    countyName: pkg.county.name,
    period: sfyLabel({ startYear: pkg.sfyStartYear }),
    appVersion: pkg.appVersion,
    generatedAt: new Date(pkg.generatedAt),
    notes: [
      `Package format ${PACKAGE_FORMAT}, version ${pkg.version}. The last sheet, “${PACKAGE_SHEET}” (hidden), holds the same figures for the statewide roll-up; edit neither.`,
      'Aggregates only: no person, case number or free text from the Workbench is in this file.',
    ],
  };
  const workbook = createWorkbook(cover);
  addReadiness(workbook.addWorksheet('Readiness'), pkg);
  table(workbook.addWorksheet('Program model'), modelColumns, pkg.model.byTierStatus);
  table(workbook.addWorksheet('Rollout'), rolloutColumns, pkg.rollout.byStage);
  table(workbook.addWorksheet('Fiscal'), streamColumns, pkg.fiscal.byStream);
  figures(workbook.addWorksheet('Fiscal totals'), [
    ['Budget', dollars(pkg.fiscal.budgetCents), MONEY_FORMAT],
    ['Spent', dollars(pkg.fiscal.spentCents), MONEY_FORMAT],
    ['Leveraged funds', dollars(pkg.fiscal.leveragedCents), MONEY_FORMAT],
    ['General-fund savings', dollars(pkg.fiscal.generalFundSavedCents), MONEY_FORMAT],
    ['General fund committed', dollars(pkg.fiscal.generalFundCommittedCents), MONEY_FORMAT],
    ['Leverage ratio', pkg.fiscal.leverageRatio, '0.00'],
  ]);
  const { training } = pkg;
  figures(workbook.addWorksheet('Training'), [
    ['Joint training sessions', training.sessions],
    ['Hours', training.minutes / 60],
    ['CalWORKs attendees', training.attendees.calworks],
    ['CWS attendees', training.attendees.cws],
    ['Partner attendees', training.attendees.partner],
    ['All attendees', training.attendees.total],
  ]);
  addEvaluation(workbook, pkg.evaluation);
  const machine = workbook.addWorksheet(PACKAGE_SHEET, { state: 'hidden' });
  machine.columns = [
    { header: 'key', width: 40 },
    { header: 'value', width: 40 },
  ];
  // Text stays text: a value is written as the string or number it is, never as a formula.
  for (const { key, value } of flattenPackage(pkg)) machine.addRow([key, value]);
  // The hidden sheet is not printed; printReady leaves it as it is.
  return printReady(workbook, cover);
}

/**
 * The round the readiness figures come from, named, or why there are none: an open round is still
 * collecting answers, so a package reports only a closed one.
 */
function addReadiness(sheet: ExcelJS.Worksheet, pkg: CountyPackage) {
  const { readiness } = pkg;
  if (!readiness) {
    figures(sheet, [
      ['Readiness figures', 'None in this package'],
      ['Why', READINESS_ABSENT_WORDS[pkg.readinessAbsent ?? 'no-round-answered']],
    ]);
    return;
  }
  figures(sheet, [
    ['Round', readiness.title ?? 'Not named (package made before format version 3)'],
    ['Held on', excelDate(readiness.heldOn), DATE_FORMAT],
    ['Status', readiness.status === 'closed' ? 'Closed' : 'Not recorded'],
    ['Instrument version', readiness.instrumentVersion],
    ['Respondents', readiness.respondents],
    ['Overall score (1–5)', readiness.overall],
    ['Readiness level', readiness.level],
  ]);
}

/** Figure and value rows, a format where the figure needs one. */
function figures(sheet: ExcelJS.Worksheet, rows: [string, Cell, string?][]) {
  const lines = rows.map(([label, value, numFmt]) => ({ label, values: [value], numFmt }));
  figureTable(sheet, ['Figure', 'Value'], lines);
}

type TierStatus = CountyPackage['model']['byTierStatus'][number];
const modelColumns: Column<TierStatus>[] = [
  {
    heading: 'Tier',
    value: (r) => (r.tier === 'cross-cutting' ? 'Cross-cutting' : TIER_LABELS[r.tier]),
    width: 16,
  },
  { heading: 'Status', value: (r) => STATUS_LABELS[r.status], width: 14 },
  { heading: 'Components', value: (r) => r.components },
];

const rolloutColumns: Column<CountyPackage['rollout']['byStage'][number]>[] = [
  {
    heading: 'Stage',
    value: (r) => STAGES.find((s) => s.id === r.stage)?.label ?? r.stage,
    width: 26,
  },
  { heading: 'Tasks done', value: (r) => r.done },
  { heading: 'Tasks', value: (r) => r.total },
];

const streamColumns: Column<CountyPackage['fiscal']['byStream'][number]>[] = [
  { heading: 'Funding stream', value: (r) => r.stream, width: 40 },
  { heading: 'Program', value: (r) => SOURCE_PROGRAM_LABELS[r.sourceProgram], width: 14 },
  { heading: 'Budget', value: (r) => dollars(r.budgetCents), numFmt: MONEY_FORMAT, width: 15 },
  { heading: 'Spent', value: (r) => dollars(r.spentCents), numFmt: MONEY_FORMAT, width: 15 },
  {
    heading: 'Leveraged',
    value: (r) => dollars(r.leveragedCents),
    numFmt: MONEY_FORMAT,
    width: 15,
  },
];

/** The evaluation as the evaluation workbook shows it: counts, rates and the difference. */
function addEvaluation(workbook: ExcelJS.Workbook, evaluation: CountyPackage['evaluation']) {
  const sheet = workbook.addWorksheet('Evaluation');
  if (!evaluation) {
    figures(sheet, [['Mutual families recorded', 0]]);
    return;
  }
  const hidden = `<${evaluation.smallCell}`;
  figures(sheet, [
    ['Indicators as of', excelDate(evaluation.asOf), DATE_FORMAT],
    ['Families in Linkages', evaluation.families.linkages],
    ['Families in the comparison group', evaluation.families.comparison],
    [`Counts under this are shown as “${hidden}”`, evaluation.smallCell],
  ]);
  table(
    workbook.addWorksheet('Evaluation indicators'),
    evaluationFigureColumns(hidden),
    evaluation.indicators.map(packageFigure),
  );
}

const place = (row: number, column: number) => `row ${row}, column ${columnLetter(column)}`;

/** A package holds values only: a formula is never worked out, nor its cached result trusted. */
const packageDamaged = (row: number, column: number, refusal: CellRefusal) =>
  new PackageRefusal(
    `The package sheet is damaged: ${place(row, column)} ${refusalWords(refusal)}${refusal.kind === 'formula' ? ' where a value should be' : ''}.`,
  );

/** Reads a package workbook back: its format, version, shape and own totals, or a refusal. */
export async function readCountyPackage(bytes: Uint8Array): Promise<CountyPackage> {
  if (bytes.length > MAX_PACKAGE_BYTES) {
    throw new PackageRefusal(
      `The file is ${Math.round(bytes.length / 1024 / 1024)} MB; a county package is far smaller, so this is not one.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const directory = await checkWorkbookSize(bytes, PACKAGE_WORKBOOK_LIMITS);
    // Before exceljs loads it: it reads some cells wrongly without saying so (sheetCells.ts).
    const [unreadable] = await unreadableCells(bytes, directory, [PACKAGE_SHEET], 1);
    if (unreadable) throw packageDamaged(unreadable.row, unreadable.column, unreadable.refusal);
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
  } catch (error) {
    if (error instanceof PackageRefusal) throw error;
    throw new PackageRefusal(
      sizeRefusalMessage(error) ??
        (error instanceof WorkbookRefusal ? error.message : null) ??
        'The file is not a readable Excel workbook (.xlsx): damaged, or another kind of file.',
    );
  }
  const sheet = workbook.getWorksheet(PACKAGE_SHEET);
  if (!sheet) {
    throw new PackageRefusal(
      `This workbook is not a Linkages county package: it has no “${PACKAGE_SHEET}” sheet.`,
    );
  }
  const rows: PackageRow[] = [];
  let cellProblem: string | null = null;
  sheet.eachRow((row, n) => {
    if (n === 1 || cellProblem !== null) return;
    const key = readCell(row.getCell(1).value);
    const value = readCell(row.getCell(2).value);
    if ('refused' in key) throw packageDamaged(n, 1, key.refused);
    if ('refused' in value) throw packageDamaged(n, 2, value.refused);
    if (typeof key.value !== 'string') cellProblem = `row ${n} of “${PACKAGE_SHEET}” has no key`;
    else if (
      key.value.length > MAX_CELL_CHARS ||
      (typeof value.value === 'string' && value.value.length > MAX_CELL_CHARS)
    ) {
      cellProblem = `row ${n} holds more text than a cell can (${MAX_CELL_CHARS} characters)`;
    } else if (
      value.value !== null &&
      typeof value.value !== 'string' &&
      typeof value.value !== 'number'
    ) {
      cellProblem = `${place(n, 2)} (“${key.value}”) holds neither text nor a number`;
    } else rows.push({ key: key.value, value: value.value });
  });
  if (cellProblem) throw new PackageRefusal(`The package sheet is damaged: ${cellProblem}.`);
  const format = rows.find((r) => r.key === 'format')?.value;
  const version = rows.find((r) => r.key === 'version')?.value;
  if (format !== PACKAGE_FORMAT) {
    throw new PackageRefusal(
      'This workbook is not a Linkages county package (its format is not named).',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new PackageRefusal('The package does not say which format version it is.');
  }
  if (version > PACKAGE_VERSION) {
    throw new PackageRefusal(
      `The package was made by a newer Workbench (format version ${version}); this one reads version ${PACKAGE_VERSION}. Update the Workbench to roll it up.`,
    );
  }
  let shaped: Record<string, unknown>;
  try {
    // Older versions read in the current shape: without an evaluation (1), round unnamed (1, 2).
    shaped = upgradeOlderPackage(unflattenPackage(rows));
  } catch (error) {
    if (error instanceof PackageLayoutError) {
      throw new PackageRefusal(`The package sheet is damaged: ${error.message}`);
    }
    throw error;
  }
  const parsed = CountyPackage.safeParse(shaped);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackageRefusal(
      `The package sheet is damaged: “${issue?.path.join('.') ?? ''}” ${issue?.message ?? ''}.`,
    );
  }
  const problems = packageInconsistencies(parsed.data);
  if (problems.length > 0) {
    throw new PackageRefusal(`The package's figures do not add up: ${problems.join('; ')}.`);
  }
  return parsed.data;
}
