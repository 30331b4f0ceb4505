import type { FundingStreamView, ServiceCategoryView } from '../../../../api/fiscal/contract';
import { SfyPicker } from '../../../components/SfyPicker';

export interface LedgerFilter {
  readonly streamId: number | null;
  readonly categoryId: number | null;
  /** As typed; the table asks once typing pauses. */
  readonly text: string;
}

const retiredMark = (item: { name: string; retired: boolean }) =>
  item.retired ? `${item.name} (retired)` : item.name;

/** Which rows the table shows: one SFY, optionally one stream, category and a piece of text. */
export function LedgerFilters({
  sfy,
  years,
  onSfy,
  filter,
  onFilter,
  streams,
  categories,
  count,
}: {
  sfy: number;
  years: readonly number[];
  onSfy: (startYear: number) => void;
  filter: LedgerFilter;
  onFilter: (filter: LedgerFilter) => void;
  streams: readonly FundingStreamView[];
  categories: readonly ServiceCategoryView[];
  /** Rows matching, null while counting. */
  count: number | null;
}) {
  const set = (change: Partial<LedgerFilter>) => onFilter({ ...filter, ...change });
  const idOf = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="filters ledger-filters" role="search" aria-label="Filter the ledger">
      <SfyPicker id="ledger-sfy" value={sfy} years={years} onChange={onSfy} />
      <label htmlFor="ledger-filter-stream">Filter by stream</label>
      <select
        id="ledger-filter-stream"
        value={filter.streamId ?? ''}
        onChange={(e) => set({ streamId: idOf(e.target.value) })}
      >
        <option value="">All streams</option>
        {/* Retired streams stay here: their old rows are still in the ledger. */}
        {streams.map((s) => (
          <option key={s.id} value={s.id}>
            {retiredMark(s)}
          </option>
        ))}
      </select>
      <label htmlFor="ledger-filter-category">Filter by category</label>
      <select
        id="ledger-filter-category"
        value={filter.categoryId ?? ''}
        onChange={(e) => set({ categoryId: idOf(e.target.value) })}
      >
        <option value="">All categories</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {retiredMark(c)}
          </option>
        ))}
      </select>
      <label htmlFor="ledger-filter-text">Description or case number contains</label>
      <input
        id="ledger-filter-text"
        type="search"
        maxLength={100}
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <span aria-live="polite" data-testid="ledger-count">
        {count === null
          ? 'Counting rows…'
          : `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`}
      </span>
    </div>
  );
}
