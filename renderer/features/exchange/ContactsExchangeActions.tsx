import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Loaded when opened: the vCard and CSV code (ical.js, papaparse) stay out of the app's first load.
const ExportContactsDialog = lazy(() =>
  import('./ExportContactsDialog').then((module) => ({ default: module.ExportContactsDialog })),
);
const ImportContactsDialog = lazy(() =>
  import('./ImportContactsDialog').then((module) => ({ default: module.ImportContactsDialog })),
);

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
      <Suspense fallback={null}>
        {open === 'import' && <ImportContactsDialog open onOpenChange={onOpenChange('import')} />}
        {open === 'export' && <ExportContactsDialog open onOpenChange={onOpenChange('export')} />}
      </Suspense>
    </div>
  );
}
