import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  formalStyle,
  letterSalutation,
  spokenForm,
  titledName,
} from '../../../shared/domain/formsOfAddress';
import type { Contact } from '../../../shared/domain/contact';
import { DeleteButton } from '../../components/DeleteButton';
import { DetailList } from '../../components/DetailList';
import { EntityFollowUps } from '../followUps';
import { EntityNotes } from '../notes';
import { ContactConnections } from './ContactConnections';
import { contactPointLabelText } from './contactPointLabels';
import { useLiveDocument } from '../../data/useLiveQuery';
import { ItineraryExportButton } from '../calendar';
import { ContactVCardButton } from '../exchange';
import { PersonDataActions } from '../personData';

export interface ContactDetailProps {
  contactId: string;
}

/** One contact as the team needs it before a meeting: how to address them, reach them, host them. */
export function ContactDetail({ contactId }: ContactDetailProps) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('contacts', contactId);
  if (loading) return null;
  if (!document) return <p className="empty-state">{t('contacts.notFound')}</p>;

  const contact = document.toJSON() as Contact;
  const name = titledName(contact) || t('contacts.unnamed');
  const language = i18n.language === 'de' ? 'de' : 'en';
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const labelled = (points: readonly { label: string; text: string }[]) =>
    points
      .map(({ label, text }) => (label ? `${text} (${contactPointLabelText(t, label)})` : text))
      .join(', ');
  const rows: [string, string | undefined][] = [
    [t('contacts.detail.formalStyle'), formalStyle(contact, language)],
    [t('contacts.detail.spokenForm'), spokenForm(contact, language)],
    [t('contacts.detail.salutation'), letterSalutation(contact, language)],
    [t('contacts.fields.honorific'), contact.honorific],
    [t('contacts.fields.titlesBefore'), contact.titlesBefore],
    [t('contacts.fields.titlesAfter'), contact.titlesAfter],
    [t('contacts.fields.officeTitle'), contact.office?.title],
    [t('contacts.fields.pronunciation'), contact.pronunciation],
    [t('contacts.fields.email'), labelled(contact.emails.map((e) => ({ ...e, text: e.address })))],
    [t('contacts.fields.phone'), labelled(contact.phones.map((p) => ({ ...p, text: p.number })))],
    [
      t('contacts.fields.languages'),
      contact.languages.map((code) => languageNames.of(code) ?? code).join(', '),
    ],
    [
      t('contacts.fields.lawfulBasis'),
      contact.lawfulBasis && t(`contacts.lawfulBasis.${contact.lawfulBasis}`),
    ],
    [t('contacts.fields.consentNote'), contact.consentNote],
    [
      t('contacts.fields.reviewDate'),
      contact.reviewDate &&
        new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
          new Date(`${contact.reviewDate}T12:00:00Z`),
        ),
    ],
    [t('contacts.fields.notes'), contact.notes],
  ];
  const sensitive: [string, string | undefined][] = [
    [t('contacts.fields.dietaryNeeds'), contact.dietaryNeeds],
    [t('contacts.fields.accessibilityNeeds'), contact.accessibilityNeeds],
  ];

  return (
    <article className="entity-detail" aria-labelledby="contact-name">
      <div className="page-heading">
        <h2 id="contact-name">{name}</h2>
        <div className="heading-actions">
          <Link href={`/${contact.id}/edit`} className="button">
            {t('contacts.edit')}
          </Link>
          <ContactVCardButton contact={contact} />
          <ItineraryExportButton contact={contact} />
          <PersonDataActions contact={contact} />
          <DeleteButton
            label={t('contacts.detail.delete')}
            confirmTitle={t('contacts.detail.deleteTitle', { name })}
            confirmMessage={t('contacts.detail.deleteMessage')}
            deletedMessage={t('contacts.detail.deleted', { name })}
            collect={() => [document]}
            onDeleted={() => navigate('/')}
          />
        </div>
      </div>
      <DetailList rows={rows} />
      {sensitive.some(([, value]) => value) && (
        <section className="sensitive" aria-label={t('contacts.fields.sensitive')}>
          <h3>{t('contacts.fields.sensitive')}</h3>
          <DetailList rows={sensitive} />
        </section>
      )}
      <ContactConnections contact={contact} />
      <EntityFollowUps contactId={contact.id} />
      <EntityNotes contactId={contact.id} />
    </article>
  );
}
