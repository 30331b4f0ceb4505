/**
 * Looks for identifiers of people (names, dates of birth, SSNs) in text the Workbench writes where
 * they must never be (DOMAIN.md, privacy): logs, error messages, packages, exports. The identifiers
 * come from the persons a test imported; xlsx files are unzipped and every XML part scanned.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { SynthPerson } from '../../src/demo/synthExtracts';
import { projectRoot } from '../../src/server/paths';

export interface Finding {
  readonly where: string;
  readonly kind: 'name' | 'full name' | 'date of birth' | 'SSN';
  readonly value: string;
  /** The text around it, to tell a leak from a coincidence. */
  readonly context: string;
}

export interface IdentifierCounts {
  readonly names: number;
  readonly fullNames: number;
  readonly datesOfBirth: number;
  readonly ssns: number;
}

/** Words shorter than this are too common to be told from other text ("LE", "ED"). */
const MIN_NAME_LETTERS = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression over many alternatives; whole words, any case. */
function alternation(values: Iterable<string>, boundary: 'word' | 'digit'): RegExp | null {
  const sorted = [...new Set(values)].sort((a, b) => b.length - a.length).map(escape);
  if (sorted.length === 0) return null;
  const [before, after] =
    boundary === 'word' ? ['(?<![\\p{L}])', '(?![\\p{L}])'] : ['(?<![\\d])', '(?![\\d])'];
  return new RegExp(`${before}(?:${sorted.join('|')})${after}`, 'giu');
}

export class IdentifierScanner {
  private readonly patterns: [Finding['kind'], RegExp | null][];
  readonly counts: IdentifierCounts;

  /**
   * `vocabulary`: lower-case words the Workbench itself writes (labels, reference data); a
   * single-word name that is also one of those ("ANGEL", a syllable name that spells a word) is
   * looked for only as part of a full name. `datesOfBirthBefore`: births on or after this ISO day
   * fall in the years the demo's own dates (ledger, meetings) cover, where a date is no sign.
   */
  constructor(
    persons: readonly SynthPerson[],
    options: { vocabulary: ReadonlySet<string>; datesOfBirthBefore: string },
  ) {
    const names = new Set<string>();
    const fullNames = new Set<string>();
    const dates = new Set<string>();
    const ssns = new Set<string>();
    for (const person of persons) {
      const parts = [person.firstName, person.middleName, person.lastName];
      for (const word of parts.flatMap((part) => part.split(/[\s-]+/))) {
        const lower = word.toLowerCase();
        if (lower.length >= MIN_NAME_LETTERS && !options.vocabulary.has(lower)) names.add(lower);
      }
      if (person.firstName && person.lastName) {
        const [first, last] = [escape(person.firstName), escape(person.lastName)];
        fullNames.add(`${first}\\s+${last}`);
        fullNames.add(`${last},\\s*${first}`);
      }
      if (person.dob && person.dob < options.datesOfBirthBefore) {
        for (const form of dateForms(person.dob)) dates.add(form);
      }
      const digits = person.ssn.replace(/\D/g, '');
      // Only whole SSNs: the last four alone are four digits, like any year or amount.
      if (digits.length === 9) {
        ssns.add(`${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`);
        ssns.add(digits);
      }
    }
    this.counts = {
      names: names.size,
      fullNames: fullNames.size / 2,
      datesOfBirth: dates.size,
      ssns: ssns.size / 2,
    };
    const fullNamePattern =
      fullNames.size === 0
        ? null
        : new RegExp(`(?<![\\p{L}])(?:${[...fullNames].join('|')})(?![\\p{L}])`, 'giu');
    this.patterns = [
      ['full name', fullNamePattern],
      ['name', alternation(names, 'word')],
      ['date of birth', alternation(dates, 'digit')],
      ['SSN', alternation(ssns, 'digit')],
    ];
  }

  get total(): number {
    const { names, fullNames, datesOfBirth, ssns } = this.counts;
    return names + fullNames + datesOfBirth + ssns;
  }

  scan(where: string, text: string): Finding[] {
    const findings: Finding[] = [];
    for (const [kind, pattern] of this.patterns) {
      if (!pattern) continue;
      for (const match of text.matchAll(pattern)) {
        const at = match.index;
        const context = text.slice(Math.max(0, at - 60), at + match[0].length + 60);
        findings.push({ where, kind, value: match[0], context });
      }
    }
    return findings;
  }
}

