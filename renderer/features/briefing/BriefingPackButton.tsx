import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useUndo } from '../../services/undo/UndoProvider';
import { BriefingPackDialog } from './BriefingPackDialog';
import type { BriefingPackEnvironment } from './useBriefingPack';

export interface BriefingPackButtonProps {
  visit: Visit;
  /** Fonts, builder and storage; the app's defaults unless a test swaps them. */
  environment?: BriefingPackEnvironment;
}

/** Opens the briefing-pack dialog for `visit` (options, progress, save). */
export function BriefingPackButton({ visit, environment }: BriefingPackButtonProps) {
  const { t } = useTranslation();
  const notify = useUndo();
  const [open, setOpen] = useState(false);
  const onSaved = useCallback(
    (path: string) => {
      setOpen(false);
      notify({ message: t('briefing.dialog.saved', { path }) });
    },
    [notify, t],
  );
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('briefing.dialog.button')}
      </button>
      {open && (
        <BriefingPackDialog
          visit={visit}
          open={open}
          onOpenChange={setOpen}
          environment={environment}
          onSaved={onSaved}
        />
      )}
    </>
  );
}
