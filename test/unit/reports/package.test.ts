import { describe, expect, it } from 'vitest';
import {
  packageInconsistencies,
  tiersOperating,
  upgradeOlderPackage,
} from '../../../src/core/reports/package';
import {
  flattenPackage,
  PackageLayoutError,
  unflattenPackage,
} from '../../../src/core/reports/packageLayout';
import { samplePackage } from '../../support/reportPackage';

describe('the package layout', () => {
  it('writes one dotted key per figure, lists with their length, and reads them back', () => {
    const value = { a: 1, list: [{ b: 'x' }, { b: null }], empty: [], inner: { c: 2.5 } };
    const rows = flattenPackage(value);
    expect(rows).toEqual([
      { key: 'a', value: 1 },
      { key: 'list.length', value: 2 },
      { key: 'list.0.b', value: 'x' },
      { key: 'list.1.b', value: null },
      { key: 'empty.length', value: 0 },
      { key: 'inner.c', value: 2.5 },
    ]);
    expect(unflattenPackage(rows)).toEqual(value);
    // Row order does not matter.
    expect(unflattenPackage([...rows].reverse())).toEqual(value);
    expect(unflattenPackage(flattenPackage(samplePackage()))).toEqual(samplePackage());
  });

  it.each([
    [
      [
        { key: 'a', value: 1 },
        { key: 'a', value: 2 },
      ],
      /“a” appears twice/,
    ],
    [
      [
        { key: 'list.length', value: 2 },
        { key: 'list.0', value: 1 },
      ],
      /“list” should hold 2 items/,
    ],
    [[{ key: 'list.0', value: 1 }], /“list” has no length row/],
    [[{ key: '__proto__.x', value: 1 }], /not a package key/],
    [
      [
        { key: 'a', value: 1 },
        { key: 'a.b', value: 2 },
      ],
      /clashes/,
    ],
    [[{ key: 'list.length', value: -1 }], /count of items/],
  ])('refuses %j', (rows, message) => {
    expect(() => unflattenPackage(rows)).toThrow(PackageLayoutError);
    expect(() => unflattenPackage(rows)).toThrow(message);
  });
});

describe('a package’s own totals', () => {
  it('agree in the sample, and counts tiers with a component operating, cross-cutting aside', () => {
    expect(packageInconsistencies(samplePackage())).toEqual([]);
    expect(tiersOperating(samplePackage().model.byTierStatus)).toBe(2);
    expect(
      tiersOperating([
        { tier: 'cross-cutting', status: 'operating', components: 3 },
        { tier: 'tertiary', status: 'operating', components: 0 },
      ]),
    ).toBe(0);
  });

  it('name each figure that disagrees', () => {
    const pkg = samplePackage();
    pkg.model.components = 6;
    pkg.rollout.byStage[0] = { stage: 'exploration', done: 3, total: 2 };
    pkg.fiscal.leverageRatio = 0.31;
    pkg.training.attendees.total = 49;
    expect(packageInconsistencies(pkg)).toEqual([
      "the model's components by tier and status add up to 5, not its total of 6",
      "the rollout's done tasks by stage add up to 4, not 3",
      'the rollout counts more tasks done or overdue than it has',
      'the leverage ratio is not leveraged funds ÷ general fund committed',
      'training attendees by program add up to 50, not 49',
    ]);
  });
});

describe('the readiness round in a package', () => {
  it('is named and closed from version 3, and its absence has a reason', () => {
    const unnamed = samplePackage();
    if (unnamed.readiness) unnamed.readiness.title = null;
    expect(packageInconsistencies(unnamed)).toEqual([
      'the readiness figures do not name the closed round they come from',
    ]);
    const silent = { ...samplePackage(), readiness: null };
    expect(packageInconsistencies(silent)).toEqual([
      'the package has no readiness figures and does not say why',
    ]);
    expect(packageInconsistencies({ ...silent, readinessAbsent: 'no-round-closed' })).toEqual([]);
  });

  it('reads an older package with its round unnamed, and its missing readiness as unanswered', () => {
    const { readinessAbsent: _reason, ...rest } = samplePackage();
    const older = {
      ...rest,
      version: 2,
      readiness: { heldOn: '2025-10-01', respondents: 24, overall: 3.4, level: 'ready' },
    };
    expect(upgradeOlderPackage(older)).toEqual({
      ...older,
      readiness: { ...older.readiness, title: null, status: null, instrumentVersion: null },
      readinessAbsent: null,
    });
    expect(upgradeOlderPackage({ ...older, readiness: null })).toMatchObject({
      readiness: null,
      readinessAbsent: 'no-round-answered',
    });
    const { evaluation: _evaluation, ...version1 } = { ...older, version: 1 };
    expect(upgradeOlderPackage(version1)).toMatchObject({ evaluation: null });
    // A current package is left as it is.
    expect(upgradeOlderPackage(samplePackage())).toEqual(samplePackage());
  });
});
