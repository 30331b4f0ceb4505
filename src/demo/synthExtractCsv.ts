/**
 * Synthetic person extracts as CSV, one column per extract field under its snake_case name (which
 * the extract import recognizes): what `npm run synth:extracts` writes, and what the tests import.
 * One place, so the script's files and the tests' files cannot drift apart.
 */
import {
  EXTRACT_FIELDS,
  type ExtractField,
  type ExtractSide,
} from '../core/matching/linkage/extract';
import type { SynthPerson } from './synthExtracts';
import { csvLine } from '../export/csvText';

/** Only the CWS extract says whether a person's case is a referral or open, and its type. */
const CWS_ONLY: readonly ExtractField[] = ['cwsStatus', 'caseType'];

const fieldsOf = (side: ExtractSide) =>
  side === 'cws' ? EXTRACT_FIELDS : EXTRACT_FIELDS.filter((field) => !CWS_ONLY.includes(field));

const columnName = (field: ExtractField) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function synthExtractHeader(side: ExtractSide): string {
  return csvLine(fieldsOf(side).map(columnName));
}

export function synthExtractLine(side: ExtractSide, p: SynthPerson): string {
  return csvLine(fieldsOf(side).map((field) => p[field]));
}
