import type { ImportPreview } from '../../../../api/fiscal/ledgerImport.contract';
import { formatDate } from '../../../components/format';
import { formatMoney } from '../../../../core/money';
import { TableScroll } from '../../../components/TableScroll';

/** Past this many the page lists no more: the person fixes the file in bulk, not line by line. */
export const ERRORS_SHOWN = 200;

/** Every problem the service listed (up to ERRORS_SHOWN), by spreadsheet row and column. */
export function ErrorsTable({ preview }: { preview: ImportPreview }) {
  const { errors, moreErrors } = preview;
  const shown = errors.slice(0, ERRORS_SHOWN);
  const more = errors.length - shown.length + moreErrors;
  const total = errors.length + moreErrors;
  return (
    <section aria-labelledby="import-errors-heading">
      <h3 id="import-errors-heading">
        {total.toLocaleString('en-US')} {total === 1 ? 'problem' : 'problems'} to fix in the file
      </h3>
      <TableScroll label="Problems to fix" tall>
        <table className="data-table sticky-head import-table">
          <caption>
            Row numbers are the spreadsheet&apos;s: the header is row 1. Nothing is imported until
            every row passes.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((error, index) => (
              <tr key={index}>
                <th scope="row" className="number">
                  {error.row}
                </th>
                <td>{error.column}</td>
                <td className="import-table__value">
                  {error.value === '' ? <span className="muted">(blank)</span> : error.value}
                </td>
                <td>{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {more > 0 && (
        <p className="import-more">
          …and {more.toLocaleString('en-US')} more {more === 1 ? 'problem' : 'problems'} not listed
          here.
        </p>
      )}
    </section>
  );
}

/** The first rows as the ledger would store them: the mapping read the right columns. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { sample } = preview;
  if (sample.length === 0) return null;
  return (
    <section aria-labelledby="import-sample-heading">
      <h3 id="import-sample-heading">The first rows as they would be stored</h3>
      <TableScroll label="The first rows as they would be stored">
        <table className="data-table import-table">
          <caption>
            The first {sample.length} {sample.length === 1 ? 'row' : 'rows'} that pass, read with
            this mapping.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                Row
              </th>
              <th scope="col">Date</th>
              <th scope="col" className="number">
                Amount
              </th>
              <th scope="col">Funding stream</th>
              <th scope="col">Service category</th>
              <th scope="col">Leveraged</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {sample.map((row) => (
              <tr key={row.row}>
                <th scope="row" className="number">
                  {row.row}
                </th>
                <td className="date">{formatDate(row.date)}</td>
                <td className="number">{formatMoney(row.amountCents)}</td>
                <td>{row.stream}</td>
                <td>{row.category}</td>
                <td>{row.leveraged ? 'Yes' : 'No'}</td>
                <td>{row.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
