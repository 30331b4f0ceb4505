import type { useConfirm } from '../../../components/ConfirmDialog';
import { RowActions } from '../../../components/RowActions';
import { useEditList } from '../../../components/editList';

export type Confirm = ReturnType<typeof useConfirm>['confirm'];

/** What the reference page gives each of its tables (streams, categories). */
export interface ReferenceSectionProps {
  countyId: number;
  /** An id, not a row: the form then starts from the row as it is now (e.g. retired meanwhile). */
  editingId: number | null;
  onEditingChange: (id: number | null) => void;
  confirm: Confirm;
}

/**
 * A stream or category table's Edit and Retire (or Restore) buttons and the row its form edits.
 * Retiring never deletes: the records that used the stream or category keep it. So the question
 * says that, and restoring (which loses nothing) is not asked about. `announce` is the table's
 * own status line: retiring and saved edits are said beside the table the keyboard is at.
 */
export function useRetirableList<Row extends { id: number; name: string; retired: boolean }>(
  rows: readonly Row[],
  {
    editingId,
    onEditingChange,
    confirm,
    announce,
  }: ReferenceSectionProps & { announce: (message: string) => void },
  kind: 'funding stream' | 'service category',
  saveRetired: (row: Row, retired: boolean) => Promise<unknown>,
) {
  const editing = rows.find((r) => r.id === editingId) ?? null;
  const { startEdit, change, formProps } = useEditList({
    editing,
    setEditing: (row) => onEditingChange(row?.id ?? null),
    announce,
  });

  function setRetired(row: Row, retired: boolean): void {
    const ask = retired
      ? confirm(
          `Retire the ${kind} “${row.name}”?`,
          <p>
            It stays in past records and reports; it is hidden from new entries. Restore brings it
            back.
          </p>,
          `Retire ${kind}`,
        )
      : true;
    change(ask, async () => {
      await saveRetired(row, retired);
      return retired
        ? `Retired “${row.name}”: it is hidden from new entries.`
        : `Restored “${row.name}”.`;
    });
  }

  function actions(row: Row) {
    return (
      <RowActions
        rowName={row.name}
        onEdit={() => startEdit(row)}
        action={row.retired ? 'Restore' : 'Retire'}
        onAction={() => setRetired(row, !row.retired)}
      />
    );
  }

  return { editing, formProps, actions };
}

/**
 * The key of the form below a table: a new version of the row in it (retired from the table, say)
 * remounts the form from that version, so the form never saves a draft of one version as another.
 */
export function formKey(editing: { id: number; version: number } | null): string {
  return editing ? `${editing.id}@${editing.version}` : 'new';
}

/** A row's status in words, so the dimmed row of a retired one is not the only sign. */
export function RetirementStatus({ retired }: { retired: boolean }) {
  return retired ? <span className="status-badge">Retired</span> : 'In use';
}
