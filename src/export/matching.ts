/**
 * A match run's workbook: match rates in the statewide table's shape, the family (case-number)
 * pairs, and the person links by the programs' own ids. Names, dates of birth and SSN digits are
 * written only when the person asked for them (DOMAIN.md, Privacy); then every sheet, the cover
 * included, says it is confidential: a red first row, a red tab, the printed header and footer.
 * Streamed, like the ledger: a statewide run links hundreds of thousands of persons.
 */
import type ExcelJS from 'exceljs';
import { TIER_LABELS } from '../core/program/catalog';
import { COVER_SHEET, writeCover } from './cover';
import { printOptions, type PrintedHeading } from './printSetup';
import {
  DATE_FORMAT,
  SHEET_DATA_ROWS,
  excelDate,
  frozenHeader,
  markedSheet,
  streamTable,
  table,
  type Column,
} from './sheets';
import { streamedWorkbookBytes } from './streamedWorkbook';

export const MATCHING_SHEETS = {
  rates: 'Match rates',
  families: 'Family pairs',
  links: 'Person links',
} as const;

export const CONFIDENTIAL_MARKING =
  'CONFIDENTIAL: names, dates of birth and SSN digits of persons (W&I Code §827, §10850). Keep it on county systems; do not forward.';

export interface MatchRateRow {
  readonly population: string;
  readonly count: number;
  readonly matched: number;
  readonly matchedIn: string;
  /** null for an empty population. */
  readonly share: number | null;
}

export interface FamilyPairRow {
  readonly calworksCase: string;
  readonly cwsCase: string;
  readonly persons: number;
  readonly tier: 'secondary' | 'tertiary';
}

/** What identifies a person on the confidential sheet; the SSN as its last four digits only. */
export interface PersonIdentifiers {
  readonly firstName: string;
  readonly middleName: string;
  readonly lastName: string;
  /** ISO date or ''. */
  readonly dob: string;
  readonly ssnLastFour: string;
}

export interface PersonLinkRow {
  readonly calworksPersonId: string;
  readonly calworksCase: string;
  readonly cwsPersonId: string;
  readonly cwsCase: string;
  /** The model's probability, before any reviewer's decision. */
  readonly probability: number;
  readonly decision: 'match' | 'non-match' | null;
  /** Only in an export with identifiers. */
  readonly calworks?: PersonIdentifiers;
  readonly cws?: PersonIdentifiers;
}

export interface MatchingWorkbookInput {
  readonly countyName: string;
  readonly runId: number;
  readonly accept: number;
  readonly review: number;
  readonly rates: readonly MatchRateRow[];
  readonly families: readonly FamilyPairRow[];
  /** null once the run's identifiers were purged: only case-number pairs and counts remain. */
  readonly links: Iterable<PersonLinkRow> | null;
  readonly withIdentifiers: boolean;
  readonly appVersion: string;
  readonly generatedAt: Date;
}

const DECISION_LABELS = { match: 'Match', 'non-match': 'Not a match' } as const;

const rateColumns: Column<MatchRateRow>[] = [
  { heading: 'Population', value: (r) => r.population, width: 36 },
  { heading: 'Count', value: (r) => r.count, numFmt: '#,##0' },
  { heading: 'Matched', value: (r) => r.matched, numFmt: '#,##0' },
  { heading: 'Matched in', value: (r) => r.matchedIn },
  { heading: 'Share', value: (r) => r.share, numFmt: '0.0%' },
];

const familyColumns: Column<FamilyPairRow>[] = [
  { heading: 'CalWORKs case', value: (f) => f.calworksCase, width: 18 },
  { heading: 'CWS case', value: (f) => f.cwsCase, width: 18 },
  { heading: 'Persons linked', value: (f) => f.persons, numFmt: '0' },
  { heading: 'Tier', value: (f) => TIER_LABELS[f.tier] },
];

