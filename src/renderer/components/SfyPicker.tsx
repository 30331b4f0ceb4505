import { sfyLabel } from '../../core/fiscalCalendar';

/** Chooses the state fiscal year a page shows: the years the county has, and the current one. */
export function SfyPicker({
  value,
  years,
  onChange,
  id = 'sfy-picker',
}: {
  value: number;
  years: readonly number[];
  onChange: (startYear: number) => void;
  id?: string;
}) {
  const options = [...new Set([...years, value])].sort((a, b) => a - b);
  return (
    <span className="sfy-picker">
      <label htmlFor={id}>State fiscal year</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((year) => (
          <option key={year} value={year}>
            {sfyLabel({ startYear: year })}
          </option>
        ))}
      </select>
    </span>
  );
}