/** The ways a date of birth could be written: ISO, US m/d/yyyy (padded or not), yyyymmdd. */
export function dateForms(iso: string): string[] {
  const [year = '', month = '', day = ''] = iso.split('-');
  const [m, d] = [String(Number(month)), String(Number(day))];
  return [iso, `${m}/${d}/${year}`, `${month}/${day}/${year}`, `${year}${month}${day}`];
}

/** Every XML part of an xlsx (a zip), inflated, one after another: what a person could read. */
export function xlsxText(bytes: Buffer): string {
  const parts: { name: string; xml: string }[] = [];
  // The central directory's end record: its signature, within the last 64 KiB + 22 bytes.
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    const inflated = method === 8 ? zlib.inflateRawSync(data) : data;
    parts.push({ name, xml: inflated.toString('utf8') });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const dateStyles = dateStylesOf(parts.find((part) => part.name === 'xl/styles.xml')?.xml ?? '');
  return parts
    .map(({ name, xml }) => `<!-- ${name} -->\n${xml}\n${datesIn(xml, dateStyles).join(' ')}`)
    .join('\n');
}

/**
 * A date cell holds a serial number and only its style says it is a date; a birth date in one
 * would never match as text, so each date cell's day is added to the text as ISO.
 */
function datesIn(xml: string, dateStyles: ReadonlySet<number>): string[] {
  const days: string[] = [];
  for (const cell of xml.matchAll(/<c\b([^>]*)>(?:<f>[^<]*<\/f>)?<v>(\d+(?:\.\d+)?)<\/v>/g)) {
    const style = /\bs="(\d+)"/.exec(cell[1] ?? '');
    if (/\bt="/.test(cell[1] ?? '') || !style || !dateStyles.has(Number(style[1]))) continue;
    const serial = Math.floor(Number(cell[2]));
    days.push(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10));
  }
  return days;
}

/** Built-in number formats 14-22 and 45-47 are dates; custom ones are when they spell y, m or d. */
function dateStylesOf(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const format of styles.matchAll(
    /<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g,
  )) {
    custom.set(Number(format[1]), format[2] ?? '');
  }
  const isDate = (id: number) =>
    (id >= 14 && id <= 22) ||
    (id >= 45 && id <= 47) ||
    /[ymd]/i.test((custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dates = new Set<number>();
  [...cellXfs.matchAll(/<xf\b[^>]*?(?:numFmtId="(\d+)")?[^>]*\/?>/g)].forEach((xf, index) => {
    const id = /numFmtId="(\d+)"/.exec(xf[0]);
    if (id && isDate(Number(id[1]))) dates.add(index);
  });
  return dates;
}

/**
 * Lower-case words of what the Workbench writes on its own: its sources (labels, messages, sheet
 * headings) and shipped resources, without the synthetic name pools and the nickname table, which
 * are names by design.
 */
export function workbenchVocabulary(): Set<string> {
  const skip = new Set([
    path.join(projectRoot, 'src', 'demo', 'synthNames.ts'),
    path.join(projectRoot, 'src', 'demo', 'synthSkewedNames.ts'),
    path.join(projectRoot, 'resources', 'linkage'),
    path.join(projectRoot, 'src', 'renderer'),
  ]);
  // A moved name pool would silently count its names as the Workbench's own words, and the scan
  // would look for fewer names: a path that is gone is an error, not a skip.
  for (const target of skip) {
    if (!fs.existsSync(target)) throw new Error(`workbenchVocabulary: ${target} is gone`);
  }
  const words = new Set<string>();
  const walk = (target: string): void => {
    if (skip.has(target)) return;
    if (fs.statSync(target).isDirectory()) {
      for (const entry of fs.readdirSync(target)) walk(path.join(target, entry));
      return;
    }
    if (!/\.(ts|json|sql)$/.test(target)) return;
    for (const word of fs.readFileSync(target, 'utf8').match(/\p{L}+/gu) ?? []) {
      words.add(word.toLowerCase());
    }
  };
  walk(path.join(projectRoot, 'src'));
  walk(path.join(projectRoot, 'resources'));
  return words;
}
