/**
 * What a saved workbook says about printing, read from its XML parts: each sheet's name, state,
 * page setup, header and footer and frozen rows, and the workbook's print areas and titles.
 */
import JSZip from 'jszip';

export interface PrintedSheet {
  readonly name: string;
  readonly visible: boolean;
  /** The sheet part's XML. */
  readonly xml: string;
  /** Rows frozen at the top (the header, and a marking above it). */
  readonly frozenRows: number;
  /** The last row with a value. */
  readonly lastRow: number;
  /** The workbook's defined names for this sheet, e.g. `_xlnm.Print_Titles` → `'Ledger'!$1:$1`. */
  readonly definedNames: ReadonlyMap<string, string>;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

const unescaped = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export async function printedSheets(bytes: Uint8Array): Promise<PrintedSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name) ?? zip.file(`/${name}`);
    if (!file) throw new Error(`the workbook has no ${name}`);
    return file.async('string');
  };
  const workbook = await part('xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*>/g)].map(([tag]) => [
      attribute(tag, 'Id'),
      (attribute(tag, 'Target') ?? '').replace(/^\/?(xl\/)?/, 'xl/'),
    ]),
  );
  const names = [...workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map(
    ([, attrs = '', range = '']) => ({
      name: attribute(` ${attrs}`, 'name') ?? '',
      sheet: Number(attribute(` ${attrs}`, 'localSheetId')),
      range: unescaped(range),
    }),
  );
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map(([tag]) => tag);
  return Promise.all(
    sheets.map(async (tag, index) => {
      const xml = await part(targets.get(attribute(tag, 'r:id')) ?? '');
      const pane = /<pane [^>]*state="frozen"[^>]*>/.exec(xml)?.[0] ?? '';
      // Rows with a value: a template's rows of empty checked cells are not printed.
      const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)]
        .filter(([, , cells = '']) => /<v>|<is>/.test(cells))
        .map(([, r]) => Number(r));
      return {
        name: unescaped(attribute(tag, 'name') ?? ''),
        visible: (attribute(tag, 'state') ?? 'visible') === 'visible',
        xml,
        frozenRows: Number(attribute(pane, 'ySplit') ?? 0),
        lastRow: Math.max(0, ...rows),
        definedNames: new Map(
          names.filter((n) => n.sheet === index).map((n) => [n.name, n.range] as const),
        ),
      };
    }),
  );
}

/** The attributes of a sheet's first `<tag …>`, or null when it has none. */
export function tagAttributes(xml: string, tag: string): Record<string, string> | null {
  const found = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!found) return null;
  return Object.fromEntries(
    [...(found[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v]),
  );
}

/** The text of a sheet's `<element>…</element>`, unescaped, or null. */
export function elementText(xml: string, element: string): string | null {
  const found = new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml);
  return found?.[1] === undefined ? null : unescaped(found[1]);
}
