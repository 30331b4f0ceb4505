import { useMemo, useState } from 'react';
import {
  useTable,
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { TABLE_FEATURES, type DataColumn } from './tableFeatures';

/**
 * Sorted here from the rows given (`initial`), or `ordered` by the caller: the rows come in the
 * order the sorting says (the service's for a million ledger rows, a page's own for budget lines
 * grouped under their totals), and the table only shows it and asks for another.
 */
export type TableSorting =
  | { readonly initial: SortingState }
  | { readonly ordered: SortingState; readonly onSort: (sorting: SortingState) => void };

const KEPT = 'linkages.columns.';

/** The columns a person chose to show or hide in this table, kept in this browser profile. */
function keptVisibility(
  name: string,
  columns: readonly DataColumn<RowData>[],
): ColumnVisibilityState {
  const chosen: ColumnVisibilityState = {};
  for (const column of columns) {
    if (column.id && column.meta?.optional) chosen[column.id] = false;
  }
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(KEPT + name) ?? '{}');
    if (kept && typeof kept === 'object') {
      for (const [id, shown] of Object.entries(kept)) {
        if (typeof shown === 'boolean' && id in chosen) chosen[id] = shown;
        else if (typeof shown === 'boolean' && columns.some((c) => c.id === id && !c.meta?.key)) {
          chosen[id] = shown;
        }
      }
    }
  } catch {
    // A choice that no longer reads back is forgotten: the table starts as designed.
  }
  return chosen;
}

function applied<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/**
 * One data table's model: its rows sorted (here or by the service), its key columns always shown
 * and the rest as the person last chose. `name` says where that choice is kept; `columns` must keep
 * its identity between renders (a module constant or a memo).
 */
export function useDataTable<R extends RowData>({
  name,
  columns,
  data,
  rowId,
  sorting,
}: {
  name: string;
  columns: readonly DataColumn<R>[];
  data: readonly R[];
  rowId: (row: R) => string;
  sorting: TableSorting;
}) {
  const defined = useMemo(
    () =>
      columns.map((column) =>
        column.meta?.key ? { ...column, enableHiding: false } : column,
      ) as DataColumn<R>[],
    [columns],
  );
  const [visibility, setVisibility] = useState(() =>
    keptVisibility(name, columns as readonly DataColumn<RowData>[]),
  );
  const [ownSorting, setOwnSorting] = useState<SortingState>(() =>
    'initial' in sorting ? sorting.initial : sorting.ordered,
  );
  const byCaller = 'ordered' in sorting;
  const current = byCaller ? sorting.ordered : ownSorting;

  return useTable<typeof TABLE_FEATURES, R>({
    features: TABLE_FEATURES,
    columns: defined,
    data: data as R[],
    getRowId: rowId,
    manualSorting: byCaller,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting: current, columnVisibility: visibility },
    onSortingChange: (updater) => {
      const next = applied(updater, current);
      if (byCaller) sorting.onSort(next);
      else setOwnSorting(next);
    },
    onColumnVisibilityChange: (updater) => {
      const next = applied(updater, visibility);
      setVisibility(next);
      try {
        localStorage.setItem(KEPT + name, JSON.stringify(next));
      } catch {
        // Private windows may refuse storage: the choice then lasts while the page is open.
      }
    },
  });
}

export type DataTableModel<R extends RowData> = ReturnType<typeof useDataTable<R>>;
