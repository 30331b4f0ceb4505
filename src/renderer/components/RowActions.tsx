/**
 * A table row's Edit button and one other (Delete, Retire…). Each names its row to screen readers
 * ("Edit Title IV-E"), since a list of identical "Edit" buttons says nothing out of context.
 */
export function RowActions({
  rowName,
  onEdit,
  action,
  onAction,
  danger = false,
}: {
  rowName: string;
  onEdit: () => void;
  action: string;
  onAction: () => void;
  danger?: boolean;
}) {
  return (
    <div className="actions">
      <button type="button" className="link" onClick={onEdit}>
        Edit<span className="visually-hidden"> {rowName}</span>
      </button>
      <RowButton rowName={rowName} action={action} onClick={onAction} danger={danger} />
    </div>
  );
}

/** One action on a table row, named with its row for screen readers ("Remove Sonoma"). */
export function RowButton({
  rowName,
  action,
  onClick,
  danger = false,
}: {
  rowName: string;
  action: string;
  onClick: () => void;
  danger?: boolean;
}) {
  return (
    <button type="button" className={danger ? 'link danger' : 'link'} onClick={onClick}>
      {action}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}
