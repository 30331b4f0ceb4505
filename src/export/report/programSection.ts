/** The program model (components by prevention tier and status) and the rollout plan's progress. */
import { TIER_LABELS } from '../../core/program/catalog';
import { STATUS_LABELS } from '../../core/program/model';
import { STAGES } from '../../core/program/rollout';
import type { CountyPackage } from '../../core/reports/package';
import { drawBarChart, SERIES_COLORS } from './barChart';
import { modelHeadline, planHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable } from './table';
import { count, percentOf } from './words';

type TierName = CountyPackage['model']['byTierStatus'][number]['tier'];
const tierLabel = (tier: TierName) =>
  tier === 'cross-cutting' ? 'Cross-cutting' : TIER_LABELS[tier];
const TIER_ORDER: readonly TierName[] = ['primary', 'secondary', 'tertiary', 'cross-cutting'];

export function programSection(report: ReportDocument, { pkg }: CountyReport) {
  const { model, rollout } = pkg;
  report.section('Program model and plan');
  report.headline(modelHeadline(model));
  report.headline(planHeadline(rollout));
  if (model.components > 0) {
    const inTier = (tier: TierName, operatingOnly: boolean) =>
      model.byTierStatus
        .filter((c) => c.tier === tier && (!operatingOnly || c.status === 'operating'))
        .reduce((sum, c) => sum + c.components, 0);
    drawBarChart(report, 'Components by prevention tier', {
      series: [
        { name: 'In the model', color: SERIES_COLORS[0] },
        { name: 'Operating', color: SERIES_COLORS[1] },
      ],
      groups: TIER_ORDER.filter((tier) => inTier(tier, false) > 0).map((tier) => ({
        label: tierLabel(tier),
        values: [inTier(tier, false), inTier(tier, true)],
      })),
      format: count,
    });
    drawTable(report, {
      columns: [
        { heading: 'Tier', share: 0.4 },
        { heading: 'Status', share: 0.35 },
        { heading: 'Components', share: 0.25, align: 'right' },
      ],
      rows: model.byTierStatus.map((c) => [
        tierLabel(c.tier),
        STATUS_LABELS[c.status],
        count(c.components),
      ]),
    });
  }
  if (rollout.tasks === 0) return;
  const stageLabel = (id: string) => STAGES.find((s) => s.id === id)?.label ?? id;
  drawBarChart(report, 'Rollout tasks by implementation stage', {
    series: [
      { name: 'Tasks', color: SERIES_COLORS[0] },
      { name: 'Done', color: SERIES_COLORS[1] },
    ],
    groups: rollout.byStage.map((s) => ({ label: stageLabel(s.stage), values: [s.total, s.done] })),
    format: count,
  });
  drawTable(report, {
    columns: [
      { heading: 'Implementation stage', share: 0.46 },
      { heading: 'Tasks', share: 0.18, align: 'right' },
      { heading: 'Done', share: 0.18, align: 'right' },
      { heading: 'Share done', share: 0.18, align: 'right' },
    ],
    rows: rollout.byStage.map((s) => [
      stageLabel(s.stage),
      count(s.total),
      count(s.done),
      percentOf(s.done, s.total) ?? '–',
    ]),
  });
}
