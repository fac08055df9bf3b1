import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityFollowUpList } from './EntityFollowUpList';
import { FollowUpCreateButton } from './FollowUpCreateButton';
import type { FollowUpLinks } from './followUpFormModel';

/** Exactly one record: the visit, contact or organisation whose follow-ups are shown. */
export type EntityFollowUpsProps =
  | { visitId: string; contactId?: never; organisationId?: never }
  | { contactId: string; visitId?: never; organisationId?: never }
  | { organisationId: string; visitId?: never; contactId?: never };

/** A record's follow-ups, every status, earliest due first, with a button to add one. */
export function EntityFollowUps(props: EntityFollowUpsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const links: FollowUpLinks = props;
  const [field, id] = (Object.entries(links).find(([, value]) => value) ?? [
    'organisationId',
    '',
  ]) as [keyof FollowUpLinks, string];

  return (
    <section className="entity-follow-ups" aria-labelledby={headingId}>
      <div className="page-heading">
        <h3 id={headingId}>{t('followUps.title')}</h3>
        <FollowUpCreateButton {...{ [field]: id }} />
      </div>
      <EntityFollowUpList key={`${field}:${id}`} field={field} id={id} />
    </section>
  );
}
