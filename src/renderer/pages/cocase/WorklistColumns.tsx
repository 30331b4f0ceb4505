import { hrefOf } from '../../navigation';
import { formatDate } from '../../components/format';
import type { WorklistDefinition } from './WorklistSection';
import type { WorklistColumn } from './WorklistTable';
import {
  BARRIER_LABELS,
  BARRIER_ORDER,
  REVIEW_ORDER,
  STATUS_LABELS,
  WITHOUT_PLAN_ORDER,
  type BarrierKey,
  type BarrierRow,
  type CaseRow,
  type ReviewKey,
  type ReviewRow,
  type WithoutPlanKey,
  type WithoutPlanRow,
} from './worklistsView';

const figure = (n: number) => n.toLocaleString('en-US');

/** The two case numbers lead every list; the CalWORKs one opens the family's co-case record. */
const caseColumns = <R extends CaseRow>(): WorklistColumn<R, 'calworksCase' | 'cwsCase'>[] => [
  {
    key: 'calworksCase',
    label: 'CalWORKs case',
    width: 11,
    cell: (row) => <a href={hrefOf('cocase', 'families', row.familyId)}>{row.calworksCase}</a>,
  },
  { key: 'cwsCase', label: 'CWS case', width: 11, cell: (row) => row.cwsCase },
];

// 56rem at most (barriers 54, reviews 56): each table fits the page beside the side navigation at 1280 pixels.
export const REVIEWS: WorklistDefinition<ReviewRow, ReviewKey> = {
  id: 'worklist-reviews',
  title: 'Joint reviews due or overdue',
  noun: ['review', 'reviews'],
  order: REVIEW_ORDER,
  rowKey: (row) => row.familyId,
  columns: [
    ...caseColumns<ReviewRow>(),
    {
      key: 'lastMeeting',
      label: 'Last meeting',
      width: 9,
      className: 'date',
      cell: (row) => formatDate(row.lastMeeting),
    },
    {
      key: 'due',
      label: 'Review due',
      width: 9,
      className: 'date',
      cell: (row) => formatDate(row.due),
    },
    {
      key: 'status',
      label: 'Status',
      width: 8,
      // Said in words, and in bold, not only in colour.
      cell: (row) =>
        row.status === 'overdue' ? (
          <strong className="worklist-overdue">{STATUS_LABELS.overdue}</strong>
        ) : (
          STATUS_LABELS.due
        ),
    },
    {
      key: 'overdueDays',
      label: 'Days overdue',
      width: 8,
      className: 'number',
      cell: (row) => figure(row.overdueDays),
    },
  ],
};

export const WITHOUT_PLAN: WorklistDefinition<WithoutPlanRow, WithoutPlanKey> = {
  id: 'worklist-without-plan',
  title: 'Families without a coordinated plan',
  noun: ['family', 'families'],
  order: WITHOUT_PLAN_ORDER,
  rowKey: (row) => row.familyId,
  columns: [
    ...caseColumns<WithoutPlanRow>(),
    {
      key: 'startDate',
      label: 'Start date',
      width: 9,
      className: 'date',
      cell: (row) => formatDate(row.startDate),
    },
    {
      key: 'days',
      label: 'Days since start',
      width: 9,
      className: 'number',
      cell: (row) => figure(row.days),
    },
  ],
};

export const OPEN_BARRIERS: WorklistDefinition<BarrierRow, BarrierKey> = {
  id: 'worklist-barriers',
  title: 'Open barriers by age',
  noun: ['barrier', 'barriers'],
  order: BARRIER_ORDER,
  rowKey: (row) => row.barrierId,
  byKind: true,
  columns: [
    ...caseColumns<BarrierRow>(),
    { key: 'kind', label: 'Barrier', width: 15, cell: (row) => BARRIER_LABELS[row.kind] },
    {
      key: 'openedOn',
      label: 'Opened',
      width: 9,
      className: 'date',
      cell: (row) => formatDate(row.openedOn),
    },
    {
      key: 'ageDays',
      label: 'Age in days',
      width: 8,
      className: 'number',
      cell: (row) => figure(row.ageDays),
    },
  ],
};
