import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { FollowUp } from '../../../shared/domain/followUp';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { insertEntity, replaceEntityFields } from '../../data/writes';
import {
  emptyFollowUpForm,
  followUpToForm,
  formToFollowUpFields,
  type FollowUpLinks,
} from './followUpFormModel';
import { FollowUpForm } from './FollowUpForm';
import { useToday } from './useToday';
import { useAuthor } from '../../sync/useAuthor';

export interface FollowUpDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The follow-up to edit; without it a new one is created. */
  followUp?: RxDocument<FollowUp>;
  /** Links a new follow-up starts with, e.g. the organisation whose page it is made on. */
  links?: FollowUpLinks;
}

/** The follow-up form in a modal dialog, for creating or editing from any page. */
export function FollowUpDialog({ open, onOpenChange, followUp, links }: FollowUpDialogProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const database = useDatabase();
  const today = useToday();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={followUp ? t('followUps.formTitleEdit') : t('followUps.formTitleNew')}
    >
      {/* Radix unmounts closed content, so every opening starts from fresh values. */}
      <FollowUpForm
        initialValues={
          followUp ? followUpToForm(followUp.toMutableJSON()) : emptyFollowUpForm(today, links)
        }
        onCancel={() => onOpenChange(false)}
        onSubmit={async (values) => {
          if (followUp) {
            const base = followUp.toMutableJSON();
            await replaceEntityFields(followUp, formToFollowUpFields(values, base), author);
          } else {
            await insertEntity(database.followUps, formToFollowUpFields(values), author);
          }
          onOpenChange(false);
        }}
      />
    </Dialog>
  );
}
