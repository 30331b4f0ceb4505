/**
 * Synthetic person extracts as CSV, one column per extract field under its snake_case name (which
 * the extract import recognizes): what `npm run synth:extracts` writes, and what the tests import.
 * One place, so the script's files and the tests' files cannot drift apart.
 */
import {
  extractColumnName,
  extractFieldsOf,
  type ExtractSide,
} from '../core/matching/linkage/extract';
import type { SynthPerson } from './synthExtracts';
import { csvLine } from '../export/csvText';

export function synthExtractHeader(side: ExtractSide): string {
  return csvLine(extractFieldsOf(side).map(extractColumnName));
}

export function synthExtractLine(side: ExtractSide, p: SynthPerson): string {
  return csvLine(extractFieldsOf(side).map((field) => p[field]));
}

/** A whole extract as the CSV file a county's system would export. */
export function synthExtractCsv(side: ExtractSide, persons: readonly SynthPerson[]): string {
  return synthExtractHeader(side) + persons.map((p) => synthExtractLine(side, p)).join('');
}
