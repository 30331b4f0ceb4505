/**
 * A filled response template to try the readiness import with: the round's own template (so its
 * instrument version fits) with made-up answers of a few anonymous respondents. The answers are
 * seeded, so every download of a round's sample is the same file in content.
 */
import type ExcelJS from 'exceljs';
import type { RespondentProgram, RoleLevel } from '../core/readiness/respondents';
import { seededRandom } from '../core/seededRandom';
import {
  INSTRUCTIONS_SHEET,
  programLabel,
  RESPONSES_SHEET,
  roleLabel,
} from '../files/readinessLayout';
import { buildResponseTemplate, type TemplateInput } from './readinessTemplate';

/** Program, role level and unit label of each made-up respondent (never a person's name). */
const RESPONDENTS: readonly [RespondentProgram, RoleLevel, string][] = [
  ['calworks', 'manager', 'WtW administration'],
  ['calworks', 'supervisor', 'WtW unit 2'],
  ['calworks', 'line', 'WtW unit 2'],
  ['calworks', 'line', 'WtW unit 4'],
  ['cws', 'manager', 'Children and family services'],
  ['cws', 'supervisor', 'Family reunification unit 1'],
  ['cws', 'line', 'Family maintenance unit 3'],
  ['partner', 'line', 'Family resource center'],
];

/** Managers answer a little higher than line staff, as in the demo county's rounds. */
const LIFT: Record<RoleLevel, number> = { manager: 0.6, supervisor: 0.3, line: 0 };

export const SAMPLE_RESPONDENTS = RESPONDENTS.length;

export function buildResponseSample(input: TemplateInput): ExcelJS.Workbook {
  const workbook = buildResponseTemplate(input);
  const note = workbook
    .getWorksheet(INSTRUCTIONS_SHEET)
    ?.addRow([
      'Sample',
      `Made-up answers of ${RESPONDENTS.length} anonymous respondents, to try the import with. Import them into a trial round (the demo county's open round, say), never into a real one: they would count as your staff's answers.`,
    ]);
  if (note) note.font = { italic: true };
  const sheet = workbook.getWorksheet(RESPONSES_SHEET);
  const random = seededRandom(2026);
  RESPONDENTS.forEach(([program, role, label], index) => {
    const answers = input.instrument.items.map(() => {
      const draw = random();
      // About one answer in twelve is "don't know" (0), one in twenty-five left empty.
      if (draw < 0.04) return null;
      if (draw < 0.12) return 0;
      const mean = 2.6 + LIFT[role];
      return Math.min(5, Math.max(1, Math.round(mean + (random() + random() - 1) * 1.5)));
    });
    const values = [programLabel(program), roleLabel(role), label, ...answers];
    values.forEach((value, column) => {
      if (value !== null && sheet) sheet.getCell(index + 2, column + 1).value = value;
    });
  });
  return workbook;
}
