import type { RowData } from '@tanstack/react-table';
import type { DataTableModel } from './useDataTable';

/**
 * The columns a person may hide or show, behind a disclosure that says how many are hidden, so no
 * column is out of sight without a visible cue. Key columns are not offered: they always show.
 * A table whose columns are all needed has no chooser.
 */
export function ColumnChooser<R extends RowData>({
  table,
  tableName,
}: {
  table: DataTableModel<R>;
  /** The table's name, as in "Columns of the ledger". */
  tableName: string;
}) {
  const columns = table.getAllLeafColumns();
  // Only a table that declares columns it can do without offers the choice.
  if (!columns.some((column) => column.columnDef.meta?.optional)) return null;
  const offered = columns.filter((column) => column.getCanHide());
  const hidden = offered.filter((column) => !column.getIsVisible()).length;
  return (
    <details className="column-chooser">
      <summary>
        Columns
        {hidden > 0 && <span className="column-chooser__count"> ({hidden} hidden)</span>}
      </summary>
      <fieldset>
        <legend>Columns of {tableName} to show</legend>
        {offered.map((column) => {
          const header = column.columnDef.header;
          return (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={(event) => column.toggleVisibility(event.target.checked)}
              />
              {typeof header === 'string' ? header : column.id}
              <span className="visually-hidden"> column</span>
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
