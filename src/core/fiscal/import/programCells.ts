/**
 * The program cells: which program pays for an entry, whether it is leveraged, and whose budget a
 * leveraged entry spared, as coordinators write them.
 */
import { SOURCE_PROGRAMS, type SourceProgram } from '../types';
import { echo, nameKey } from './cellText';

const PROGRAM_NAMES: ReadonlyMap<string, SourceProgram> = new Map([
  ...SOURCE_PROGRAMS.map((id) => [id, id] as const),
  ['child welfare services', 'cws'],
  ['child welfare', 'cws'],
  ['county general fund', 'county'],
]);

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export function programOf(text: string): SourceProgram | null {
  return PROGRAM_NAMES.get(text) ?? PROGRAM_NAMES.get(nameKey(text)) ?? null;
}

export function yesNo(text: string): boolean | null {
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

export function payingProgramRefusal(text: string): string {
  return `“${echo(text)}” is not a paying program: use CalWORKs, CWS, County or Other`;
}

/**
 * Why the saved-program cell cannot stand, or null when it can. `text` is the cell trimmed and
 * `saved` its program (programOf), read only for a leveraged entry.
 */
export function savedProgramRefusal(
  text: string,
  saved: SourceProgram | null,
  leveraged: boolean,
  payingProgram: SourceProgram | null,
): string | null {
  if (!leveraged) {
    return text === ''
      ? null
      : 'a saved program is given but the entry is not leveraged: mark it leveraged, or clear the saved program';
  }
  if (text === '') {
    return 'a leveraged entry needs the program whose budget it spared (CalWORKs, CWS, County or Other)';
  }
  if (!saved) return `“${echo(text)}” is not a program: use CalWORKs, CWS, County or Other`;
  // Leveraged funds pay for what the *other* program would have paid for (DOMAIN.md).
  if (payingProgram && saved === payingProgram) {
    return 'a leveraged entry spares another program’s budget: the saved program cannot be the paying program';
  }
  return null;
}
