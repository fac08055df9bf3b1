import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { FollowUp } from '../../../shared/domain/followUp';
import { Dialog } from '../../components/Dialog';
import { useDatabase, useLiveDocument } from '../../data/useLiveQuery';
import { saveFormEdit } from '../../data/editEntity';
import { goneMessage } from '../../data/useEntityEditor';
import { insertEntity } from '../../data/writes';
import {
  emptyFollowUpForm,
  followUpToForm,
  formToFollowUpFields,
  type FollowUpLinks,
} from './followUpFormModel';
import { FollowUpForm } from './FollowUpForm';
import { useToday } from './useToday';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';

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
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={followUp ? t('followUps.formTitleEdit') : t('followUps.formTitleNew')}
    >
      {/* A closed Dialog renders nothing, so every opening starts from fresh values. */}
      <FollowUpDialogForm followUp={followUp} links={links} onOpenChange={onOpenChange} />
    </Dialog>
  );
}

function FollowUpDialogForm({
  followUp,
  links,
  onOpenChange,
}: Pick<FollowUpDialogProps, 'followUp' | 'links' | 'onOpenChange'>) {
  const { t } = useTranslation();
  const author = useAuthor();
  const database = useDatabase();
  const today = useToday();
  // The follow-up as the dialog opened: the save's three-way change is against it.
  const [opened] = useState(() => followUp?.toMutableJSON());
  const initialValues = opened ? followUpToForm(opened) : emptyFollowUpForm(today, links);
  // The follow-up as stored now, so the dialog can say what a colleague changed while it is open.
  const { document: current, loading } = useLiveDocument('followUps', opened?.id);
  return (
    <>
      <ChangedMeanwhileNotice
        opened={opened}
        latest={loading ? undefined : (current?.toJSON() ?? null)}
        author={author}
      />
      <FollowUpForm
        initialValues={initialValues}
        onCancel={() => onOpenChange(false)}
        onSubmit={async (values) => {
          if (opened) {
            const outcome = await saveFormEdit(
              database.followUps,
              opened,
              {
                atOpen: formToFollowUpFields(initialValues, opened),
                submitted: formToFollowUpFields(values, opened),
              },
              { author, now: new Date() },
            );
            if (outcome.status !== 'saved') throw new Error(goneMessage(outcome, t));
          } else {
            await insertEntity(database.followUps, formToFollowUpFields(values), author);
          }
          onOpenChange(false);
        }}
      />
    </>
  );
}
