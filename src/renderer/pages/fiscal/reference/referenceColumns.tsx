import { Fragment, type ReactNode } from 'react';
import type { FundingStreamView, ServiceCategoryView } from '../../../../api/fiscal/contract';
import { FUNDING_LEVEL_LABELS, SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { FUNDING_LEVELS, SOURCE_PROGRAMS } from '../../../../core/fiscal/types';
import { sfyLabel } from '../../../../core/fiscalCalendar';
import { columnsOf } from '../../../components/table/tableFeatures';
import { RetirementStatus } from './retirement';

/**
 * A stream or category with its Edit and Retire (or Restore) buttons, made by the section that
 * holds the list's editing state, so the columns themselves can stay one constant.
 */
export type WithActions<R> = R & { readonly actions: ReactNode };

/** "Every year" when the list is empty (the stream is not limited to some SFYs). */
function ActiveSfys({ years }: { years: readonly number[] }) {
  if (years.length === 0) return <>Every year</>;
  const labels = [...years].sort((a, b) => a - b).map((startYear) => sfyLabel({ startYear }));
  // Each label kept whole: "SFY 2026-" and "27" on two lines reads as two things.
  return labels.map((label, i) => (
    <Fragment key={label}>
      {i > 0 && ', '}
      <span className="nowrap">{label}</span>
    </Fragment>
  ));
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
// Programs and levels sort in the order the county's list is grouped by, not alphabetically.
const programOrder = new Map<string, number>(SOURCE_PROGRAMS.map((p, i) => [p, i]));
const levelOrder = new Map<string, number>(FUNDING_LEVELS.map((l, i) => [l, i]));

const stream = columnsOf<WithActions<FundingStreamView>>();

/**
 * The funding streams' columns. The name (long ones held to two lines) and the buttons always
 * show; the rest fit beside them on a laptop screen and can be put aside in the column chooser.
 */
export const STREAM_COLUMNS = stream.columns([
  stream.accessor('name', {
    header: 'Name',
    meta: { key: true, clip: true, width: 14 },
  }),
  stream.accessor((s) => programOrder.get(s.sourceProgram) ?? SOURCE_PROGRAMS.length, {
    id: 'sourceProgram',
    header: 'Source program',
    cell: ({ row }) => SOURCE_PROGRAM_LABELS[row.original.sourceProgram],
  }),
  stream.accessor((s) => levelOrder.get(s.level) ?? FUNDING_LEVELS.length, {
    id: 'level',
    header: 'Level',
    cell: ({ row }) => FUNDING_LEVEL_LABELS[row.original.level],
  }),
  stream.display({
    id: 'claimable',
    header: 'Claimable',
    cell: ({ row }) => yesNo(row.original.claimable),
  }),
  stream.display({
    id: 'generalFund',
    header: 'General fund',
    cell: ({ row }) => yesNo(row.original.generalFund),
  }),
  stream.display({
    id: 'activeSfys',
    header: 'Active in',
    cell: ({ row }) => <ActiveSfys years={row.original.activeSfys} />,
  }),
  stream.accessor((s) => Number(s.retired), {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <RetirementStatus retired={row.original.retired} />,
    meta: { key: true },
  }),
  stream.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => row.original.actions,
    meta: { key: true },
  }),
]);

const category = columnsOf<WithActions<ServiceCategoryView>>();

/** The service categories' columns: few enough that every one always shows. */
export const CATEGORY_COLUMNS = category.columns([
  category.accessor('name', {
    header: 'Name',
    meta: { key: true, clip: true, width: 20 },
  }),
  category.accessor((c) => Number(c.retired), {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <RetirementStatus retired={row.original.retired} />,
    meta: { key: true },
  }),
  category.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => row.original.actions,
    meta: { key: true },
  }),
]);
