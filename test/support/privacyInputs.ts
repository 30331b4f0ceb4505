/**
 * Extracts for the privacy scan, and files a person gets wrong with identifiers of people in the bad rows, for the privacy scan: the
 * refusal must name the row and column at fault without repeating the names, dates of birth or
 * SSNs beside it.
 */
import type { SynthPerson } from '../../src/demo/synthExtracts';
import { csvLine } from '../../src/export/csvText';
import { synthExtractHeader, synthExtractLine } from '../../src/demo/synthExtractCsv';
import { LEDGER_HEADER } from './ledgerHeader';

/** An extract as the synthetic extracts script writes it (npm run synth:extracts). */
export function extractCsv(side: 'calworks' | 'cws', persons: readonly SynthPerson[]): string {
  return synthExtractHeader(side) + persons.map((p) => synthExtractLine(side, p)).join('');
}

/** Extract rows (no header), each wrong in one way a real extract is. */
export function badExtract(side: 'calworks' | 'cws', persons: readonly SynthPerson[]): string {
  const faults: ((p: SynthPerson) => Partial<SynthPerson>)[] = [
    (p) => ({ dob: `${p.dob}T99` }),
    () => ({ sex: 'Q' as 'F' }),
    (p) => ({ dob: p.dob.replace(/^(\d\d)(\d\d)-(\d\d)-(\d\d)$/, '$3/$4/$2') }),
    (p) => ({ dob: `${p.dob.slice(0, 8)}32` }),
    (p) => ({ personId: persons[0]?.personId ?? p.personId }),
    () => ({ role: 'uncle' as 'parent' }),
  ];
  return persons
    .map((person, n) =>
      synthExtractLine(side, { ...person, ...faults[n % faults.length]?.(person) }),
    )
    .join('');
}

/** A finance export whose vendor column names a person; each row is wrong in another cell. */
export function badLedger(persons: readonly SynthPerson[]): string {
  const faults = [
    { date: '13/45/2025' },
    { amount: '12,3a' },
    { fund: 'No Such Fund' },
    { category: 'No Such Category' },
  ];
  return (
    csvLine(LEDGER_HEADER) +
    persons
      .map((p, n) => {
        const row = {
          date: '8/14/2025',
          amount: '$25.00',
          fund: 'CalWORKs Housing Support Program',
          category: 'Housing',
          ...faults[n % faults.length],
        };
        const vendor = `Bus pass for ${p.firstName} ${p.lastName} (DOB ${p.dob}, SSN ${p.ssn})`;
        return csvLine([
          row.date,
          row.amount,
          row.fund,
          row.category,
          'N',
          '',
          vendor,
          p.caseNumber,
        ]);
      })
      .join('')
  );
}

/** Outcome events with a child's name and birth date in extra columns, every row wrong. */
export function badOutcomes(
  families: readonly { calworksCase: string; cwsCase: string }[],
  persons: readonly SynthPerson[],
): string {
  const header = csvLine([
    'calworks_case',
    'cws_case',
    'outcome',
    'date',
    'child_name',
    'child_dob',
  ]);
  return (
    header +
    persons
      .map((p, n) => {
        const family = families[n % Math.max(1, families.length)];
        const cases =
          n === 0 ? ['C-NOPE', 'W-NOPE'] : [family?.calworksCase ?? '', family?.cwsCase ?? ''];
        const date = n === 1 ? '2025-13-40' : '2025-09-01';
        const outcome = n === 2 ? 'moved away' : 'reunification';
        return csvLine([...cases, outcome, date, `${p.firstName} ${p.lastName}`, p.dob]);
      })
      .join('')
  );
}
