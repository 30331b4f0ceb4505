/**
 * The buttons of a form that adds a row or edits the one loaded into it. Cancel shows only while
 * editing: an add form has nothing to leave. `outcome`, when given, is the form's own status line
 * beside its buttons, where the person who just pressed one is looking.
 */
export function FormButtons({
  editing,
  addLabel,
  saveLabel = 'Save changes',
  onCancel,
  outcome,
}: {
  editing: boolean;
  addLabel: string;
  saveLabel?: string;
  onCancel: () => void;
  outcome?: string;
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
      {outcome !== undefined && <span role="status">{outcome}</span>}
    </div>
  );
}
