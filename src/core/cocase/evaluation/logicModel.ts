/**
 * The county's evaluation logic model (the toolkit's road map: pick outcomes that matter to both
 * programs, build a logic model, measure, adjust): inputs → activities → outputs → outcomes, each a
 * short statement, the outcomes with the dashboard's indicators that measure them attached.
 */
import { INDICATORS } from './indicators';

export const LOGIC_MODEL_STAGES = ['inputs', 'activities', 'outputs', 'outcomes'] as const;
export type LogicModelStage = (typeof LOGIC_MODEL_STAGES)[number];

export const LOGIC_MODEL_STAGE_LABELS: Record<LogicModelStage, string> = {
  inputs: 'Inputs',
  activities: 'Activities',
  outputs: 'Outputs',
  outcomes: 'Outcomes',
};

export interface LogicModelItem {
  readonly stage: LogicModelStage;
  readonly text: string;
  /** Indicators (ids from INDICATORS) that measure an outcome; empty for the other stages. */
  readonly indicatorIds: readonly string[];
}

/** Enough for a model that fits a page; a longer one stops being a logic model. */
export const LOGIC_MODEL_MAX_PER_STAGE = 12;
export const LOGIC_MODEL_TEXT_MAX = 200;

export const INDICATOR_IDS = INDICATORS.map((i) => i.id);

/** Problems with a model, each with the index of its item, in words. */
export function logicModelProblems(
  items: readonly LogicModelItem[],
): { index: number; field: 'text' | 'indicatorIds' | 'stage'; message: string }[] {
  const problems: { index: number; field: 'text' | 'indicatorIds' | 'stage'; message: string }[] =
    [];
  const seen = new Map<string, number>();
  const perStage = new Map<LogicModelStage, number>();
  items.forEach((item, index) => {
    const count = (perStage.get(item.stage) ?? 0) + 1;
    perStage.set(item.stage, count);
    if (count === LOGIC_MODEL_MAX_PER_STAGE + 1) {
      problems.push({
        index,
        field: 'stage',
        message: `Keep ${LOGIC_MODEL_STAGE_LABELS[item.stage].toLowerCase()} to ${LOGIC_MODEL_MAX_PER_STAGE} statements.`,
      });
    }
    // A blank statement is the schema's to refuse, not a duplicate of another blank one.
    const text = item.text.trim();
    const key = `${item.stage}\u0000${text.toLowerCase()}`;
    const first = seen.get(key);
    if (text !== '' && first !== undefined) {
      problems.push({
        index,
        field: 'text',
        message: `“${text}” is already statement ${first + 1} of ${LOGIC_MODEL_STAGE_LABELS[item.stage].toLowerCase()}.`,
      });
    } else if (text !== '') seen.set(key, count - 1);
    if (item.stage !== 'outcomes' && item.indicatorIds.length > 0) {
      problems.push({
        index,
        field: 'indicatorIds',
        message: 'Indicators measure outcomes; attach them to an outcome.',
      });
    }
    if (new Set(item.indicatorIds).size !== item.indicatorIds.length) {
      problems.push({ index, field: 'indicatorIds', message: 'An indicator is attached twice.' });
    }
  });
  return problems;
}

/**
 * The model a county starts from, after the Linkages toolkit and the indicators the dashboard
 * counts; every county edits it to its own program.
 */
export const DEFAULT_LOGIC_MODEL: readonly LogicModelItem[] = [
  ...stage('inputs', [
    'CalWORKs and CWS staff assigned to Linkages families',
    'Shared fiscal resources for mutual families’ services',
    'Joint training for line staff and supervisors',
    'Data sharing agreement and mutual identification of families',
  ]),
  ...stage('activities', [
    'Identify mutual families on both caseloads',
    'Hold joint case-planning meetings',
    'Coordinate the WtW plan with the CWS case plan',
    'Resolve barriers: sanction, housing, mental health, substance use, domestic violence, child care, transportation',
  ]),
  ...stage('outputs', [
    'Mutual families with a coordinated plan',
    'Joint meetings held and reviews kept on time',
    'Barriers resolved',
    'Services provided from braided funds',
  ]),
  {
    stage: 'outcomes',
    text: 'Children safe at home',
    indicatorIds: ['recurrence-12m', 'foster-care-entry', 'cws-case-closed'],
  },
  {
    stage: 'outcomes',
    text: 'Children in care return home and stay home',
    indicatorIds: ['reunification-12m', 'reentry-12m'],
  },
  {
    stage: 'outcomes',
    text: 'Families engaged in Welfare-to-Work',
    indicatorIds: ['wtw-engagement', 'sanction-cured-6m'],
  },
  {
    stage: 'outcomes',
    text: 'Families move toward self-sufficiency',
    indicatorIds: ['exit-with-earnings', 'return-to-aid-12m'],
  },
];

function stage(name: LogicModelStage, texts: readonly string[]): LogicModelItem[] {
  return texts.map((text) => ({ stage: name, text, indicatorIds: [] }));
}
