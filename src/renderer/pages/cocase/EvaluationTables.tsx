import { TableScroll } from '../../components/TableScroll';
import {
  countText,
  differenceText,
  formatRate,
  indicatorDescription,
  type EvaluationCell,
  type IndicatorTable,
} from './evaluationView';

/** A count, or "<11" with what it means for a screen reader (a count of 1 to 10, not shown). */
function Count({ count, smallCell }: { count: number | null; smallCell: number }) {
  if (count !== null) return <>{countText(count, smallCell)}</>;
  return (
    <span className="evaluation-hidden">
      {countText(null, smallCell)}
      <span className="visually-hidden"> (from 1 to {smallCell - 1}, hidden)</span>
    </span>
  );
}

function CellColumns({ cell, smallCell }: { cell: EvaluationCell; smallCell: number }) {
  return (
    <>
      <td className="number">
        <Count count={cell.numerator} smallCell={smallCell} /> /{' '}
        <Count count={cell.denominator} smallCell={smallCell} />
      </td>
      <td className="number">
        {cell.rate !== null ? (
          formatRate(cell.rate)
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">
              {cell.suppressed ? 'not shown' : 'none: no families'}
            </span>
          </>
        )}
      </td>
    </>
  );
}

/**
 * One indicator, a row per period: each group's numerator over its denominator and rate, then the
 * difference. It is also the trend chart's table alternative.
 */
export function IndicatorFigureTable({
  table,
  smallCell,
}: {
  table: IndicatorTable;
  smallCell: number;
}) {
  const describedBy = `evaluation-about-${table.indicatorId}`;
  return (
    <div className="evaluation-indicator">
      <h3>{table.label}</h3>
      <p id={describedBy} className="evaluation-about">
        {indicatorDescription(table)}
      </p>
      <TableScroll label={table.label}>
        <table className="data-table evaluation-table" aria-describedby={describedBy}>
          <caption className="visually-hidden">{table.label}</caption>
          <col className="evaluation-col-period" />
          {[0, 1].map((group) => (
            <colgroup key={group}>
              <col className="evaluation-col-counts" />
              <col className="evaluation-col-rate" />
            </colgroup>
          ))}
          <col className="evaluation-col-difference" />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Period
              </th>
              <th scope="colgroup" colSpan={2} className="group-heading">
                Linkages
              </th>
              <th scope="colgroup" colSpan={2} className="group-heading">
                Comparison group
              </th>
              <th scope="col" rowSpan={2} className="number">
                Difference
              </th>
            </tr>
            <tr>
              {[0, 1].flatMap((group) => [
                <th key={`${group}-counts`} scope="col" className="number">
                  Numerator / denominator
                </th>,
                <th key={`${group}-rate`} scope="col" className="number">
                  Rate
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => {
              const difference = differenceText(row.differencePoints, table.better);
              return (
                <tr key={row.period}>
                  <th scope="row">
                    {row.period}
                    {!row.followUpComplete && (
                      <span className="badge evaluation-open">follow-up still open</span>
                    )}
                  </th>
                  <CellColumns cell={row.linkages} smallCell={smallCell} />
                  <CellColumns cell={row.comparison} smallCell={smallCell} />
                  <td className="number">
                    {difference.verdict === null ? (
                      <>
                        <span aria-hidden="true">{difference.points}</span>
                        <span className="visually-hidden">{difference.words}</span>
                      </>
                    ) : (
                      <>
                        {difference.points},{' '}
                        <span
                          className={`evaluation-verdict evaluation-verdict--${difference.verdict}`}
                        >
                          {difference.verdict}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
