/**
 * Generators of hostile import files: pure noise, and "almost valid" files made from a valid
 * table by mutating cells, rows and bytes, so a parser's deeper paths are reached rather than
 * only its first refusal.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { inPartOrder, partOrder } from './hostileFiles';

/** Cell texts that have broken importers before: numbers at the edges, odd dates, quoting, controls. */
export const HOSTILE_TEXTS = [
  '',
  ' ',
  '0',
  '-0',
  '1e308',
  '-1e308',
  '99999999999999999999',
  '90071992547409.92',
  '12.345',
  '1.005',
  '0.001',
  '$-5',
  '($5)',
  '(-5)',
  '+-1',
  '1,2,3',
  '1,23',
  '.',
  '$',
  'NaN',
  'Infinity',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '9999-12-31',
  '2/30/2026',
  '13/1/2026',
  '7/1/26',
  '7/1/1926',
  '2026-07-01T00:00:00Z',
  '7/1/2026 10:00',
  '45000',
  '-1',
  '"',
  '""',
  '"a"b',
  'a\r\nb',
  '\r',
  '\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u202E',
  'é',
  '😀',
  '=1+1',
  'Y',
  'N',
  'yes',
  'CWS',
  'calworks',
  'x'.repeat(600),
] as const;

/** A cell's text: a hostile one, or any string (full unicode, controls included). */
export const cellText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

/** fast-check 4 may make null-prototype records; exceljs calls hasOwnProperty on cell values. */
const plain = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { noNullPrototype: true });

/** A cell of a workbook: typed values a spreadsheet can hold, and some it should not. */
export const workbookCell = (): fc.Arbitrary<ExcelJS.CellValue> =>
  fc.oneof(
    { weight: 4, arbitrary: cellText() },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.double(),
        fc.integer(),
        fc.constantFrom(0, -0, 1e21, 45_000, 2_958_466, -1, 0.5, 1.005, Number.MAX_SAFE_INTEGER),
      ),
    },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: plain({ formula: fc.constantFrom('1+1', 'A1', 'NOW()') }) },
    {
      weight: 1,
      arbitrary: plain({ richText: fc.array(plain({ text: cellText() }), { maxLength: 3 }) }),
    },
    {
      weight: 1,
      arbitrary: plain({ text: cellText(), hyperlink: fc.constant('https://example.org') }),
    },
    { weight: 1, arbitrary: plain({ error: fc.constantFrom('#N/A', '#DIV/0!', '#REF!') }) },
  ) as fc.Arbitrary<ExcelJS.CellValue>;

export type Mutation<T> =
  | { kind: 'cell'; row: number; column: number; value: T }
  | { kind: 'extraColumn'; value: T }
  | { kind: 'dropColumn'; column: number }
  | { kind: 'dropRow'; row: number }
  | { kind: 'duplicateRow'; row: number }
  | { kind: 'shortRow'; row: number };

export const mutation = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Mutation<T>> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('cell' as const),
        row: fc.nat(),
        column: fc.nat(),
        value,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('extraColumn' as const), value }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('dropColumn' as const), column: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropRow' as const), row: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('duplicateRow' as const), row: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('shortRow' as const), row: fc.nat() }) },
  );

/** A copy of the table (header first) with the mutations applied; indexes wrap around. */
export function mutate<T>(
  table: readonly (readonly T[])[],
  mutations: readonly Mutation<T>[],
): T[][] {
  const rows = table.map((row) => [...row]);
  for (const m of mutations) {
    const at = (n: number) => n % Math.max(1, rows.length);
    if (m.kind === 'cell') {
      const row = rows[at(m.row)];
      if (row) row[m.column % Math.max(1, row.length + 1)] = m.value;
    } else if (m.kind === 'extraColumn') rows.forEach((row) => row.push(m.value));
    else if (m.kind === 'dropColumn')
      rows.forEach((row) => row.splice(m.column % Math.max(1, row.length), 1));
    else if (m.kind === 'dropRow' && rows.length > 1) rows.splice(at(m.row), 1);
    else if (m.kind === 'duplicateRow') rows.push([...(rows[at(m.row)] ?? [])]);
    else if (m.kind === 'shortRow') rows[at(m.row)]?.splice(1);
  }
  return rows;
}

