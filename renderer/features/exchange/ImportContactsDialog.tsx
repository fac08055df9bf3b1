import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { Organisation } from '../../../shared/domain/organisation';
import { useClock } from '../../services/clock';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/form/FormField';
import { useDatabase, useLiveQuery } from '../../data/useLiveQuery';
import { csvToDrafts, guessCsvMapping, type CsvMapping } from '../../formats/csv/csvMapping';
import { readCsv, type CsvTable } from '../../formats/csv/readCsv';
import type { ContactDraft } from '../../formats/vcard/contactDraft';
import { parseVCards } from '../../formats/vcard/parseVCards';
import { useAuthor } from '../../data/author';
import { CsvMappingStep } from './CsvMappingStep';
import { defaultSelection, planContactImport, type ContactImportPlan } from './contactImportPlan';
import { ownCsvHeaders } from './ownCsvHeaders';
import { importErrorText } from './importErrorText';
import { ImportPreview } from './ImportPreview';
import { readFileText } from '../../formats/readFileText';
import { writeContactImport } from './writeContactImport';

export interface ImportContactsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

type Step =
  | { name: 'choose' }
  | { name: 'mapping'; table: CsvTable; mapping: CsvMapping }
  | { name: 'preview'; plan: ContactImportPlan; selection: Set<number>; back: Step };

function isVCard(fileName: string, text: string): boolean {
  if (/\.(vcf|vcard)$/i.test(fileName)) return true;
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return false;
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(text);
}

/** Import contacts from a .vcf or .csv file: (CSV) map the columns, preview, import all or nothing. */
export function ImportContactsDialog({ open, onOpenChange }: ImportContactsDialogProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const clock = useClock();
  const author = useAuthor();
  const contacts = useLiveQuery('contacts', {}).documents;
  const organisations = useLiveQuery('organisations', {}).documents;
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = (drafts: ContactDraft[], back: Step) => {
    const plan = planContactImport(drafts, {
      contacts: contacts.map((document) => document.toJSON() as Contact),
      organisations: organisations.map((document) => document.toJSON() as Organisation),
      author,
      now: clock(),
    });
    setStep({ name: 'preview', plan, selection: defaultSelection(plan), back });
  };

  const attempt = (action: () => void) => {
    setError(null);
    try {
      action();
    } catch (caught) {
      setError(importErrorText(t, caught));
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setDone(null);
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch (caught) {
      setError(importErrorText(t, caught));
      return;
    }
    attempt(() => {
      if (isVCard(file.name, text)) {
        preview(parseVCards(text), { name: 'choose' });
      } else {
        const table = readCsv(text);
        setStep({
          name: 'mapping',
          table,
          mapping: guessCsvMapping(table.headers, ownCsvHeaders()),
        });
      }
    });
  };

  const runImport = async (plan: ContactImportPlan, selection: Set<number>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await writeContactImport(database, plan, selection);
      setDone(t('exchange.import.imported', { count: result.contacts }));
      setStep({ name: 'choose' });
    } catch (caught) {
      setError(importErrorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const close = (next: boolean) => {
    if (!next) {
      setStep({ name: 'choose' });
      setError(null);
      setDone(null);
    }
    onOpenChange(next);
  };

  const storedName = (id: string) => {
    const found = contacts.find((document) => document.id === id);
    return found ? titledName(found.toJSON() as Contact) : id;
  };

  return (
    <Dialog open={open} onOpenChange={close} title={t('exchange.import.title')}>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {step.name === 'choose' && (
        <>
          <FormField
            id="contacts-import-file"
            label={t('exchange.import.file')}
            hint={t('exchange.import.fileHint')}
          >
            {(aria) => (
              <input
                {...aria}
                type="file"
                accept=".vcf,.vcard,.csv,text/vcard,text/csv"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  // Cleared so that choosing the same file again (once fixed) reads it again.
                  event.target.value = '';
                  void chooseFile(file);
                }}
              />
            )}
          </FormField>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => close(false)}>
              {t('app.close')}
            </button>
          </div>
        </>
      )}
      {step.name === 'mapping' && (
        <CsvMappingStep
          table={step.table}
          mapping={step.mapping}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onBack={() => setStep({ name: 'choose' })}
          onContinue={() => attempt(() => preview(csvToDrafts(step.table, step.mapping), step))}
        />
      )}
      {step.name === 'preview' && (
        <ImportPreview
          plan={step.plan}
          selection={step.selection}
          storedName={storedName}
          busy={busy}
          onToggle={(index) => {
            const selection = new Set(step.selection);
            if (selection.has(index)) selection.delete(index);
            else selection.add(index);
            setStep({ ...step, selection });
          }}
          onBack={() => {
            setError(null);
            setStep(step.back);
          }}
          onImport={() => void runImport(step.plan, step.selection)}
        />
      )}
    </Dialog>
  );
}
