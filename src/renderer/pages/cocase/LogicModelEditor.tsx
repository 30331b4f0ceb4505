import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import {
  LOGIC_MODEL_MAX_PER_STAGE,
  type LogicModelStage,
} from '../../../core/cocase/evaluation/logicModel';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/form/FormProblems';
import { LogicModelStatement } from './LogicModelStatement';
import {
  addButtonId,
  addStatement,
  canAdd,
  changeStatement,
  draftOf,
  hasChanges,
  issuesOnStatements,
  itemsOf,
  liveProblems,
  moveStatement,
  problemOf,
  refusedSummary,
  removeStatement,
  stageGroups,
  statementIds,
  statementLabel,
  withoutProblem,
  type DraftStatement,
  type LogicModel,
  type StageGroup,
  type StatementProblems,
} from './logicModelView';

/**
 * The model edited whole and saved whole. The shared rules are checked as the user types; a refused
 * save puts the service's words beside the statements it names, the keyboard on the first. Every
 * move, addition and removal keeps the keyboard on the statement (or its stage) it was about.
 */
export function LogicModelEditor({
  countyId,
  saved,
  onSaved,
  onCancel,
}: {
  countyId: number;
  saved: LogicModel;
  onSaved: (stored: LogicModel) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(saved.items));
  // The version the draft was made from; the editor closes after a save, so it never moves.
  const [version] = useState(saved.version);
  const [refused, setRefused] = useState<ReadonlyMap<number, StatementProblems>>(new Map());
  const [note, setNote] = useState('');
  const saving = useRef(false);
  const { confirm, dialog } = useConfirm();
  // The element to put the keyboard on once the change that moved it is on screen.
  const focusNext = useRef<string | null>(
    draft[0] ? statementIds(draft[0].key).text : addButtonId('inputs'),
  );
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const live = liveProblems(draft);
  const groups = stageGroups(draft);

  function change(key: number, edit: Partial<Pick<DraftStatement, 'text' | 'indicatorIds'>>) {
    setDraft((current) => changeStatement(current, key, edit));
    setRefused((current) => withoutProblem(current, key, 'text' in edit ? 'text' : 'indicatorIds'));
  }

  function add(stage: LogicModelStage): void {
    const added = addStatement(draft, stage);
    setDraft(added.draft);
    focusNext.current = statementIds(added.key).text;
  }

  function move(key: number, direction: -1 | 1): void {
    const moved = moveStatement(draft, key, direction);
    const group = stageGroups(moved).find((g) => g.statements.some((s) => s.statement.key === key));
    const at = group?.statements.findIndex((s) => s.statement.key === key) ?? -1;
    if (!group || at === -1) return;
    setDraft(moved);
    const ids = statementIds(key);
    // The same button while it still leads somewhere; at the end of the stage, the other one.
    const ends = direction === -1 ? at === 0 : at === group.statements.length - 1;
    focusNext.current = (direction === -1) !== ends ? ids.up : ids.down;
    setNote(`Moved to ${statementLabel(group.stage, at + 1).toLowerCase()}.`);
  }

  function remove(group: StageGroup<DraftStatement>, key: number): void {
    const at = group.statements.findIndex((s) => s.statement.key === key);
    const neighbour = group.statements[at + 1] ?? group.statements[at - 1];
    setDraft(removeStatement(draft, key));
    setRefused((current) => {
      const next = new Map(current);
      next.delete(key);
      return next;
    });
    focusNext.current = neighbour
      ? statementIds(neighbour.statement.key).text
      : addButtonId(group.stage);
    setNote(`Removed ${statementLabel(group.stage, at + 1).toLowerCase()}.`);
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    const sent = draft;
    try {
      const stored = await invoke('cocase.saveLogicModel', {
        countyId,
        version,
        items: itemsOf(sent),
      });
      onSaved(stored);
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues : [];
      const { onStatements, elsewhere } = issuesOnStatements(
        issues,
        sent.map((s) => s.key),
      );
      if (onStatements.size === 0) {
        reportError(error);
        return;
      }
      setRefused(onStatements);
      if (elsewhere.length > 0) reportError(new Error(elsewhere.join(' ')));
      // The summary at the top takes the keyboard, as on every refused form.
      focusNext.current = 'logic-model-problems';
    } finally {
      saving.current = false;
    }
  }

  async function cancel(): Promise<void> {
    if (
      hasChanges(draft, saved.items) &&
      !(await confirm(
        'Discard your changes?',
        <p>The changes you made to the logic model will not be saved.</p>,
        'Discard changes',
      ))
    ) {
      return;
    }
    onCancel();
  }

  const summary = refusedSummary(draft, refused);
  return (
    <form
      className="form logic-model-editor"
      aria-labelledby="logic-model-heading"
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <ErrorSummary
        id="logic-model-problems"
        title="The logic model was not saved"
        errors={summary.errors}
        fieldIds={summary.fieldIds}
        labels={summary.labels}
      />
      <p className="hint">
        Up to {LOGIC_MODEL_MAX_PER_STAGE} statements a stage, each a short sentence. Attach the
        indicators that measure each outcome.
      </p>
      {groups.map((group) => {
        const full = !canAdd(draft, group.stage);
        const hintId = `${addButtonId(group.stage)}-hint`;
        return (
          <fieldset key={group.stage} className="logic-model-editor__stage">
            <legend>{group.label}</legend>
            {group.statements.length === 0 ? (
              <p className="hint">No statements yet.</p>
            ) : (
              <ol>
                {group.statements.map(({ statement, number }) => (
                  <LogicModelStatement
                    key={statement.key}
                    statement={statement}
                    number={number}
                    last={number === group.statements.length}
                    problems={{
                      text: problemOf(statement.key, 'text', refused, live),
                      indicatorIds: problemOf(statement.key, 'indicatorIds', refused, live),
                      stage: problemOf(statement.key, 'stage', refused, live),
                    }}
                    onChange={(edit) => change(statement.key, edit)}
                    onMove={(direction) => move(statement.key, direction)}
                    onRemove={() => remove(group, statement.key)}
                  />
                ))}
              </ol>
            )}
            <div className="button-row">
              <button
                id={addButtonId(group.stage)}
                type="button"
                disabled={full}
                aria-describedby={full ? hintId : undefined}
                onClick={() => add(group.stage)}
              >
                Add a statement
                <span className="visually-hidden"> to {group.label.toLowerCase()}</span>
              </button>
              {full && (
                <span id={hintId} className="hint">
                  {group.label} has {LOGIC_MODEL_MAX_PER_STAGE} statements, the most a stage takes.
                  Remove one to add another.
                </span>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="submit" className="primary">
          Save the logic model
        </button>
        <button type="button" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {note}
      </p>
      {dialog}
    </form>
  );
}
