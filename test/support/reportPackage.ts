/** A county report package whose figures add up, for tests that need one without a county. */
import type { CountyPackage } from '../../src/core/reports/package';
import { workbookBytes } from '../../src/export/workbook';
import { packageWorkbook } from '../../src/export/reportPackage';

export function samplePackage(): CountyPackage {
  return {
    format: 'linkages-county-package',
    version: 3,
    county: { fips: '06097', name: 'Sonoma' },
    sfyStartYear: 2025,
    generatedAt: '2026-07-15T17:00:00.000Z',
    appVersion: '0.0.0-test',
    readiness: {
      title: 'Fall 2025 readiness',
      status: 'closed',
      instrumentVersion: 1,
      heldOn: '2025-10-01',
      respondents: 24,
      overall: 3.4,
      level: 'ready',
    },
    readinessAbsent: null,
    model: {
      components: 5,
      componentsOperating: 3,
      tiersOperating: 2,
      byTierStatus: [
        { tier: 'primary', status: 'operating', components: 2 },
        { tier: 'secondary', status: 'operating', components: 1 },
        { tier: 'tertiary', status: 'planned', components: 1 },
        { tier: 'cross-cutting', status: 'installing', components: 1 },
      ],
    },
    rollout: {
      tasks: 6,
      done: 3,
      overdue: 1,
      byStage: [
        { stage: 'exploration', done: 2, total: 2 },
        { stage: 'installation', done: 1, total: 3 },
        { stage: 'initial', done: 0, total: 1 },
        { stage: 'full', done: 0, total: 0 },
      ],
    },
    fiscal: {
      budgetCents: 150_000_00,
      spentCents: 90_000_00,
      leveragedCents: 12_000_00,
      generalFundSavedCents: 5_000_00,
      generalFundCommittedCents: 40_000_00,
      leverageRatio: 0.3,
      byStream: [
        {
          stream: 'CalWORKs Housing Support Program',
          sourceProgram: 'calworks',
          budgetCents: 110_000_00,
          spentCents: 70_000_00,
          leveragedCents: 12_000_00,
        },
        {
          stream: 'County General Fund',
          sourceProgram: 'county',
          budgetCents: 40_000_00,
          spentCents: 20_000_00,
          leveragedCents: 0,
        },
      ],
      byQuarter: [
        { quarter: 1, spentCents: 20_000_00, leveragedCents: 3_000_00 },
        { quarter: 2, spentCents: 25_000_00, leveragedCents: 3_000_00 },
        { quarter: 3, spentCents: 25_000_00, leveragedCents: 3_000_00 },
        { quarter: 4, spentCents: 20_000_00, leveragedCents: 3_000_00 },
      ],
    },
    training: {
      sessions: 4,
      minutes: 600,
      attendees: { calworks: 20, cws: 25, partner: 5, total: 50 },
    },
    evaluation: {
      asOf: '2026-07-15',
      smallCell: 11,
      families: { linkages: 240, comparison: 260 },
      indicators: [
        {
          indicator: 'wtw-engagement',
          period: 'SFY 2025-26',
          followUp: 'complete',
          linkages: { numerator: 120, denominator: 240 },
          comparison: { numerator: 104, denominator: 260 },
        },
        {
          indicator: 'foster-care-entry',
          period: 'SFY 2025-26',
          followUp: 'complete',
          linkages: { numerator: null, denominator: 240 },
          comparison: { numerator: 13, denominator: 260 },
        },
      ],
    },
  };
}

export async function packageBase64(pkg: CountyPackage = samplePackage()): Promise<string> {
  return Buffer.from(await workbookBytes(packageWorkbook(pkg))).toString('base64');
}
