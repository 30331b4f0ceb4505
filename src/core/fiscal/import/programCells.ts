/**
 * The program cells: which program pays for an entry, whether it is leveraged, and whose budget a
 * leveraged entry spared, as coordinators write them. Which combinations an entry may have is the
 * entry rules' (core/fiscal/entryRules).
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

export function programRefusal(text: string): string {
  return `“${echo(text)}” is not a program: use CalWORKs, CWS, County or Other`;
}
