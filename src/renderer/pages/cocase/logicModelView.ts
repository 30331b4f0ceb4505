/**
 * The logic model editor's draft and its words: statements grouped by stage in the toolkit's order,
 * moved, added and removed within their stage, and problems (the shared rules as typed, the
 * service's after a refused save) tied to the statement they are about.
 */
import type { Input, Output } from '../../../api/contract';
import type { FieldIssue } from '../../../api/errors';
import { INDICATORS } from '../../../core/cocase/evaluation/indicators';
import {
  LOGIC_MODEL_MAX_PER_STAGE,
  LOGIC_MODEL_STAGE_LABELS,
  LOGIC_MODEL_STAGES,
  logicModelProblems,
  type LogicModelStage,
} from '../../../core/cocase/evaluation/logicModel';
import { localIsoDate } from '../../../core/isoDate';

export type LogicModel = Output<'cocase.logicModel'>;
export type StoredStatement = LogicModel['items'][number];

/** A statement being edited; its key follows it through moves, so its fields and problems do too. */
export interface DraftStatement {
  readonly key: number;
  readonly stage: LogicModelStage;
  readonly text: string;
  readonly indicatorIds: readonly string[];
}

export type StatementField = 'text' | 'indicatorIds' | 'stage';
export type StatementProblems = Partial<Record<StatementField, string>>;

export interface NumberedStatement<S> {
  readonly statement: S;
  /** 1-based within its stage, as the labels and the service's messages count. */
  readonly number: number;
}

export interface StageGroup<S> {
  readonly stage: LogicModelStage;
  readonly label: string;
  readonly statements: readonly NumberedStatement<S>[];
}

const stageOrder = (stage: LogicModelStage) => LOGIC_MODEL_STAGES.indexOf(stage);

/** Every stage in the toolkit's order, empty ones too, each with its statements as listed. */
export function stageGroups<S extends { readonly stage: LogicModelStage }>(
  statements: readonly S[],
): StageGroup<S>[] {
  return LOGIC_MODEL_STAGES.map((stage) => ({
    stage,
    label: LOGIC_MODEL_STAGE_LABELS[stage],
    statements: statements
      .filter((s) => s.stage === stage)
      .map((statement, i) => ({ statement, number: i + 1 })),
  }));
}

/** "Activities statement 2": the field's label, and what its buttons and problems name. */
export const statementLabel = (stage: LogicModelStage, number: number): string =>
  `${LOGIC_MODEL_STAGE_LABELS[stage]} statement ${number}`;

/** The model as a draft, grouped by stage so a statement's neighbours in the list are its stage's. */
export function draftOf(items: readonly StoredStatement[]): DraftStatement[] {
  return [...items]
    .map((item, i) => ({ ...item, indicatorIds: [...item.indicatorIds], key: i + 1 }))
    .sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage) || a.key - b.key);
}

/** What Save sends: the statements in the draft's order, without their keys. */
export function itemsOf(draft: readonly DraftStatement[]): Input<'cocase.saveLogicModel'>['items'] {
  return draft.map(({ stage, text, indicatorIds }) => ({
    stage,
    text,
    indicatorIds: [...indicatorIds],
  }));
}

/** Whether Cancel would lose anything: the same statements, in the same order, with the same indicators. */
export function hasChanges(
  draft: readonly DraftStatement[],
  saved: readonly StoredStatement[],
): boolean {
  return JSON.stringify(itemsOf(draft)) !== JSON.stringify(itemsOf(draftOf(saved)));
}

export const canAdd = (draft: readonly DraftStatement[], stage: LogicModelStage): boolean =>
  draft.filter((s) => s.stage === stage).length < LOGIC_MODEL_MAX_PER_STAGE;

/** An empty statement at the end of its stage, with a key no other statement has. */
export function addStatement(
  draft: readonly DraftStatement[],
  stage: LogicModelStage,
): { draft: DraftStatement[]; key: number } {
  const key = Math.max(0, ...draft.map((s) => s.key)) + 1;
  const after = draft.findIndex((s) => stageOrder(s.stage) > stageOrder(stage));
  const at = after === -1 ? draft.length : after;
  const added: DraftStatement = { key, stage, text: '', indicatorIds: [] };
  return { draft: [...draft.slice(0, at), added, ...draft.slice(at)], key };
}

export const removeStatement = (draft: readonly DraftStatement[], key: number): DraftStatement[] =>
  draft.filter((s) => s.key !== key);

/** Swaps a statement with the one before (-1) or after (1) it in its stage; at either end, no change. */
export function moveStatement(
  draft: readonly DraftStatement[],
  key: number,
  direction: -1 | 1,
): DraftStatement[] {
  const from = draft.findIndex((s) => s.key === key);
  const moving = draft[from];
  if (!moving) return [...draft];
  let to = from + direction;
  while (draft[to] && draft[to]?.stage !== moving.stage) to += direction;
  const other = draft[to];
  if (!other) return [...draft];
  const moved = [...draft];
  moved[from] = other;
  moved[to] = moving;
  return moved;
}

export function changeStatement(
  draft: readonly DraftStatement[],
  key: number,
  change: Partial<Pick<DraftStatement, 'text' | 'indicatorIds'>>,
): DraftStatement[] {
  return draft.map((s) => (s.key === key ? { ...s, ...change } : s));
}

