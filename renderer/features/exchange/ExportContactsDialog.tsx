import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import type { Organisation } from '../../../shared/domain/organisation';
import { errorMessage } from '../../../shared/text/errorMessage';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { useClock } from '../../services/clock';
import { Dialog } from '../../components/Dialog';
import { useLiveQuery } from '../../data/useLiveQuery';
import { contactsToCsv } from '../../formats/csv/contactsToCsv';
import {
  CSV_COLUMN_IDS,
  DEFAULT_CSV_COLUMNS,
  isSensitiveColumn,
  type CsvColumnId,
} from '../../formats/csv/csvColumns';
import { contactsToVCard } from '../../formats/vcard/contactsToVCard';
import { usePlatform } from '../../platform';
import { useSettings } from '../../services/settings/SettingsProvider';
import { SensitiveChoice } from './SensitiveChoice';

export interface ExportContactsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

type Format = 'vcard' | 'csv';

/** Export every contact as one vCard file or a CSV with chosen columns. */
export function ExportContactsDialog({ open, onOpenChange }: ExportContactsDialogProps) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const clock = useClock();
  const { settings } = useSettings();
  const contacts = useLiveQuery('contacts', {}).documents;
  const organisations = useLiveQuery('organisations', {}).documents;
  const [format, setFormat] = useState<Format>('vcard');
  const [columns, setColumns] = useState<ReadonlySet<CsvColumnId>>(new Set(DEFAULT_CSV_COLUMNS));
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const chosenColumns = CSV_COLUMN_IDS.filter(
    (id) => columns.has(id) && (includeSensitive || !isSensitiveColumn(id)),
  );

  const toggleColumn = (id: CsvColumnId) => {
    const next = new Set(columns);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setColumns(next);
  };

  const save = async () => {
    setMessage(null);
    const now = clock();
    const options = {
      organisations: organisations.map((document) => document.toJSON() as Organisation),
      includeSensitive,
      now,
      homeTimeZone: settings.homeTimeZone,
    };
    const list = contacts.map((document) => document.toJSON() as Contact);
    const date = isoDateOf(now.toISOString(), settings.homeTimeZone);
    const request =
      format === 'vcard'
        ? {
            suggestedName: `liaison-contacts-${date}.vcf`,
            data: contactsToVCard(list, options),
            filters: [{ name: t('exchange.export.vcardFilter'), extensions: ['vcf'] }],
          }
        : {
            suggestedName: `liaison-contacts-${date}.csv`,
            data: contactsToCsv(list, {
              ...options,
              columns: chosenColumns,
              header: (id) => t(`exchange.columns.${id}`),
            }),
            filters: [{ name: t('exchange.export.csvFilter'), extensions: ['csv'] }],
          };
    try {
      const result = await platform.saveFile(request);
      if (result.status === 'saved') {
        setMessage({
          text: t('exchange.export.saved', { count: list.length, path: result.path }),
          failed: false,
        });
      }
    } catch (error) {
      const detail = errorMessage(error);
      setMessage({ text: t('exchange.saveFailed', { message: detail }), failed: true });
    }
  };

  const noColumns = format === 'csv' && chosenColumns.length === 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setMessage(null);
        onOpenChange(next);
      }}
      title={t('exchange.export.title')}
      description={t('exchange.export.description', { count: contacts.length })}
    >
      <fieldset>
        <legend>{t('exchange.export.format')}</legend>
        {(['vcard', 'csv'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="contacts-export-format"
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
            />{' '}
            {t(`exchange.export.${value}`)}
          </label>
        ))}
      </fieldset>
      <SensitiveChoice checked={includeSensitive} onChange={setIncludeSensitive} />
      {format === 'csv' && (
        <fieldset>
          <legend>{t('exchange.export.columns')}</legend>
          {CSV_COLUMN_IDS.filter((id) => includeSensitive || !isSensitiveColumn(id)).map((id) => (
            <label key={id}>
              <input type="checkbox" checked={columns.has(id)} onChange={() => toggleColumn(id)} />{' '}
              {t(`exchange.columns.${id}`)}
            </label>
          ))}
          {noColumns && <p className="field-error">{t('exchange.export.noColumns')}</p>}
        </fieldset>
      )}
      {message && <p role={message.failed ? 'alert' : 'status'}>{message.text}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          {t('app.close')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={noColumns || contacts.length === 0}
          onClick={() => void save()}
        >
          {t('exchange.export.save', { count: contacts.length })}
        </button>
      </div>
    </Dialog>
  );
}
