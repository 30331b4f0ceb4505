/**
 * Loads one extract: checks the mapping against the file's headers, then reads and standardizes
 * the rows batch by batch as the file streams past. All or nothing: a file with any bad row gives
 * its problems (the first MAX_EXTRACT_PROBLEMS_LISTED, and how many in all) and no table.
 */
import type { TableRecord } from '../../tableRecord';
import {
  checkExtractMapping,
  ExtractRowReader,
  SIDE_LABELS,
  type ExtractMapping,
  type ExtractProblem,
  type ExtractSide,
} from './extract';
import { PersonTableBuilder, type PersonTable, type SharedVocabularies } from './persons';

export const MAX_EXTRACT_PROBLEMS_LISTED = 100;

export class ExtractMappingRefused extends Error {
  constructor(
    readonly side: ExtractSide,
    readonly problems: readonly string[],
  ) {
    super(`${SIDE_LABELS[side]}: ${problems.join(' ')}`);
    this.name = 'ExtractMappingRefused';
  }
}

export type LoadedExtract =
  | { readonly ok: true; readonly table: PersonTable; readonly rows: number }
  | {
      readonly ok: false;
      readonly problems: readonly ExtractProblem[];
      readonly problemCount: number;
      readonly rows: number;
    };

export class ExtractLoader {
  private readonly reader: ExtractRowReader;
  private readonly builder: PersonTableBuilder;
  private readonly problems: ExtractProblem[] = [];
  private problemCount = 0;
  private rows = 0;

  /** Throws ExtractMappingRefused when the mapping does not fit the headers. */
  constructor(
    readonly side: ExtractSide,
    headers: readonly string[],
    mapping: ExtractMapping,
    shared: SharedVocabularies,
    expectedRows?: number,
  ) {
    const problems = checkExtractMapping(mapping, headers);
    if (problems.length > 0)
      throw new ExtractMappingRefused(
        side,
        problems.map((p) => p.message),
      );
    this.reader = new ExtractRowReader(mapping, headers);
    this.builder = new PersonTableBuilder(shared, expectedRows);
  }

  push(records: readonly TableRecord[]): void {
    for (const record of records) {
      this.rows++;
      const read = this.reader.read(record.row, record.fields);
      if ('person' in read) {
        // Once a row is bad the table will not be used; reading on only finds the other problems.
        if (this.problemCount === 0) this.builder.add(read.person);
        continue;
      }
      this.problemCount += read.problems.length;
      for (const problem of read.problems) {
        if (this.problems.length < MAX_EXTRACT_PROBLEMS_LISTED) this.problems.push(problem);
      }
    }
  }

  finish(): LoadedExtract {
    if (this.problemCount > 0) {
      return {
        ok: false,
        problems: this.problems,
        problemCount: this.problemCount,
        rows: this.rows,
      };
    }
    return { ok: true, table: this.builder.finish(), rows: this.rows };
  }
}