function identifierColumns(side: 'calworks' | 'cws', label: string): Column<PersonLinkRow>[] {
  const of = (link: PersonLinkRow) => link[side];
  return [
    { heading: `${label} first name`, value: (l) => of(l)?.firstName ?? '', width: 16 },
    { heading: `${label} middle name`, value: (l) => of(l)?.middleName ?? '', width: 16 },
    { heading: `${label} last name`, value: (l) => of(l)?.lastName ?? '', width: 18 },
    {
      heading: `${label} date of birth`,
      value: (l) => excelDate(of(l)?.dob || null),
      numFmt: DATE_FORMAT,
      width: 14,
    },
    { heading: `${label} SSN last 4`, value: (l) => of(l)?.ssnLastFour ?? '', width: 12 },
  ];
}

function linkColumns(withIdentifiers: boolean): Column<PersonLinkRow>[] {
  return [
    { heading: 'CalWORKs person ID', value: (l) => l.calworksPersonId, width: 18 },
    { heading: 'CalWORKs case', value: (l) => l.calworksCase, width: 16 },
    ...(withIdentifiers ? identifierColumns('calworks', 'CalWORKs') : []),
    { heading: 'CWS person ID', value: (l) => l.cwsPersonId, width: 18 },
    { heading: 'CWS case', value: (l) => l.cwsCase, width: 16 },
    ...(withIdentifiers ? identifierColumns('cws', 'CWS') : []),
    { heading: 'Match probability', value: (l) => l.probability, numFmt: '0.0000' },
    {
      heading: 'Reviewer’s decision',
      value: (l) => (l.decision ? DECISION_LABELS[l.decision] : ''),
    },
  ];
}

export function matchingWorkbookBytes(input: MatchingWorkbookInput): Promise<Uint8Array> {
  return streamedWorkbookBytes(input, (workbook) => writeMatchingWorkbook(input, workbook));
}

async function writeMatchingWorkbook(
  input: MatchingWorkbookInput,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
): Promise<void> {
  const marking = input.withIdentifiers ? CONFIDENTIAL_MARKING : undefined;
  const heading: PrintedHeading = {
    title: `${marking ? 'CONFIDENTIAL · ' : ''}Mutual families: match run ${input.runId}`,
    countyName: input.countyName,
    period: null,
    marking,
  };
  const sheetOptions = () => ({
    ...(marking ? markedSheet(marking) : frozenHeader()),
    ...printOptions(heading),
  });

  const cover = workbook.addWorksheet(COVER_SHEET, {
    ...(marking ? markedSheet(marking, { table: false }) : {}),
    ...printOptions(heading),
  });
  writeCover(cover, {
    ...heading,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      ...(marking ? [marking] : []),
      `Persons linked at a match probability of at least ${input.accept}, one to one, after the county’s review decisions; pairs from ${input.review} were offered for review.`,
      'Family pairs: a CalWORKs case and a CWS case with at least one person linked. Tertiary: the CWS case is an open Family Maintenance or Family Reunification case; otherwise Secondary.',
      input.links === null
        ? 'The run’s identifiers were purged: only case-number pairs and counts remain, so there is no person sheet.'
        : input.withIdentifiers
          ? 'Person links carry names, dates of birth and the last four SSN digits, as asked for when this workbook was made.'
          : 'Person links are by the programs’ own person IDs: no names, dates of birth or SSNs.',
    ],
  });
  cover.commit();
  const rates = workbook.addWorksheet(MATCHING_SHEETS.rates, sheetOptions());
  table(rates, rateColumns, input.rates, marking);
  rates.commit();
  await streamTable(
    (part) =>
      workbook.addWorksheet(
        part === 1 ? MATCHING_SHEETS.families : `${MATCHING_SHEETS.families} ${part}`,
        sheetOptions(),
      ),
    familyColumns,
    input.families,
    SHEET_DATA_ROWS - (marking ? 1 : 0),
    marking,
  );
  if (input.links) {
    await streamTable(
      (part) =>
        workbook.addWorksheet(
          part === 1 ? MATCHING_SHEETS.links : `${MATCHING_SHEETS.links} ${part}`,
          sheetOptions(),
        ),
      linkColumns(input.withIdentifiers),
      input.links,
      SHEET_DATA_ROWS - (marking ? 1 : 0),
      marking,
    );
  }
}
