/**
 * The buttons of a form that adds a row or edits the one loaded into it. Cancel shows only while
 * editing: an add form has nothing to leave.
 */
export function FormButtons({
  editing,
  addLabel,
  saveLabel = 'Save changes',
  onCancel,
}: {
  editing: boolean;
  addLabel: string;
  saveLabel?: string;
  onCancel: () => void;
}) {
  return (
    <div className="button-row">
      <button type="submit" className="primary">
        {editing ? saveLabel : addLabel}
      </button>
      {editing && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
