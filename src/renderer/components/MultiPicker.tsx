import { useId, useState, type KeyboardEvent } from 'react';

/** More matches than this wait for the person to type a little more. */
const MOST_SHOWN = 50;

export interface PickerOption {
  readonly id: number;
  readonly name: string;
  /** A short second line that tells similar names apart, e.g. "due Mar 3, 2027". */
  readonly detail?: string;
}

/**
 * Several choices from a long list, by keyboard as easily as by mouse: type to narrow the list,
 * Enter takes the first match (and never submits the form by accident), Tab and Space tick any
 * other. Chosen ones stay at the top, and every name wraps instead of being cut.
 */
export function MultiPicker({
  inputId,
  labelId,
  noun,
  options,
  chosen,
  onChange,
}: {
  /** The search field's id, for a refusal's summary to take the keyboard to. */
  inputId?: string;
  /** The id of the element that names the group, e.g. the form's "Depends on" label. */
  labelId: string;
  /** What an option is, as in "Find a task". */
  noun: string;
  options: readonly PickerOption[];
  chosen: readonly number[];
  onChange: (chosen: number[]) => void;
}) {
  const [text, setText] = useState('');
  const base = useId();
  const wanted = text.trim().toLowerCase();
  const isChosen = (id: number) => chosen.includes(id);
  const matches = options.filter(
    (option) => !isChosen(option.id) && option.name.toLowerCase().includes(wanted),
  );
  // A plan of thousands lists the chosen and the first matches; typing narrows to the rest.
  const shown = [
    ...options.filter((option) => isChosen(option.id)),
    ...matches.slice(0, MOST_SHOWN),
  ];
  const unlisted = matches.length - Math.min(matches.length, MOST_SHOWN);

  function toggle(id: number, on: boolean): void {
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = wanted ? matches[0] : undefined;
    if (first) {
      toggle(first.id, true);
      setText('');
    }
  }

  const names = options.filter((option) => isChosen(option.id)).map((option) => option.name);
  return (
    <div className="multi-picker" role="group" aria-labelledby={labelId}>
      <p className="multi-picker__chosen" id={`${base}-chosen`} aria-live="polite">
        {names.length === 0 ? 'None chosen.' : `${names.length} chosen: ${names.join('; ')}.`}
      </p>
      <input
        id={inputId}
        type="search"
        className="multi-picker__find"
        aria-label={`Find a ${noun}`}
        aria-describedby={`${base}-hint`}
        placeholder={`Type to find a ${noun}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKey}
      />
      <p className="hint" id={`${base}-hint`}>
        Enter takes the first match; Tab to the list and Space ticks any other.
      </p>
      {shown.length === 0 ? (
        <p className="multi-picker__none">
          No {noun} matches “{text.trim()}”.
        </p>
      ) : (
        <ul className="multi-picker__options">
          {shown.map((option) => (
            <li key={option.id}>
              <label>
                <input
                  type="checkbox"
                  checked={isChosen(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                <span>
                  {option.name}
                  {option.detail && <span className="multi-picker__detail"> {option.detail}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {unlisted > 0 && (
        <p className="hint">
          {unlisted.toLocaleString('en-US')} more not listed: type part of a name to find them.
        </p>
      )}
    </div>
  );
}
