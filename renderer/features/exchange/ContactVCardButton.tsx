import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { fullName } from '../../../shared/domain/formsOfAddress';
import type { Organisation } from '../../../shared/domain/organisation';
import { errorMessage } from '../../../shared/text/errorMessage';
import { useClock } from '../../services/clock';
import { useDatabase } from '../../data/useLiveQuery';
import { contactToVCard } from '../../formats/vcard/contactsToVCard';
import { usePlatform } from '../../platform';
import { exportFileName } from '../../formats/fileName';
import { useSettings } from '../../services/settings/SettingsProvider';

export interface ContactVCardButtonProps {
  contact: Contact;
}

/**
 * Saves one contact as a vCard 4.0 file. Sensitive fields are left out: a
 * single card is usually passed on to someone, and the full export dialog is
 * where the user can choose to include them.
 */
export function ContactVCardButton({ contact }: ContactVCardButtonProps) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const clock = useClock();
  const { settings } = useSettings();
  const database = useDatabase();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  const save = async () => {
    setMessage(null);
    try {
      // Read now, not from what the page has loaded so far: a click before the
      // organisations arrived saved a card without its ORG line.
      const ids = contact.affiliations.map((affiliation) => affiliation.organisationId);
      const organisations = await database.organisations.findByIds(ids).exec();
      const data = contactToVCard(contact, {
        organisations: [...organisations.values()].map(
          (document) => document.toJSON() as Organisation,
        ),
        now: clock(),
        homeTimeZone: settings.homeTimeZone,
      });
      const result = await platform.saveFile({
        suggestedName: exportFileName([fullName(contact) || 'contact'], 'vcf'),
        data,
        filters: [{ name: t('exchange.export.vcardFilter'), extensions: ['vcf'] }],
      });
      if (result.status === 'saved') {
        setMessage({ text: t('exchange.vcardSaved', { name: result.path }), failed: false });
      }
    } catch (error) {
      const detail = errorMessage(error);
      setMessage({ text: t('exchange.saveFailed', { message: detail }), failed: true });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void save()}>
        {t('exchange.vcardButton')}
      </button>
      {message && (
        <span role={message.failed ? 'alert' : 'status'} className="hint">
          {message.text}
        </span>
      )}
    </>
  );
}
