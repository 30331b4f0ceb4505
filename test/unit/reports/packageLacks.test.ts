import { describe, expect, it } from 'vitest';
import { packageLacks } from '../../../src/core/reports/packageLacks';
import { samplePackage } from '../../support/reportPackage';

describe('what a report package still lacks', () => {
  it('lacks nothing when every section has figures', () => {
    expect(packageLacks(samplePackage())).toEqual([]);
  });

  it('names each empty section in the package order, readiness with its reason', () => {
    const pkg = samplePackage();
    const empty = {
      ...pkg,
      readiness: null,
      readinessAbsent: 'no-round-closed' as const,
      model: { ...pkg.model, components: 0 },
      rollout: { ...pkg.rollout, tasks: 0 },
      fiscal: { ...pkg.fiscal, budgetCents: 0, spentCents: 0 },
      training: { ...pkg.training, sessions: 0 },
      evaluation: null,
    };
    expect(packageLacks(empty)).toEqual([
      { part: 'readiness', reason: 'no-round-closed' },
      { part: 'model' },
      { part: 'rollout' },
      { part: 'budget' },
      { part: 'spending' },
      { part: 'training' },
      { part: 'families' },
    ]);
  });

  it('counts refunds that net the year to nothing as no spending, and a budget alone as a budget', () => {
    const pkg = samplePackage();
    expect(packageLacks({ ...pkg, fiscal: { ...pkg.fiscal, spentCents: 0 } })).toEqual([
      { part: 'spending' },
    ]);
  });
});
