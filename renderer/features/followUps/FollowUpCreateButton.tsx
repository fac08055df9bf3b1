import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpDialog } from './FollowUpDialog';
import type { FollowUpLinks } from './followUpFormModel';

export interface FollowUpCreateButtonProps extends FollowUpLinks {
  /** The button's text; "New follow-up" unless given. */
  label?: string;
}

/**
 * "New follow-up" for any page: opens the form in a dialog with the page's
 * visit, contact or organisation already linked.
 */
export function FollowUpCreateButton({ label, ...links }: FollowUpCreateButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button primary" onClick={() => setOpen(true)}>
        {label ?? t('followUps.new')}
      </button>
      <FollowUpDialog open={open} onOpenChange={setOpen} links={links} />
    </>
  );
}
