import type { TFunction } from 'i18next';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import { errorMessage } from '../../../shared/text/errorMessage';
import { useClock } from '../../services/clock';
import { useUndo } from '../../services/undo/UndoProvider';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { CalendarImportError } from '../../formats/ical/calendarImportError';
import { parseCalendarImport, type CalendarImportPreview } from '../../formats/ical/icalImport';
import { useAuthor } from '../../data/author';
import { readFileText } from '../../formats/readFileText';
import { applyCalendarImport, CalendarWriteError } from './applyCalendarImport';
import { CalendarImportTable } from './CalendarImportTable';
import './calendar.css';

export interface CalendarImportDialogProps {
  visit: Visit;
  existingItems: readonly AgendaItem[];
  onClose: () => void;
}

const FIELD_KEYS = [
  'title',
  'kind',
  'start',
  'end',
  'timeZone',
  'status',
  'venueName',
  'venueAddress',
  'purpose',
  'briefingNotes',
  'dressCode',
  'transport',
] as const;

/** The message key of a validated field's name. */
function fieldKey(field: string | undefined): (typeof FIELD_KEYS)[number] | 'other' {
  return FIELD_KEYS.find((key) => key === field) ?? 'other';
}

/** A failure in words the user can act on: which line, which event, which field. */
function describeFailure(error: unknown, t: TFunction): string {
  if (error instanceof CalendarImportError) {
    const where = {
      line: error.line ?? '?',
      property: error.property ?? '',
      message: error.message,
    };
    return t(`calendar.errors.${error.code}`, where);
  }
  if (error instanceof CalendarWriteError) {
    return t(`calendar.errors.${error.code}`, {
      title: error.row?.title,
      line: error.row?.line,
      field: t(`calendar.fields.${fieldKey(error.field)}`),
      issue: error.issue ? t(`calendar.issues.${error.issue}`) : '',
      message: error.message,
    });
  }
  return t('calendar.errors.readFailed', {
    message: errorMessage(error),
  });
}

/** Choose an .ics file, see what it would do to the agenda, then import it all or nothing. */
export function CalendarImportDialog({ visit, existingItems, onClose }: CalendarImportDialogProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const author = useAuthor();
  const clock = useClock();
  const notify = useUndo();
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<CalendarImportPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setFailure(null);
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    try {
      const text = await readFileText(file);
      setPreview(
        parseCalendarImport(text, { visit, existingItems, untitled: t('visits.untitled') }),
      );
    } catch (error) {
      setFailure(describeFailure(error, t));
    } finally {
      setBusy(false);
    }
  };

  const importAll = async () => {
    if (!preview) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await applyCalendarImport(database, preview, { author, now: clock() });
      onClose();
      notify({
        message: t('calendar.import.done', { ...result, file: fileName }),
        undo: result.undo,
      });
    } catch (error) {
      setFailure(describeFailure(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('calendar.import.title', { title: visit.title || t('visits.untitled') })}
      description={t('calendar.import.description')}
      className="calendar-import"
    >
      <label className="field">
        <span>{t('calendar.import.file')}</span>
        <input type="file" accept=".ics,text/calendar" onChange={(event) => void choose(event)} />
      </label>
      {busy && !preview && <p className="hint">{t('calendar.import.reading')}</p>}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      {preview && <CalendarImportTable rows={preview.rows} />}
      {preview && preview.writeCount === 0 && (
        <p className="hint">{t('calendar.import.nothing')}</p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          disabled={!preview || preview.writeCount === 0 || busy}
          onClick={() => void importAll()}
        >
          {t('calendar.import.submit', { count: preview?.writeCount ?? 0 })}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('calendar.import.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
