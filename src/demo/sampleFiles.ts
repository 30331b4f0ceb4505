/**
 * The sample file each import offers (resources/samples, written by scripts/sample-files.ts and
 * served by the API): small, made-up, and valid. The ledger and outcomes samples fit the demo
 * county (its budgeted SFY 2026-27, its families); the extract samples fit any county.
 */
import type { SampleName } from '../api/content';
import { addDays } from '../core/calendarDays';
import { OUTCOME_COLUMNS } from '../core/cocase/evaluation/outcomeRows';
import type { OutcomeKind } from '../core/cocase/evaluation/outcomes';
import { ledgerTemplateHeaders } from '../core/fiscal/import/mapping';
import { csvLine } from '../export/csvText';
import { planDemoCocase } from './demoCocase';
import { ledgerCaseNumbers, type DemoDataset } from './demoCounty';
import { synthExtractCsv } from './synthExtractCsv';
import { synthesizeExtracts, type SynthPerson } from './synthExtracts';

/**
 * SFY 2026-27 expenses in the template's columns, as a finance export writes them: US dates,
 * "$1,850.00", a refund in parentheses; the case numbers are demo families served by Linkages.
 */
const LEDGER_ROWS = `
7/6/2026,$245.00,CalWORKs Single Allocation,Transportation,,N,,Bus passes for job search,C-2000001,
7/14/2026,"$1,850.00",CalWORKs Housing Support Program,Housing,,Y,CWS,Security deposit and first month's rent,C-2000003,
7/21/2026,$420.00,CalWORKs Single Allocation,Child care,,N,,Child care during WtW activities,C-2000001,
8/3/2026,$960.00,CalWORKs Mental Health / Substance Abuse services,Mental health treatment,,Y,CWS,"Family therapy, four sessions",C-2000005,
8/11/2026,$310.00,Title IV-B subpart 2 (PSSF),Other concrete services,,Y,CalWORKs,Utility bill to prevent a shut-off,C-2000003,
8/25/2026,$135.00,CAPIT,Transportation,,N,,Gas cards for visitation,,
9/2/2026,"$2,400.00",CalWORKs Housing Support Program,Housing,,N,,Motel stay during the housing search,C-2000007,
9/16/2026,(60.00),CalWORKs Single Allocation,Transportation,,N,,Bus passes for job search,C-2000001,Unused passes returned
10/1/2026,$780.00,CalWORKs Mental Health / Substance Abuse services,Alcohol & other drug treatment,,Y,CWS,Outpatient treatment intake,C-2000009,
10/19/2026,$500.00,County General Fund,Other concrete services,County,N,,Emergency food and diapers,,
11/4/2026,$275.00,Title IV-B subpart 2 (PSSF),Transportation,,N,,Rides to court dates,C-2000005,
`;

/** Each sample family's events in days after it joined: an entry before a reunification, a sanction before its cure. */
const FAMILY_EVENTS: readonly (readonly [OutcomeKind, number][])[] = [
  [
    ['wtw-engagement', 23],
    ['foster-care-entry', 41],
    ['reunification', 213],
  ],
  [
    ['sanction-started', 67],
    ['sanction-cured', 124],
    ['wtw-engagement', 131],
  ],
  [
    ['exit-with-earnings', 302],
    ['cws-case-closed', 337],
  ],
  [
    ['wtw-engagement', 29],
    ['foster-care-entry', 58],
  ],
  [
    ['sanction-started', 75],
    ['exit-with-earnings', 281],
  ],
];

export function sampleFiles(dataset: DemoDataset): Record<SampleName, string> {
  const extracts = synthesizeExtracts({
    calworksPersons: 40,
    cwsPersons: 24,
    mutualPersons: 12,
    seed: 2027,
  });
  // Files anyone may download carry SSNs from the 900s, an area never issued: no one's number.
  const unissued = (persons: readonly SynthPerson[]) =>
    persons.map((p) => ({ ...p, ssn: p.ssn.replace(/^\d/, '9') }));
  return {
    ledger: csvLine(ledgerTemplateHeaders()) + LEDGER_ROWS.trim().replace(/\n/g, '\r\n') + '\r\n',
    calworksExtract: synthExtractCsv('calworks', unissued(extracts.calworks)),
    cwsExtract: synthExtractCsv('cws', unissued(extracts.cws)),
    outcomes: outcomesSample(dataset),
  };
}

/**
 * Events for three Linkages families and two of the comparison group of the demo county, each a
 * family that stays, joined early enough for its events to fall before the demo's last day.
 */
function outcomesSample(dataset: DemoDataset): string {
  const { families } = planDemoCocase(dataset.cocase, ledgerCaseNumbers(dataset.fiscal));
  const last = addDays(dataset.cocase.through, -400);
  const staying = families.filter((f) => f.endDate === null && f.startDate <= last);
  const chosen = [
    ...staying.filter((f) => f.group === 'linkages').slice(0, 3),
    ...staying.filter((f) => f.group === 'comparison').slice(0, 2),
  ];
  const lines = [csvLine(OUTCOME_COLUMNS)];
  chosen.forEach((family, index) => {
    for (const [kind, days] of FAMILY_EVENTS[index] ?? []) {
      lines.push(
        csvLine([family.calworksCase, family.cwsCase, kind, addDays(family.startDate, days)]),
      );
    }
  });
  return lines.join('');
}
