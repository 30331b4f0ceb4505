import { VirtualTable, type TableColumn } from '../../components/VirtualTable';
import type { CaseRow, WorklistSort } from './worklistsView';

/** Fixed widths in rem on every column, so columns keep them as other rows scroll into view. */
export type WorklistColumn<R, K extends string> = TableColumn<R, K> & { readonly width: number };

/** One worklist, one screenful of rows in the page at a time, sortable by every column. */
export function WorklistTable<R extends CaseRow, K extends string>({
  caption,
  ...table
}: {
  caption: string;
  rows: readonly R[];
  columns: readonly WorklistColumn<R, K>[];
  rowKey: (row: R) => number;
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: WorklistSort<K>;
  onSort: (sort: WorklistSort<K>) => void;
}) {
  return (
    <VirtualTable
      caption={caption}
      className="worklist"
      tableClassName="worklist-table"
      {...table}
    />
  );
}
