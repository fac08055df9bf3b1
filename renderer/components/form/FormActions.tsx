export interface FormActionsProps {
  submitLabel: string;
  /** Absent when the form cannot be dismissed (a quick note stays on its page). */
  cancelLabel?: string;
  onCancel?: () => void;
  /** Disables submitting while a save is under way, so one click saves once. */
  saving?: boolean;
  /**
   * `dialog` puts Cancel first, as the app's other dialogs do (ConfirmDialog);
   * a page form leads with its primary action.
   */
  placement?: 'page' | 'dialog';
}

/** A form's submit and cancel buttons. */
export function FormActions({
  submitLabel,
  cancelLabel,
  onCancel,
  saving = false,
  placement = 'page',
}: FormActionsProps) {
  const submit = (
    <button type="submit" className="button primary" disabled={saving}>
      {submitLabel}
    </button>
  );
  const cancel = onCancel && (
    <button type="button" className="button" onClick={onCancel}>
      {cancelLabel}
    </button>
  );
  return placement === 'dialog' ? (
    <div className="dialog-actions">
      {cancel}
      {submit}
    </div>
  ) : (
    <div className="form-actions">
      {submit}
      {cancel}
    </div>
  );
}
