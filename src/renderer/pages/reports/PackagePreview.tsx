import type { CountyPackage } from '../../../core/reports/package';
import { READINESS_ABSENT_WORDS } from '../../../core/reports/package';
import { formatScore } from '../../../core/readiness/levels';
import { useApi } from '../../client/queries';
import { formatMoney, sfyLabel } from '../../components/countyAndYear';
import { formatDate } from '../../components/format';
import { LEVEL_LABELS } from './rollupFigures';

/**
 * What the package will carry, shown before it is written: which readiness round it reports (a
 * closed one only, or why none) and its main figures, from the same service function as the file.
 */
export function PackagePreview({
  countyId,
  sfyStartYear,
}: {
  countyId: number;
  sfyStartYear: number;
}) {
  const preview = useApi('reports.previewPackage', { countyId, sfyStartYear });
  if (!preview.data) {
    return (
      <p>
        {preview.isPending
          ? 'Gathering the package’s figures…'
          : 'The package’s figures could not be gathered.'}
      </p>
    );
  }
  const pkg = preview.data;
  return (
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading">What the package will carry</h3>
      <dl className="facts" data-testid="package-preview">
        <dt>State fiscal year</dt>
        <dd>{sfyLabel({ startYear: pkg.sfyStartYear })}</dd>
        <dt>Readiness round</dt>
        <dd data-testid="preview-readiness">
          <ReadinessRound pkg={pkg} />
        </dd>
        <dt>Program model</dt>
        <dd>
          {pkg.model.componentsOperating} of {pkg.model.components} components operating;{' '}
          {pkg.model.tiersOperating} of the 3 prevention tiers have one operating
        </dd>
        <dt>Rollout</dt>
        <dd>
          {pkg.rollout.done} of {pkg.rollout.tasks} tasks done, {pkg.rollout.overdue} overdue
        </dd>
        <dt>Fiscal</dt>
        <dd>
          Budget {formatMoney(pkg.fiscal.budgetCents)}, spent {formatMoney(pkg.fiscal.spentCents)},
          leveraged {formatMoney(pkg.fiscal.leveragedCents)}, leverage ratio{' '}
          {pkg.fiscal.leverageRatio === null ? '–' : pkg.fiscal.leverageRatio.toFixed(2)}
        </dd>
        <dt>Joint training</dt>
        <dd>
          {pkg.training.sessions} {pkg.training.sessions === 1 ? 'session' : 'sessions'},{' '}
          {pkg.training.attendees.total}{' '}
          {pkg.training.attendees.total === 1 ? 'attendee' : 'attendees'}
        </dd>
        <dt>Evaluation</dt>
        <dd>
          {pkg.evaluation
            ? `${pkg.evaluation.families.linkages} families in Linkages, ${pkg.evaluation.families.comparison} in the comparison group`
            : 'No mutual families recorded'}
        </dd>
      </dl>
    </section>
  );
}

function ReadinessRound({ pkg }: { pkg: CountyPackage }) {
  const { readiness } = pkg;
  if (!readiness) {
    return (
      <>
        <strong>No closed round</strong> — no readiness figures.{' '}
        {READINESS_ABSENT_WORDS[pkg.readinessAbsent ?? 'no-round-answered']}
      </>
    );
  }
  const level = readiness.level ? `, ${LEVEL_LABELS[readiness.level]}` : '';
  return (
    <>
      <strong>{readiness.title}</strong>, held {formatDate(readiness.heldOn)}, closed —{' '}
      {readiness.respondents} respondents, overall {formatScore(readiness.overall)}
      {level}
    </>
  );
}
