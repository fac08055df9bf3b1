import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { errorMessage } from '../../../shared/text/errorMessage';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { exportFileName } from '../../formats/fileName';
import { collectPersonData, personDataJson } from '../../formats/personData';
import { contactsToVCard } from '../../formats/vcard/contactsToVCard';
import { usePlatform } from '../../platform';

export interface PersonDataDialogProps {
  open: boolean;
  contact: Contact;
  /** The person's name as shown on the page. */
  name: string;
  onErase: () => void;
  onClose: () => void;
}

/** Saves everything held about one person (JSON or vCard), and leads to their erasure. */
export function PersonDataDialog({ open, contact, name, onErase, onClose }: PersonDataDialogProps) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const database = useDatabase();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');

  const save = async (format: 'json' | 'vcf') => {
    setStatus('');
    setFailure('');
    try {
      const data = await collectPersonData(database, contact.id);
      if (!data) throw new Error(t('contacts.notFound'));
      // The export has read the names of the person's organisations already.
      const organisations = data.affiliations.flatMap(({ organisationId: id, organisationName }) =>
        organisationName ? [{ id, name: organisationName }] : [],
      );
      const result = await platform.saveFile(
        format === 'json'
          ? {
              suggestedName: exportFileName([name, 'personal-data'], 'json'),
              data: personDataJson(data),
              filters: [{ name: 'JSON', extensions: ['json'] }],
            }
          : {
              suggestedName: exportFileName([name], 'vcf'),
              // The person's own data: sensitive fields included.
              data: contactsToVCard([data.contact], { organisations, includeSensitive: true }),
              filters: [{ name: 'vCard', extensions: ['vcf'] }],
            },
      );
      setStatus(
        result.status === 'saved'
          ? t('personData.saved', { path: result.path })
          : t('personData.cancelled'),
      );
    } catch (error) {
      setFailure(
        t('personData.saveFailed', {
          message: errorMessage(error),
        }),
      );
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t('personData.title', { name })}
      description={t('personData.description')}
    >
      <section aria-labelledby="person-data-access">
        <h3 id="person-data-access">{t('personData.accessHeading')}</h3>
        <p className="hint">{t('personData.accessHint')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => void save('json')}>
            {t('personData.saveJson')}
          </button>
          <button type="button" className="button" onClick={() => void save('vcf')}>
            {t('personData.saveVCard')}
          </button>
        </div>
        <p role="status">{status}</p>
        {failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
      </section>
      <section aria-labelledby="person-data-erasure">
        <h3 id="person-data-erasure">{t('personData.erasureHeading')}</h3>
        <p className="hint">{t('personData.erasureHint')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.close')}
          </button>
          <button type="button" className="button danger" onClick={onErase}>
            {t('personData.erase', { name })}
          </button>
        </div>
      </section>
    </Dialog>
  );
}
