import { TableScroll } from '../../../components/TableScroll';
import type { ReviewPair } from './useReview';

type Agrees = ReviewPair['fields'][number]['agrees'];

/** Each agreement in words and with a mark, so colour is never the only sign (WCAG 1.4.1). */
const MARKS: Record<Agrees, string> = { yes: '✓', partly: '~', no: '✗', missing: '–' };

function agreementWords(agrees: Agrees, level: string): string {
  switch (agrees) {
    case 'yes':
      return 'Agrees';
    case 'partly':
      return `Partly: ${level}`;
    case 'no':
      return 'Disagrees';
    case 'missing':
      return 'Missing';
  }
}

function Value({ text }: { text: string }) {
  return text ? <>{text}</> : <span className="review-blank">not given</span>;
}

/** One CalWORKs record beside one CWS record, field by field. */
export function PairTable({ pair }: { pair: ReviewPair }) {
  return (
    <TableScroll label="The pair to review">
      <table className="data-table review-table" data-testid="review-pair">
        <caption>CalWORKs and CWS records side by side</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">CalWORKs</th>
            <th scope="col">CWS</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          <tr className="review-table__case">
            <th scope="row">Case number</th>
            <td>
              <Value text={pair.calworksCase} />
            </td>
            <td>
              <Value text={pair.cwsCase} />
            </td>
            <td className="review-blank">Not compared</td>
          </tr>
          {pair.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{f.field}</th>
              <td>
                <Value text={f.calworks} />
              </td>
              <td>
                <Value text={f.cws} />
              </td>
              <td className={`agreement agree-${f.agrees}`}>
                <span className="agreement__mark" aria-hidden="true">
                  {MARKS[f.agrees]}
                </span>{' '}
                {agreementWords(f.agrees, f.level)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
