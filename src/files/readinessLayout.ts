/**
 * The response sheet layout shared by the blank template (import) and the readiness workbook's raw
 * responses (export): one row per respondent, one column per statement. A workbook exported from a
 * round can be filled in and imported the same way as a template.
 */
import type { Instrument } from '../core/readiness/instrument';
import { PROGRAM_LABELS, ROLE_LABELS } from '../core/readiness/respondents';

export const RESPONSES_SHEET = 'Responses';
export const INSTRUCTIONS_SHEET = 'Instructions';
export const FIXED_COLUMNS = ['Program', 'Role level', 'Label'] as const;
export const TEMPLATE_KIND = 'linkages-readiness-responses';
/** The Instructions sheet's labelled facts that say which template, of which instrument version. */
export const TEMPLATE_FACTS = {
  kind: 'Template for',
  version: 'Instrument version',
} as const;

export function responseHeader(instrument: Instrument): string[] {
  return [...FIXED_COLUMNS, ...instrument.items.map((item) => item.id)];
}

export const programLabel = (program: keyof typeof PROGRAM_LABELS) => PROGRAM_LABELS[program];
export const roleLabel = (role: keyof typeof ROLE_LABELS) => ROLE_LABELS[role];

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
