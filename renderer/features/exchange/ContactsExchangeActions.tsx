import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportContactsDialog } from './ExportContactsDialog';
import { ImportContactsDialog } from './ImportContactsDialog';

/** Import contacts (vCard, CSV) and export them (vCard, CSV), above the contact list. */
export function ContactsExchangeActions() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const onOpenChange = (which: 'import' | 'export') => (next: boolean) =>
    setOpen(next ? which : null);
  return (
    <div className="list-actions">
      <button type="button" className="button quiet" onClick={() => setOpen('import')}>
        {t('exchange.importButton')}
      </button>
      <button type="button" className="button quiet" onClick={() => setOpen('export')}>
        {t('exchange.exportButton')}
      </button>
      {open === 'import' && <ImportContactsDialog open onOpenChange={onOpenChange('import')} />}
      {open === 'export' && <ExportContactsDialog open onOpenChange={onOpenChange('export')} />}
    </div>
  );
}
