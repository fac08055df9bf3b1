import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/text/errorMessage';
import { useUndo } from '../services/undo/UndoProvider';
import { removeWithUndo, type AnyDocument } from '../data/removeWithUndo';
import { useAuthor } from '../data/author';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * A text, or a function giving it when it is shown: a list of 40 agenda items
 * each with a delete button spent a fifth of its rendering on translating
 * titles and messages that are shown only after a click.
 */
export type LaterText = string | (() => string);

const textOf = (text: LaterText): string => (typeof text === 'function' ? text() : text);

export interface DeleteButtonProps {
  /** The button's text, e.g. "Delete contact". */
  label: string;
  confirmTitle: LaterText;
  /** What will be deleted, including anything deleted with it. */
  confirmMessage: string;
  /** The message beside Undo once deleted, e.g. "Deleted Burkhard Jung." */
  deletedMessage: LaterText;
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
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const offerUndo = useUndo();
  const author = useAuthor();

  const confirm = async () => {
    setConfirming(false);
    setFailure(null);
    try {
      const restore = await removeWithUndo(await collect(), { author, now: new Date() });
      onDeleted?.();
      offerUndo({ message: textOf(deletedMessage), undo: restore });
    } catch (error) {
      // removeWithUndo has put back what it had deleted: the user can simply try again.
      setFailure(t('app.deleteFailed', { message: errorMessage(error) }));
    }
  };

  return (
    <>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {label}
      </button>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {/* Made only when asked: a page may hold dozens of delete buttons. */}
      {confirming && (
        <ConfirmDialog
          open
          title={textOf(confirmTitle)}
          message={confirmMessage}
          confirmLabel={label}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
