import { INDICATORS } from '../../../core/cocase/evaluation/indicators';
import { LOGIC_MODEL_TEXT_MAX } from '../../../core/cocase/evaluation/logicModel';
import { FieldError } from '../../components/form/FormProblems';
import {
  statementIds,
  statementLabel,
  withIndicator,
  type DraftStatement,
  type StatementProblems,
} from './logicModelView';

/**
 * One statement in the editor: its words, its buttons (each naming the statement, so a screen
 * reader's list of buttons tells them apart), an outcome's indicators, and its problems beside it.
 */
export function LogicModelStatement({
  statement,
  number,
  last,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  statement: DraftStatement;
  number: number;
  last: boolean;
  problems: StatementProblems;
  onChange: (change: Partial<Pick<DraftStatement, 'text' | 'indicatorIds'>>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const ids = statementIds(statement.key);
  const label = statementLabel(statement.stage, number);
  const described = [problems.text && `${ids.text}-error`, problems.stage && `${ids.stage}-error`]
    .filter(Boolean)
    .join(' ');
  const named = <span className="visually-hidden"> {label}</span>;
  return (
    <li className="logic-model-statement">
      <label htmlFor={ids.text}>{label}</label>
      <div className="logic-model-statement__row">
        <input
          id={ids.text}
          type="text"
          maxLength={LOGIC_MODEL_TEXT_MAX}
          value={statement.text}
          aria-invalid={problems.text ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <button id={ids.up} type="button" disabled={number === 1} onClick={() => onMove(-1)}>
          Move up{named}
        </button>
        <button id={ids.down} type="button" disabled={last} onClick={() => onMove(1)}>
          Move down{named}
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          Remove{named}
        </button>
      </div>
      <FieldError fieldId={ids.text} message={problems.text} />
      <FieldError fieldId={ids.stage} message={problems.stage} />
      {statement.stage === 'outcomes' ? (
        <fieldset
          id={ids.indicators}
          className="family-form__group logic-model-statement__indicators"
          // A fieldset is a group, which takes no aria-invalid: its message is tied by description.
          aria-describedby={problems.indicatorIds ? `${ids.indicators}-error` : undefined}
        >
          <legend>Indicators that measure {label.toLowerCase()}</legend>
          {INDICATORS.map((indicator) => (
            <label key={indicator.id} className="family-form__choice">
              <input
                id={ids.indicator(indicator.id)}
                type="checkbox"
                checked={statement.indicatorIds.includes(indicator.id)}
                onChange={(e) =>
                  onChange({
                    indicatorIds: withIndicator(
                      statement.indicatorIds,
                      indicator.id,
                      e.target.checked,
                    ),
                  })
                }
              />
              <span>{indicator.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <FieldError fieldId={ids.indicators} message={problems.indicatorIds} />
    </li>
  );
}
