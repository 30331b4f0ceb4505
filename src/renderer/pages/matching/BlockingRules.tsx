import type { Output } from '../../../api/contract';
import { TableScroll } from '../../components/TableScroll';

type Blocking = Output<'matching.runView'>['model']['blocking'];

const count = (n: number | null) => (n === null ? 'not counted' : n.toLocaleString('en-US'));

/**
 * Which pairs the run compared, rule by rule: what each rule's blocks hold, counted from their
 * sizes before any pair was made, and what it brought that no earlier rule had. A rule whose blocks
 * hold far more than it brings, or one with a huge largest block, is where a common name swamps the
 * comparison.
 */
export function BlockingRules({ blocking }: { blocking: Blocking }) {
  if (blocking.length === 0) return null;
  const compared = blocking.reduce((sum, rule) => sum + rule.pairs, 0);
  return (
    <section aria-labelledby="blocking-heading">
      <h2 id="blocking-heading">Which pairs were compared</h2>
      <p>
        {compared.toLocaleString('en-US')} pairs were compared: those sharing a key under at least
        one rule, each counted under the first rule that found it.
      </p>
      <TableScroll label="Pairs by blocking rule">
        <table className="data-table">
          <caption>Pairs by blocking rule</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col" className="number">
                Pairs in its blocks
              </th>
              <th scope="col" className="number">
                Largest block
              </th>
              <th scope="col" className="number">
                Compared first under it
              </th>
              <th scope="col" className="number">
                Blocks left out (too large)
              </th>
            </tr>
          </thead>
          <tbody>
            {blocking.map((rule) => (
              <tr key={rule.rule}>
                <th scope="row">{rule.rule}</th>
                <td className="number">{count(rule.blockPairs)}</td>
                <td className="number">{count(rule.largestBlock)}</td>
                <td className="number">{count(rule.pairs)}</td>
                <td className="number">{count(rule.skippedBlocks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
