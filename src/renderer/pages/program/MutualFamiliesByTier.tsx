import { useApi } from '../../client/queries';
import { hrefOf } from '../../navigation';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The mutual families the county's latest match run found, by the tier they fall in: open FM/FR
 * cases are Tertiary, the rest Secondary. What the tiers' components are planned for.
 */
export function MutualFamiliesByTier({ countyId }: { countyId: number }) {
  const runs = useApi('matching.runs', { countyId });
  const latest = runs.data?.[0];
  return (
    <section aria-labelledby="mutual-families-heading">
      <h2 id="mutual-families-heading">Mutual families by tier</h2>
      {runs.isSuccess && !latest && (
        <p>
          No match run yet: <a href={hrefOf('matching')}>find the mutual families</a> to see how
          many fall in the Secondary and Tertiary tiers.
        </p>
      )}
      {latest && <LatestRunTiers runId={latest.runId} finishedAt={latest.finishedAt} />}
    </section>
  );
}

function LatestRunTiers({ runId, finishedAt }: { runId: number; finishedAt: string }) {
  const view = useApi('matching.runView', { runId });
  if (!view.data) return <p>{view.isError ? view.error.message : 'Counting…'}</p>;
  const { tiers, families } = view.data;
  return (
    <p>
      The latest match run (run {runId}, {finishedAt.slice(0, 10)}) found {count(families)} family
      pairs on both caseloads: {count(tiers.tertiary)} in the Tertiary tier (an open Family
      Maintenance or Family Reunification case) and {count(tiers.secondary)} in the Secondary tier.{' '}
      <a href={hrefOf('matching', 'runs', runId, 'families')}>See the mutual families</a>
    </p>
  );
}