/** Attaches or detaches an indicator; the attached ones stay in the dashboard's order. */
export function withIndicator(
  indicatorIds: readonly string[],
  indicatorId: string,
  attached: boolean,
): string[] {
  const ids = new Set(indicatorIds);
  if (attached) ids.add(indicatorId);
  else ids.delete(indicatorId);
  return INDICATORS.map((i) => i.id).filter((id) => ids.has(id));
}

/** The labels of an outcome's indicators, in its order; an id the Workbench does not count is left out. */
export function indicatorLabels(indicatorIds: readonly string[]): string[] {
  return indicatorIds.flatMap((id) => INDICATORS.find((i) => i.id === id)?.label ?? []);
}

/**
 * The shared rules' problems as typed, by statement key (a blank statement is the service's to
 * refuse when the model is saved).
 */
export function liveProblems(draft: readonly DraftStatement[]): Map<number, StatementProblems> {
  const found = new Map<number, StatementProblems>();
  for (const problem of logicModelProblems(draft)) {
    const statement = draft[problem.index];
    if (!statement) continue;
    const problems = found.get(statement.key) ?? {};
    problems[problem.field] ??= problem.message;
    found.set(statement.key, problems);
  }
  return found;
}

const ISSUE_PATH = /^items\.(\d+)\.(text|indicatorIds|stage)(?:\.|$)/;

/**
 * A refusal's issues on the statements sent ("items.3.text", "items.1.indicatorIds.0" for an
 * unknown indicator), by the key each statement had when it was sent; the rest in words.
 */
export function issuesOnStatements(
  issues: readonly FieldIssue[],
  sentKeys: readonly number[],
): { onStatements: Map<number, StatementProblems>; elsewhere: string[] } {
  const onStatements = new Map<number, StatementProblems>();
  const elsewhere: string[] = [];
  for (const issue of issues) {
    const match = ISSUE_PATH.exec(issue.path);
    const key = match ? sentKeys[Number(match[1])] : undefined;
    if (!match || key === undefined) {
      elsewhere.push(issue.message);
      continue;
    }
    const problems = onStatements.get(key) ?? {};
    problems[match[2] as StatementField] ??= issue.message;
    onStatements.set(key, problems);
  }
  return { onStatements, elsewhere };
}

/** A statement's problem on a field: the service's word after a refused save, else the live one. */
export function problemOf(
  key: number,
  field: StatementField,
  refused: ReadonlyMap<number, StatementProblems>,
  live: ReadonlyMap<number, StatementProblems>,
): string | undefined {
  return refused.get(key)?.[field] ?? live.get(key)?.[field];
}

/** A refused problem left behind once its field is edited; the statement's other problems stay. */
export function withoutProblem(
  refused: ReadonlyMap<number, StatementProblems>,
  key: number,
  field: StatementField,
): Map<number, StatementProblems> {
  const next = new Map(refused);
  const problems = refused.get(key);
  if (!problems || !(field in problems)) return next;
  const rest = Object.fromEntries(
    Object.entries(problems).filter(([f]) => f !== field),
  ) as StatementProblems;
  if (Object.keys(rest).length === 0) next.delete(key);
  else next.set(key, rest);
  return next;
}

/** How the view says when the county last saved its model: the local day. */
export function savedOnText(updatedAt: string | null): string | null {
  if (updatedAt === null) return null;
  const saved = new Date(updatedAt);
  return Number.isNaN(saved.getTime()) ? null : localIsoDate(saved);
}

/** The elements of one statement in the editor, by its key (not its number, which moves). */
export function statementIds(key: number) {
  const base = `logic-model-statement-${key}`;
  return {
    text: `${base}-text`,
    indicators: `${base}-indicators`,
    indicator: (indicatorId: string) => `${base}-indicator-${indicatorId}`,
    stage: `${base}-stage`,
    up: `${base}-up`,
    down: `${base}-down`,
  };
}

export const addButtonId = (stage: LogicModelStage): string => `logic-model-add-${stage}`;

/** Where a problem on a field sends the keyboard: indicators to an outcome's first checkbox. */
function problemTarget(statement: DraftStatement, field: StatementField): string {
  const ids = statementIds(statement.key);
  const first = INDICATORS[0];
  return field === 'indicatorIds' && statement.stage === 'outcomes' && first
    ? ids.indicator(first.id)
    : ids.text;
}

const FIELD_WORDS: Record<StatementField, string> = {
  text: '',
  indicatorIds: ', indicators',
  stage: '',
};

/**
 * A refused save's problems for the summary at the top of the form, in the order of the page:
 * "Activities statement 2" and its message, with the field to go to.
 */
export function refusedSummary(
  draft: readonly DraftStatement[],
  refused: ReadonlyMap<number, StatementProblems>,
): {
  errors: Record<string, string>;
  fieldIds: Record<string, string>;
  labels: Record<string, string>;
} {
  const summary = {
    errors: {} as Record<string, string>,
    fieldIds: {} as Record<string, string>,
    labels: {} as Record<string, string>,
  };
  for (const group of stageGroups(draft)) {
    for (const { statement, number } of group.statements) {
      const problems = refused.get(statement.key) ?? {};
      for (const field of ['text', 'indicatorIds', 'stage'] as const) {
        const message = problems[field];
        if (!message) continue;
        const entry = `${statement.key}.${field}`;
        summary.errors[entry] = message;
        summary.fieldIds[entry] = problemTarget(statement, field);
        summary.labels[entry] = `${statementLabel(statement.stage, number)}${FIELD_WORDS[field]}`;
      }
    }
  }
  return summary;
}
