import type { Method } from '../../../../api/contract';
import type { useConfirm } from '../../../components/ConfirmDialog';

export type Confirm = ReturnType<typeof useConfirm>['confirm'];

/** Renaming or retiring a stream or category changes how budgets and the summary read. */
export const REFERENCE_REFRESHES: readonly Method[] = [
  'fiscal.reference',
  'fiscal.listBudgets',
  'fiscal.summary',
];

/**
 * Retiring never deletes: the records that used the stream or category keep it. So the question
 * says that, and restoring (which loses nothing) is not asked about.
 */
export function confirmRetire(
  confirm: Confirm,
  kind: 'funding stream' | 'service category',
  name: string,
): Promise<boolean> {
  return confirm(
    `Retire the ${kind} “${name}”?`,
    <p>
      It stays in past records and reports; it is hidden from new entries. Restore brings it back.
    </p>,
    `Retire ${kind}`,
  );
}

/** Said in words, so the dimmed row is not the only sign. */
export function RetiredBadge() {
  return <span className="status-badge">Retired</span>;
}
