/**
 * Synthetic person extracts as CSV, in the columns the extract import recognizes: what
 * `npm run synth:extracts` writes, and what the tests import. One place, so the script's files
 * and the tests' files cannot drift apart.
 */
import type { SynthPerson } from '../core/linkage/synth';
import { csvLine } from './csvText';

export type ExtractSide = 'calworks' | 'cws';

const PERSON_COLUMNS = [
  'person_id',
  'case_number',
  'first_name',
  'middle_name',
  'last_name',
  'dob',
  'sex',
  'ssn',
  'street',
  'zip',
  'role',
] as const;
/** Only the CWS extract says whether a person's case is a referral or open. */
const CWS_COLUMNS = ['cws_status', 'case_type'] as const;

export function synthExtractHeader(side: ExtractSide): string {
  return csvLine(side === 'cws' ? [...PERSON_COLUMNS, ...CWS_COLUMNS] : PERSON_COLUMNS);
}

export function synthExtractLine(side: ExtractSide, p: SynthPerson): string {
  const values = [p.personId, p.caseNumber, p.firstName, p.middleName, p.lastName, p.dob];
  values.push(p.sex, p.ssn, p.street, p.zip, p.role);
  return csvLine(side === 'cws' ? [...values, p.cwsStatus, p.caseType] : values);
}
