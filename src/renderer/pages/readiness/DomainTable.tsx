import { useState } from 'react';
import type { RoundResults } from '../../../api/readiness/contract';
import { formatScore, roundScore } from '../../../core/readiness/levels';
import { TableScroll } from '../../components/TableScroll';
import { formatChange } from '../../components/format';

type Domain = RoundResults['domains'][number];
type Mean = Domain['overall'];

/** The previous round's domain score as it was shown: this round's, less the change. */
function previousMean(d: Domain): number | null {
  return d.overall.mean === null || d.change === null
    ? null
    : roundScore(roundScore(d.overall.mean) - d.change);
}

interface Column {
  readonly key: string;
  readonly label: string;
  readonly value: (d: Domain) => number | null;
  readonly render: (d: Domain) => string;
}

/**
 * The figures behind the charts, sortable. A mean on fewer than `fewAnswers` answers is marked, so
 * one enthusiastic answer is not read as a strong domain.
 */
export function DomainTable({ data }: { data: RoundResults }) {
  const few = data.fewAnswers;
  const mean = (m: Mean) => `${formatScore(m.mean)} (${m.n})${m.n > 0 && m.n < few ? ' †' : ''}`;
  const columns: Column[] = [
    { key: 'all', label: 'All', value: (d) => d.overall.mean, render: (d) => mean(d.overall) },
    {
      key: 'calworks',
      label: 'CalWORKs',
      value: (d) => d.byProgram.calworks.mean,
      render: (d) => mean(d.byProgram.calworks),
    },
    {
      key: 'cws',
      label: 'CWS',
      value: (d) => d.byProgram.cws.mean,
      render: (d) => mean(d.byProgram.cws),
    },
    {
      key: 'partner',
      label: 'Partner',
      value: (d) => d.byProgram.partner.mean,
      render: (d) => mean(d.byProgram.partner),
    },
    {
      key: 'gap',
      label: 'Gap CalWORKs − CWS',
      value: (d) => d.alignmentGap,
      render: (d) => formatChange(d.alignmentGap),
    },
    {
      key: 'role',
      label: 'Managers − line staff',
      value: (d) => d.roleGap,
      render: (d) => formatChange(d.roleGap),
    },
    ...(data.previous
      ? [
          {
            key: 'previous',
            label: 'Previous round',
            value: previousMean,
            render: (d: Domain) => formatScore(previousMean(d)),
          },
        ]
      : []),
    {
      key: 'change',
      label: 'Change',
      value: (d) => d.change,
      render: (d) => formatChange(d.change),
    },
  ];
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const rows = column
    ? [...data.domains].sort((a, b) => {
        const diff = (column.value(a) ?? -Infinity) - (column.value(b) ?? -Infinity);
        return sort?.descending ? -diff : diff;
      })
    : data.domains;

  function toggle(key: string): void {
    setSort((current) =>
      current?.key === key ? { key, descending: !current.descending } : { key, descending: true },
    );
  }

  return (
    <>
      <TableScroll label="Scores by domain and program, table">
        <table className="data-table" data-testid="domain-table">
          <caption>
            Mean (number of answers) per domain. † fewer than {few} answers. Select a column heading
            to sort.
          </caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className="number"
                  aria-sort={
                    sort?.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
                  }
                >
                  <button type="button" className="sort" onClick={() => toggle(c.key)}>
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.domainId}>
                <th scope="row">{d.name}</th>
                {columns.map((c) => (
                  <td key={c.key} className="number">
                    {c.render(d)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
