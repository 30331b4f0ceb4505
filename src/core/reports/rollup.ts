/**
 * The statewide picture from county packages: one row per county, statewide totals and medians,
 * and breakdowns by tier and by funding stream. Ratios are recomputed from sums (a statewide
 * leverage ratio is all leveraged funds ÷ all general fund committed), never averaged.
 */
import type { CountyPackage } from './package';

export interface RollupCountyRow {
  readonly fips: string;
  readonly name: string;
  readonly generatedAt: string;
  readonly readinessLevel: NonNullable<CountyPackage['readiness']>['level'];
  readonly tiersOperating: number;
  readonly componentsOperating: number;
  readonly budgetCents: number;
  readonly spentCents: number;
  readonly leveragedCents: number;
  readonly leverageRatio: number | null;
  /** Mutual families found by matching: null until packages carry the figure. */
  readonly mutualFamilies: number | null;
}

export const ROLLUP_FIGURES = [
  'tiersOperating',
  'componentsOperating',
  'budgetCents',
  'spentCents',
  'leveragedCents',
  'leverageRatio',
] as const;
export type RollupFigure = (typeof ROLLUP_FIGURES)[number];

export function countyRow(pkg: CountyPackage): RollupCountyRow {
  return {
    fips: pkg.county.fips,
    name: pkg.county.name,
    generatedAt: pkg.generatedAt,
    readinessLevel: pkg.readiness?.level ?? null,
    tiersOperating: pkg.model.tiersOperating,
    componentsOperating: pkg.model.componentsOperating,
    budgetCents: pkg.fiscal.budgetCents,
    spentCents: pkg.fiscal.spentCents,
    leveragedCents: pkg.fiscal.leveragedCents,
    leverageRatio: pkg.fiscal.leverageRatio,
    mutualFamilies: null,
  };
}

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export interface Statewide {
  readonly counties: number;
  readonly totals: {
    readonly componentsOperating: number;
    readonly budgetCents: number;
    readonly spentCents: number;
    readonly leveragedCents: number;
    readonly generalFundCommittedCents: number;
    /** All leveraged funds ÷ all general fund committed. */
    readonly leverageRatio: number | null;
  };
  /** Per figure, the median over the counties that have a value. */
  readonly medians: Record<RollupFigure, number | null>;
}

export function statewide(packages: readonly CountyPackage[]): Statewide {
  const rows = packages.map(countyRow);
  const sum = (value: (p: CountyPackage) => number) =>
    packages.reduce((total, p) => total + value(p), 0);
  const leveragedCents = sum((p) => p.fiscal.leveragedCents);
  const generalFundCommittedCents = sum((p) => p.fiscal.generalFundCommittedCents);
  const medians = Object.fromEntries(
    ROLLUP_FIGURES.map((figure) => [
      figure,
      median(rows.map((r) => r[figure]).filter((v): v is number => v !== null)),
    ]),
  ) as Record<RollupFigure, number | null>;
  return {
    counties: packages.length,
    totals: {
      componentsOperating: sum((p) => p.model.componentsOperating),
      budgetCents: sum((p) => p.fiscal.budgetCents),
      spentCents: sum((p) => p.fiscal.spentCents),
      leveragedCents,
      generalFundCommittedCents,
      leverageRatio:
        generalFundCommittedCents > 0 ? leveragedCents / generalFundCommittedCents : null,
    },
    medians,
  };
}

export interface TierStatusTotal {
  readonly tier: CountyPackage['model']['byTierStatus'][number]['tier'];
  readonly status: CountyPackage['model']['byTierStatus'][number]['status'];
  readonly components: number;
  /** Counties with at least one component in this tier and status. */
  readonly counties: number;
}

export function byTierStatus(packages: readonly CountyPackage[]): TierStatusTotal[] {
  const cells = new Map<string, TierStatusTotal>();
  for (const p of packages) {
    for (const { tier, status, components } of p.model.byTierStatus) {
      const key = `${tier}:${status}`;
      const cell = cells.get(key) ?? { tier, status, components: 0, counties: 0 };
      cells.set(key, {
        ...cell,
        components: cell.components + components,
        counties: cell.counties + (components > 0 ? 1 : 0),
      });
    }
  }
  return [...cells.values()];
}

export interface StreamTotal {
  readonly stream: string;
  readonly sourceProgram: CountyPackage['fiscal']['byStream'][number]['sourceProgram'];
  readonly budgetCents: number;
  readonly spentCents: number;
  readonly leveragedCents: number;
  readonly counties: number;
}

/** Funding streams by name and program across counties, largest budget first. */
export function byStream(packages: readonly CountyPackage[]): StreamTotal[] {
  const streams = new Map<string, StreamTotal>();
  for (const p of packages) {
    for (const s of p.fiscal.byStream) {
      const key = `${s.sourceProgram}:${s.stream}`;
      const total = streams.get(key) ?? {
        stream: s.stream,
        sourceProgram: s.sourceProgram,
        budgetCents: 0,
        spentCents: 0,
        leveragedCents: 0,
        counties: 0,
      };
      streams.set(key, {
        ...total,
        budgetCents: total.budgetCents + s.budgetCents,
        spentCents: total.spentCents + s.spentCents,
        leveragedCents: total.leveragedCents + s.leveragedCents,
        counties: total.counties + 1,
      });
    }
  }
  return [...streams.values()].sort(
    (a, b) => b.budgetCents - a.budgetCents || a.stream.localeCompare(b.stream),
  );
}
