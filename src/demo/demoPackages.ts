/**
 * Plausible county packages for every county, so the statewide roll-up can be tried at full size
 * without 58 counties' data: sizes vary by county, some counties are early in their rollout, and
 * every package's figures add up as a real one's do. Seeded: the same seed gives the same files.
 */
import { seededRandom } from '../core/seededRandom';
import { STAGES } from '../core/program/rollout';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  tiersOperating,
  type CountyPackage,
} from '../core/reports/package';

const STREAMS = [
  { stream: 'CalWORKs Single Allocation', sourceProgram: 'calworks' },
  { stream: 'CalWORKs Housing Support Program', sourceProgram: 'calworks' },
  { stream: 'Title IV-B Promoting Safe and Stable Families', sourceProgram: 'cws' },
  { stream: 'County General Fund', sourceProgram: 'county' },
] as const;

const LEVELS = ['foundation', 'developing', 'ready', 'established'] as const;

export function demoPackages(
  counties: readonly { fips: string; name: string }[],
  sfyStartYear: number,
  seed = 2025,
): CountyPackage[] {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return counties.map((county) => {
    // County size: a few large counties, many small ones.
    const size = Math.exp(random() * 4);
    const maturity = random();
    const operating = (n: number) => Math.round(n * maturity);
    const cells: CountyPackage['model']['byTierStatus'] = [];
    for (const [tier, offered] of [
      ['primary', 4],
      ['secondary', 4],
      ['tertiary', 3],
    ] as const) {
      const running = operating(offered);
      if (running > 0) cells.push({ tier, status: 'operating', components: running });
      if (offered - running > 0) {
        cells.push({ tier, status: 'planned', components: offered - running });
      }
    }
    const components = cells.reduce((n, c) => n + c.components, 0);
    const byStage = STAGES.map(({ id }, i) => {
      const total = between(2, 6);
      const done = Math.min(total, Math.round(total * Math.max(0, maturity * 1.6 - i * 0.35)));
      return { stage: id, done, total };
    });
    const byStream = STREAMS.map((s) => {
      const budgetCents = Math.round(size * between(20_000, 120_000)) * 100;
      const spentCents = Math.round(budgetCents * (0.4 + random() * 0.5));
      const leveragedCents =
        s.sourceProgram === 'county' ? 0 : Math.round(spentCents * random() * 0.2);
      return { ...s, budgetCents, spentCents, leveragedCents };
    });
    const total = (value: (s: (typeof byStream)[number]) => number) =>
      byStream.reduce((n, s) => n + value(s), 0);
    const spentCents = total((s) => s.spentCents);
    const leveragedCents = total((s) => s.leveragedCents);
    const quarterShares = [0.2, 0.25, 0.27];
    const byQuarter = [1, 2, 3, 4].map((quarter, i) => {
      const share = quarterShares[i];
      const spent =
        share === undefined ? spentCents - quarterSum(spentCents) : Math.round(spentCents * share);
      const lev =
        share === undefined
          ? leveragedCents - quarterSum(leveragedCents)
          : Math.round(leveragedCents * share);
      return { quarter, spentCents: spent, leveragedCents: lev };
    });
    function quarterSum(cents: number) {
      return quarterShares.reduce((n, share) => n + Math.round(cents * share), 0);
    }
    const committed = byStream.find((s) => s.sourceProgram === 'county')?.budgetCents ?? 0;
    const attendees = { calworks: between(5, 60), cws: between(5, 60), partner: between(0, 20) };
    const level = LEVELS[Math.min(3, Math.floor(maturity * 4))] ?? null;
    return {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      county: { fips: county.fips, name: county.name },
      sfyStartYear,
      generatedAt: new Date(Date.UTC(sfyStartYear + 1, 7, between(1, 28), 16)).toISOString(),
      appVersion: 'demo',
      readiness:
        maturity < 0.1
          ? null
          : {
              title: `Fall ${sfyStartYear} readiness`,
              status: 'closed',
              instrumentVersion: 1,
              heldOn: `${sfyStartYear}-${String(between(8, 12)).padStart(2, '0')}-15`,
              respondents: between(8, 60),
              overall: Math.round((1.5 + maturity * 3) * 10) / 10,
              level,
            },
      readinessAbsent: maturity < 0.1 ? 'no-round-closed' : null,
      model: {
        components,
        componentsOperating: cells
          .filter((c) => c.status === 'operating')
          .reduce((n, c) => n + c.components, 0),
        tiersOperating: tiersOperating(cells),
        byTierStatus: cells,
      },
      rollout: {
        tasks: byStage.reduce((n, s) => n + s.total, 0),
        done: byStage.reduce((n, s) => n + s.done, 0),
        overdue: between(0, 3),
        byStage,
      },
      fiscal: {
        budgetCents: total((s) => s.budgetCents),
        spentCents,
        leveragedCents,
        generalFundSavedCents: Math.round(leveragedCents * 0.4),
        generalFundCommittedCents: committed,
        leverageRatio: committed > 0 ? leveragedCents / committed : null,
        byStream,
        byQuarter,
      },
      training: {
        sessions: between(1, 12),
        minutes: between(4, 40) * 30,
        attendees: { ...attendees, total: attendees.calworks + attendees.cws + attendees.partner },
      },
      evaluation: null,
    };
  });
}
