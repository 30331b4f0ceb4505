import { useMemo } from 'react';
import type { RoundResults } from '../../../api/readiness/contract';
import { formatScore, roundScore } from '../../../core/readiness/levels';
import { formatChange } from '../../components/format';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';

type Domain = RoundResults['domains'][number];
type Mean = Domain['overall'];

/** The previous round's domain score as it was shown: this round's, less the change. */
function previousMean(d: Domain): number | null {
  return d.overall.mean === null || d.change === null
    ? null
    : roundScore(roundScore(d.overall.mean) - d.change);
}

/** Domains with no figure sort last whichever way the column is sorted, not as a low score. */
const figure = (value: number | null) => value ?? undefined;
const NUMBER = { sortFn: 'basic', sortUndefined: 'last' } as const;

const column = columnsOf<Domain>();

/**
 * The domain, this round's mean over everyone and its change since the last round are what a
 * coordinator reads first, so they always show (the domain stays in view if the table scrolls).
 * The figure headers wrap (readiness.css) so all columns fit a laptop screen.
 */
function domainColumns(few: number, hasPrevious: boolean) {
  const mean = (m: Mean) => `${formatScore(m.mean)} (${m.n})${m.n > 0 && m.n < few ? ' †' : ''}`;
  const program = (id: 'calworks' | 'cws' | 'partner', header: string) =>
    column.accessor((d) => figure(d.byProgram[id].mean), {
      id,
      header,
      cell: ({ row }) => mean(row.original.byProgram[id]),
      ...NUMBER,
      meta: { align: 'number' },
    });
  return column.columns([
    column.accessor('name', {
      header: 'Domain',
      sortFn: 'text',
      meta: { key: true, clip: true, width: 14 },
    }),
    column.accessor((d) => figure(d.overall.mean), {
      id: 'all',
      header: 'All',
      cell: ({ row }) => mean(row.original.overall),
      ...NUMBER,
      meta: { key: true, align: 'number' },
    }),
    program('calworks', 'CalWORKs'),
    program('cws', 'CWS'),
    program('partner', 'Partner'),
    column.accessor((d) => figure(d.alignmentGap), {
      id: 'gap',
      header: 'Gap CalWORKs − CWS',
      cell: ({ row }) => formatChange(row.original.alignmentGap),
      ...NUMBER,
      meta: { align: 'number' },
    }),
    column.accessor((d) => figure(d.roleGap), {
      id: 'role',
      header: 'Managers − line staff',
      cell: ({ row }) => formatChange(row.original.roleGap),
      ...NUMBER,
      meta: { align: 'number' },
    }),
    ...(hasPrevious
      ? [
          column.accessor((d) => figure(previousMean(d)), {
            id: 'previous',
            header: 'Previous round',
            cell: ({ row }) => formatScore(previousMean(row.original)),
            ...NUMBER,
            meta: { align: 'number' },
          }),
        ]
      : []),
    column.accessor((d) => figure(d.change), {
      id: 'change',
      header: 'Change',
      cell: ({ row }) => formatChange(row.original.change),
      ...NUMBER,
      meta: { key: true, align: 'number' },
    }),
  ]);
}

/**
 * The figures behind the charts, sortable. A mean on fewer than `fewAnswers` answers is marked, so
 * one enthusiastic answer is not read as a strong domain.
 */
export function DomainTable({ data }: { data: RoundResults }) {
  const few = data.fewAnswers;
  const hasPrevious = Boolean(data.previous);
  const columns = useMemo(() => domainColumns(few, hasPrevious), [few, hasPrevious]);
  const table = useDataTable({
    name: 'readiness.domains',
    columns,
    data: data.domains,
    rowId: (d) => d.domainId,
    // The instrument's order until a person sorts.
    sorting: { initial: [] },
  });
  return (
    <DataTable
      table={table}
      caption={
        <>
          Mean (number of answers) per domain. † fewer than {few} answers. Select a column heading
          to sort.
        </>
      }
      label="Scores by domain and program, table"
      tableName="the domain scores"
      className="domain-table"
      testId="domain-table"
    />
  );
}
