import { useDeferredValue, useMemo, useState } from 'react';
import { WorklistTable, type WorklistColumn } from './WorklistTable';
import {
  BARRIER_KINDS,
  BARRIER_LABELS,
  filterWorklist,
  headingWithCount,
  sortWorklist,
  worklistSummary,
  type BarrierKind,
  type CaseRow,
  type WorklistFilter,
  type WorklistOrder,
  type WorklistSort,
} from './worklistsView';
import { formatDate } from '../../components/format';

/** What makes one worklist: its words, its columns and its order. */
export interface WorklistDefinition<R extends CaseRow, K extends string> {
  /** Prefix of the ids in the section, e.g. "worklist-reviews". */
  readonly id: string;
  readonly title: string;
  readonly noun: readonly [string, string];
  readonly columns: readonly WorklistColumn<R, K>[];
  readonly order: WorklistOrder<R, K>;
  readonly rowKey: (row: R) => number;
  /** Offers a filter by barrier kind. */
  readonly byKind?: boolean;
}

/** One worklist under its heading, with the count of the whole list in the heading. */
export function WorklistSection<R extends CaseRow, K extends string>({
  list,
  rows,
  asOf,
  empty,
}: {
  list: WorklistDefinition<R, K>;
  rows: readonly R[];
  asOf: string;
  /** Said when the list has no row at all. */
  empty: string;
}) {
  return (
    <section aria-labelledby={`${list.id}-heading`} className="worklist-section">
      <h2 id={`${list.id}-heading`}>{headingWithCount(list.title, rows.length)}</h2>
      {rows.length === 0 ? (
        <p role="status" data-testid={`${list.id}-empty`}>
          {empty}
        </p>
      ) : (
        <WorklistRows list={list} rows={rows} asOf={asOf} />
      )}
    </section>
  );
}

function WorklistRows<R extends CaseRow, K extends string>({
  list,
  rows,
  asOf,
}: {
  list: WorklistDefinition<R, K>;
  rows: readonly R[];
  asOf: string;
}) {
  const [filter, setFilter] = useState<WorklistFilter>({ text: '', kind: null });
  const [sort, setSort] = useState<WorklistSort<K>>(list.order.initial);
  // Typing stays quick while thousands of rows are filtered behind it.
  const settled = useDeferredValue(filter);
  const { sortValue } = list.order;
  const sorted = useMemo(() => sortWorklist(rows, sort, sortValue), [rows, sort, sortValue]);
  const shown = useMemo(() => filterWorklist(sorted, settled), [sorted, settled]);
  const name = list.title.toLowerCase();

  return (
    <>
      <div className="filters" role="search" aria-label={`Filter the ${name}`}>
        <label htmlFor={`${list.id}-text`}>Case number contains</label>
        <input
          id={`${list.id}-text`}
          type="search"
          maxLength={100}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        {list.byKind && (
          <>
            <label htmlFor={`${list.id}-kind`}>Barrier</label>
            <select
              id={`${list.id}-kind`}
              value={filter.kind ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  kind: e.target.value === '' ? null : (e.target.value as BarrierKind),
                })
              }
            >
              <option value="">All</option>
              {BARRIER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {BARRIER_LABELS[kind]}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <p role="status" data-testid={`${list.id}-status`}>
        {worklistSummary(shown.length, rows.length, list.noun)}
      </p>
      <WorklistTable
        caption={`${list.title} as of ${formatDate(asOf)}`}
        rows={shown}
        columns={list.columns}
        rowKey={list.rowKey}
        viewKey={JSON.stringify([sort, settled])}
        sort={sort}
        onSort={setSort}
      />
      {shown.length === 0 && <p>No {list.noun[1]} match these filters.</p>}
    </>
  );
}
