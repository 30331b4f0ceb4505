import type { CountyPackage, ReadinessAbsent } from './package';

/**
 * A part of the SFY's report package that would go out empty if it were made now: the overview
 * lists them so a coordinator fills them before the committee reads a package with holes.
 */
export type PackageLack =
  | { readonly part: 'readiness'; readonly reason: ReadinessAbsent }
  | { readonly part: 'model' | 'rollout' | 'budget' | 'spending' | 'training' | 'families' };

/** In the package's own order: readiness, model, rollout, fiscal, training, evaluation. */
export function packageLacks(pkg: CountyPackage): PackageLack[] {
  const lacks: PackageLack[] = [];
  if (pkg.readiness === null) {
    lacks.push({ part: 'readiness', reason: pkg.readinessAbsent ?? 'no-round-held' });
  }
  if (pkg.model.components === 0) lacks.push({ part: 'model' });
  if (pkg.rollout.tasks === 0) lacks.push({ part: 'rollout' });
  if (pkg.fiscal.budgetCents === 0) lacks.push({ part: 'budget' });
  if (pkg.fiscal.spentCents === 0) lacks.push({ part: 'spending' });
  if (pkg.training.sessions === 0) lacks.push({ part: 'training' });
  if (pkg.evaluation === null) lacks.push({ part: 'families' });
  return lacks;
}
