import type { Output } from '../../../api/contract';
import { TableScroll } from '../../components/TableScroll';
import { levelWeight } from './bands';
import { formatWeight, WeightChart } from './WeightChart';

type Model = Output<'matching.runView'>['model'];

const percent = (share: number) =>
  share > 0 && share < 5e-7 ? '< 0.0001%' : `${(share * 100).toFixed(share < 0.001 ? 4 : 1)}%`;

/**
 * What the run learned: for each field and level, how often matches and non-matches show it and
 * the weight that gives (in bits: +1 doubles the odds of a match), drawn as bars and written out
 * in the table, which is the drawing's text alternative.
 */
export function ModelDiagnostics({ model }: { model: Model }) {
  return (
    <section aria-labelledby="model-heading">
      <h2 id="model-heading">How the model weighs the evidence</h2>
      <p>
        Estimated from the extracts themselves, without labels. The chance that two persons picked
        at random are the same is {model.prior.toExponential(2)}.
      </p>
      <p>
        Within a field, a stronger agreement never weighs less than a weaker one, and any agreement
        weighs at least as much as none. With few matches to learn from, the extracts alone can say
        otherwise (a nickname worth more than the exact name); such levels then share one weight,
        which is why two rows below can show the same.
      </p>
      <WeightChart model={model} />
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
                  <td className="number">
                    {formatWeight(levelWeight(field.m[l] ?? 0, field.u[l] ?? 0))}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
