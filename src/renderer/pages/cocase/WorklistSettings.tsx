import { useState } from 'react';
import { isIsoDate } from '../../../core/isoDate';
import { DAYS_MAX, DAYS_PROBLEM, readDays, type WorklistSettings } from './worklistsView';

type DaysField = 'dueWithinDays' | 'planWithinDays';

const DAYS_FIELDS: readonly [DaysField, string, string][] = [
  ['dueWithinDays', 'worklist-due-within', 'Reviews due within (days)'],
  ['planWithinDays', 'worklist-plan-within', 'Plan expected within (days)'],
];

/**
 * The day the lists are counted on and their two windows. Only settings the service takes are
 * passed on: a number out of range says so where it was typed, and the lists keep the last good one.
 */
export function WorklistSettingsRow({
  settings,
  onChange,
}: {
  settings: WorklistSettings;
  onChange: (settings: WorklistSettings) => void;
}) {
  const [asOfText, setAsOfText] = useState(settings.asOf ?? '');
  const [typed, setTyped] = useState<Record<DaysField, string>>({
    dueWithinDays: String(settings.dueWithinDays),
    planWithinDays: String(settings.planWithinDays),
  });

  return (
    <div className="worklist-settings">
      <div className="worklist-setting">
        <label htmlFor="worklist-as-of">As of</label>
        <input
          id="worklist-as-of"
          type="date"
          value={asOfText}
          aria-describedby="worklist-as-of-hint"
          onChange={(e) => {
            const text = e.target.value;
            setAsOfText(text);
            // Empty is today; a half-typed date keeps the last whole one asked for.
            if (text === '') onChange({ ...settings, asOf: undefined });
            else if (isIsoDate(text)) onChange({ ...settings, asOf: text });
          }}
        />
        <span id="worklist-as-of-hint" className="hint">
          Leave empty for today.
        </span>
      </div>
      {DAYS_FIELDS.map(([field, id, label]) => {
        const invalid = readDays(typed[field]) === null;
        return (
          <div key={field} className="worklist-setting">
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              type="number"
              min={0}
              max={DAYS_MAX}
              step={1}
              value={typed[field]}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-problem` : undefined}
              onChange={(e) => {
                setTyped({ ...typed, [field]: e.target.value });
                const days = readDays(e.target.value);
                if (days !== null) onChange({ ...settings, [field]: days });
              }}
            />
            {invalid && (
              <p id={`${id}-problem`} className="field-error">
                {DAYS_PROBLEM}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
