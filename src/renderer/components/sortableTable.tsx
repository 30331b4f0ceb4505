import { useState } from 'react';

export interface SortState<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

/**
 * Column sorting for a data table: header buttons that say their order through aria-sort, and a
 * stable sort, so rows that tie keep the order the service gave them.
 */
export function useSortableTable<T, K extends string>(
  initial: SortState<K>,
  valueOf: (row: T, key: K) => string | number,
) {
  const [sort, setSort] = useState(initial);

  function sortRows(rows: readonly T[]): T[] {
    return [...rows].sort((a, b) => {
      const [x, y] = [valueOf(a, sort.key), valueOf(b, sort.key)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.descending ? -order : order;
    });
  }

  function header(key: K, label: string, className?: string) {
    return (
      <th
        scope="col"
        className={className}
        aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort"
          onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}
        >
          {label}
        </button>
      </th>
    );
  }

  return { sortRows, header };
}