/** Cells as CSV: quoted as Excel writes them, or raw (so stray quotes and line breaks break rows). */
function csvText(rows: readonly (readonly string[])[], quoteAll: boolean, lineEnd: string): string {
  const quote = (cell: string) =>
    quoteAll || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(',')).join(lineEnd) + lineEnd;
}

export type ByteMutation =
  { at: number; byte: number } | { cut: number } | { insert: number; bytes: Uint8Array };

export function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    if (out.length === 0) break;
    if ('byte' in m) {
      out = out.slice();
      out[m.at % out.length] = m.byte;
    } else if ('cut' in m) out = out.slice(0, m.cut % out.length);
    else {
      const at = m.insert % out.length;
      out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    }
  }
  return out;
}

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ cut: fc.nat() }),
  fc.record({ insert: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
);

const ENCODINGS = ['utf8', 'utf8-bom', 'latin1', 'utf16le'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf8-bom') return Buffer.from(`\uFEFF${text}`, 'utf8');
  return Buffer.from(text, encoding);
}

/**
 * A CSV file made from a valid table: cells replaced with hostile texts, columns and rows added
 * or dropped, raw or quoted, CRLF/LF/CR, saved in one of several encodings, sometimes with a few
 * bytes flipped, cut or inserted.
 */
export function almostValidCsv(table: readonly (readonly string[])[]): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      mutations: fc.array(mutation(cellText()), { maxLength: 4 }),
      quoteAll: fc.boolean(),
      raw: fc.boolean(),
      lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
      encoding: fc.constantFrom(...ENCODINGS),
      bytes: fc.oneof(
        { weight: 4, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 3 }) },
      ),
    })
    .map(({ mutations, quoteAll, raw, lineEnd, encoding, bytes }) => {
      const rows = mutate(table, mutations);
      const text = raw
        ? rows.map((row) => row.join(',')).join(lineEnd)
        : csvText(rows, quoteAll, lineEnd);
      return mutateBytes(encode(text, encoding), bytes);
    });
}

/** Any bytes, or any text as UTF-8: what arrives when the wrong file is picked. */
export const noiseFile = (): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 3000 }),
    fc.string({ unit: 'binary', maxLength: 500 }).map((text) => Buffer.from(text, 'utf8')),
    // A zip's signature in front of noise: taken for a workbook, then unreadable.
    fc
      .uint8Array({ maxLength: 2000 })
      .map((bytes) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), bytes])),
  );

/** A one-sheet workbook of these cells (the header first), as bytes. */
export async function xlsxOf(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  sheetName = 'Export',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Mutations of a valid workbook's cells (typed values), its parts' order, and now and then its
 * bytes. A case also makes the same workbook `written` as exceljs writes it and `reordered` only:
 * a reader reads those two alike, or depends on the order of the parts.
 */
export function almostValidXlsx(
  table: readonly (readonly ExcelJS.CellValue[])[],
  sheetName = 'Export',
) {
  return fc
    .record({
      mutations: fc.array(mutation(workbookCell()), { maxLength: 4 }),
      order: partOrder(),
      bytes: fc.oneof(
        { weight: 5, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) },
      ),
    })
    .map(({ mutations, order, bytes }) => {
      const written = () => xlsxOf(mutate(table, mutations), sheetName);
      const reordered = async () => inPartOrder(await written(), order);
      // Writing a workbook is async, so the case is a maker; a failure prints its recipe.
      return Object.assign(async () => mutateBytes(await reordered(), bytes), {
        written,
        reordered,
        [fc.toStringMethod]: () => `xlsx ${fc.stringify({ mutations, order, bytes })}`,
      });
    });
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
