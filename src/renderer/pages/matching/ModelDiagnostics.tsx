import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Output } from '../../../api/contract';
import { TableScroll } from '../../components/TableScroll';

type Model = Output<'matching.runView'>['model'];

const percent = (share: number) => `${(share * 100).toFixed(share < 0.001 ? 4 : 1)}%`;
const bits = (m: number, u: number) => Math.log2(m / u);

/**
 * What the run learned: for each field and level, how often matches and non-matches show it and
 * the weight that gives (in bits: +1 doubles the odds of a match), and how all compared pairs
 * scored. The histogram's table carries its figures; the drawing is left to sighted readers.
 */
export function ModelDiagnostics({ model }: { model: Model }) {
  const bins = model.histogram.counts
    .map((count, bin) => ({ weight: model.histogram.fromBits + bin, count }))
    .filter((bin) => bin.count > 0);
  return (
    <section aria-labelledby="model-heading">
      <h2 id="model-heading">How the model weighs the evidence</h2>
      <p>
        Estimated from the extracts themselves, without labels. The chance that two persons picked
        at random are the same is {model.prior.toExponential(2)}.
      </p>
      <TableScroll label="Weights per field and level">
        <table className="data-table">
          <caption>Weights per field and level</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Level</th>
              <th scope="col">Among matches</th>
              <th scope="col">Among non-matches</th>
              <th scope="col">Weight (bits)</th>
            </tr>
          </thead>
          <tbody>
            {model.fields.flatMap((field) =>
              field.levels.map((level, l) => (
                <tr key={`${field.name}-${level}`}>
                  {l === 0 && (
                    <th scope="rowgroup" rowSpan={field.levels.length}>
                      {field.name}
                    </th>
                  )}
                  <td>{level}</td>
                  <td className="number">{percent(field.m[l] ?? 0)}</td>
                  <td className="number">{percent(field.u[l] ?? 0)}</td>
                  <td className="number">{bits(field.m[l] ?? 0, field.u[l] ?? 1).toFixed(1)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableScroll>
      <h3>Scores of all compared pairs</h3>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={bins} margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="weight"
              label={{ value: 'Match weight (bits)', position: 'insideBottom', offset: -4 }}
            />
            <YAxis scale="log" domain={[1, 'auto']} allowDataOverflow />
            <Tooltip />
            <Bar dataKey="count" fill="#005ea2" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>The score histogram as a table</summary>
        <TableScroll label="Pairs by match weight">
          <table className="data-table">
            <caption>Pairs by match weight (1-bit bins)</caption>
            <thead>
              <tr>
                <th scope="col">Weight from (bits)</th>
                <th scope="col">Pairs</th>
              </tr>
            </thead>
            <tbody>
              {bins.map((bin) => (
                <tr key={bin.weight}>
                  <td className="number">{bin.weight}</td>
                  <td className="number">{bin.count.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
