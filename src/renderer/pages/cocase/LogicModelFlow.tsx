import { indicatorLabels, savedOnText, stageGroups, type LogicModel } from './logicModelView';
import { formatDate } from '../../components/format';

/**
 * The model read left to right, inputs to outcomes. The arrows between the stages are drawn by the
 * style sheet; a screen reader hears an ordered list of four stages, each a heading and its list.
 */
export function LogicModelFlow({ model }: { model: LogicModel }) {
  const savedOn = savedOnText(model.updatedAt);
  return (
    <>
      {model.isDefault ? (
        <p className="notice" data-testid="logic-model-default">
          This is the Linkages toolkit’s starting model: the county has not saved its own yet. Edit
          it to describe your county’s program.
        </p>
      ) : (
        savedOn && <p className="hint">The county’s model, last saved on {formatDate(savedOn)}.</p>
      )}
      <ol className="logic-model-flow" aria-label="Logic model, from inputs to outcomes">
        {stageGroups(model.items).map((group) => (
          <li key={group.stage} className="logic-model-flow__stage">
            <h3 id={`logic-model-${group.stage}`}>{group.label}</h3>
            {group.statements.length === 0 ? (
              <p className="logic-model-flow__empty">No statements yet.</p>
            ) : (
              <ul aria-labelledby={`logic-model-${group.stage}`}>
                {group.statements.map(({ statement, number }) => (
                  <li key={number}>
                    {statement.text}
                    {group.stage === 'outcomes' && (
                      <OutcomeIndicators indicatorIds={statement.indicatorIds} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function OutcomeIndicators({ indicatorIds }: { indicatorIds: readonly string[] }) {
  const labels = indicatorLabels(indicatorIds);
  if (labels.length === 0) {
    return <span className="logic-model-flow__measured">No indicator attached yet.</span>;
  }
  return (
    <>
      <span className="logic-model-flow__measured">Measured by:</span>
      <ul className="logic-model-flow__indicators">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </>
  );
}
