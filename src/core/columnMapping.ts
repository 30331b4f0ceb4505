/**
 * Which column of an imported file fills which field. A mapping names headers, not positions, so
 * a county can save it and reuse it when next month's export moves a column. Headers are compared
 * after trimming: exports often pad them ("  Amount "). Each import (ledger, person extracts)
 * describes its fields once as a MappingSpec; suggesting, checking and resolving columns are shared.
 */

export interface MappingSpec<F extends string> {
  readonly fields: readonly F[];
  /** Fields every import must map; the others are optional. */
  readonly required: readonly F[];
  readonly labels: Readonly<Record<F, string>>;
  /** Header names seen in real exports, best first, in normalized form (see normalizeHeader). */
  readonly headerNames: Readonly<Record<F, readonly string[]>>;
  /** What every row needs the field for, in the "choose the column" message. */
  readonly neededFor: string;
}

/** Field → header name as it appears in the file. */
export type FieldMapping<F extends string> = Partial<Record<F, string>>;

export interface FieldMappingProblem<F extends string> {
  readonly field: F | null;
  readonly header: string | null;
  readonly message: string;
}

/** "Case #" and "Case No." both become "case number"; punctuation and case are ignored. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bno\b\.?/g, ' number ')
    .replace(/\bnbr\b|\bnum\b/g, ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A guess to show the person, who confirms or changes it; each header fills at most one field.
 * Names are matched whole, so "Vendor ID" is not taken for a description.
 */
export function suggestFieldMapping<F extends string>(
  spec: MappingSpec<F>,
  headers: readonly string[],
): FieldMapping<F> {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: FieldMapping<F> = {};
  // Best name first across all fields, so a header goes to the field it names best before a
  // weaker guess of another field could claim it.
  const longest = Math.max(...spec.fields.map((field) => spec.headerNames[field].length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of spec.fields) {
      if (mapping[field] !== undefined) continue;
      const name = spec.headerNames[field][rank];
      if (name === undefined) continue;
      const index = normalized.findIndex((candidate, i) => candidate === name && !taken.has(i));
      if (index === -1) continue;
      taken.add(index);
      mapping[field] = (headers[index] ?? '').trim();
    }
  }
  return mapping;
}

/** Everything wrong with a mapping for these headers; empty when the import can read the rows. */
export function checkFieldMapping<F extends string>(
  spec: MappingSpec<F>,
  mapping: FieldMapping<F>,
  headers: readonly string[],
): FieldMappingProblem<F>[] {
  const problems: FieldMappingProblem<F>[] = [];
  const counts = new Map<string, number>();
  for (const header of headers) {
    const name = header.trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const field of spec.required) {
    if (!mapping[field]?.trim()) {
      problems.push({
        field,
        header: null,
        message: `Choose the column that holds ${spec.labels[field]}; ${spec.neededFor}.`,
      });
    }
  }
  const fieldsByHeader = new Map<string, F[]>();
  for (const field of spec.fields) {
    const header = mapping[field]?.trim();
    if (!header) continue;
    fieldsByHeader.set(header, [...(fieldsByHeader.get(header) ?? []), field]);
    const count = counts.get(header) ?? 0;
    if (count === 0) {
      problems.push({
        field,
        header,
        message: `${spec.labels[field]} is mapped to “${header}”, but the file has no such column.`,
      });
    } else if (count > 1) {
      problems.push({
        field,
        header,
        message: `The file has ${count} columns named “${header}”; rename them so the import knows which holds ${spec.labels[field]}.`,
      });
    }
  }
  for (const [header, fields] of fieldsByHeader) {
    if (fields.length < 2) continue;
    const labels = fields.map((field) => spec.labels[field]);
    problems.push({
      field: fields[1] ?? null,
      header,
      message: `The column “${header}” is mapped to ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}; a column fills one field.`,
    });
  }
  return problems;
}

/** The column index of each mapped field, for a mapping checkFieldMapping accepts. */
export function mappedFieldColumns<F extends string>(
  spec: MappingSpec<F>,
  mapping: FieldMapping<F>,
  headers: readonly string[],
): Partial<Record<F, number>> {
  const trimmed = headers.map((header) => header.trim());
  const columns: Partial<Record<F, number>> = {};
  for (const field of spec.fields) {
    const header = mapping[field]?.trim();
    if (!header) continue;
    const index = trimmed.indexOf(header);
    if (index !== -1) columns[field] = index;
  }
  return columns;
}

/**
 * A saved mapping fits a file when every column it names is among the file's headers (trimmed):
 * then it can be offered for that file, even if the file has columns the mapping leaves out.
 */
export function mappingFitsHeaders<F extends string>(
  mapping: FieldMapping<F>,
  headers: readonly string[],
): boolean {
  const present = new Set(headers.map((header) => header.trim()));
  return Object.values<string | undefined>(mapping).every(
    (column) => column === undefined || column.trim() === '' || present.has(column.trim()),
  );
}
