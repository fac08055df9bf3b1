import { useState } from 'react';
import { useUndo } from '../app/undo/UndoProvider';
import { removeWithUndo, type AnyDocument } from '../data/removeWithUndo';
import { ConfirmDialog } from './ConfirmDialog';

export interface DeleteButtonProps {
  /** The button's text, e.g. "Delete contact". */
  label: string;
  confirmTitle: string;
  /** What will be deleted, including anything deleted with it. */
  confirmMessage: string;
  /** The message beside Undo once deleted, e.g. "Deleted Burkhard Jung." */
  deletedMessage: string;
  /** Everything to delete, gathered when the user confirms (e.g. a visit and its agenda items). */
  collect: () => Promise<AnyDocument[]> | AnyDocument[];
  onDeleted?: () => void;
}

/** Delete after confirmation, with Undo offered for a few seconds afterwards. */
export function DeleteButton({
  label,
  confirmTitle,
  confirmMessage,
  deletedMessage,
  collect,
  onDeleted,
}: DeleteButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const offerUndo = useUndo();

  const confirm = async () => {
    setConfirming(false);
    const restore = await removeWithUndo(await collect());
    onDeleted?.();
    offerUndo({ message: deletedMessage, undo: restore });
  };

  return (
    <>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={confirming}
        title={confirmTitle}
        message={confirmMessage}
        confirmLabel={label}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
