import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/text/errorMessage';
import { useUndo } from '../../services/undo/UndoProvider';
import type { DescriptionLabels } from '../../formats/ical/icalExport';
import { usePlatform } from '../../platform';

/**
 * Saves a calendar through the platform (a native dialog or a download) and
 * reports the outcome: the saved path in the status toast, a failure as an
 * alert message for the caller to show. Also gives the DESCRIPTION headings
 * in the user's language.
 */
export function useSaveCalendar() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const notify = useUndo();
  const [failure, setFailure] = useState<string | null>(null);
  const labels: DescriptionLabels = {
    purpose: t('calendar.description.purpose'),
    host: t('calendar.description.host'),
    chair: t('calendar.description.chair'),
    dressCode: t('calendar.description.dressCode'),
    transport: t('calendar.description.transport'),
  };

  const save = async (suggestedName: string, build: () => string) => {
    setFailure(null);
    try {
      const result = await platform.saveFile({
        suggestedName,
        data: build(),
        filters: [{ name: t('calendar.export.filter'), extensions: ['ics'] }],
      });
      if (result.status === 'saved')
        notify({ message: t('calendar.export.saved', { path: result.path }) });
    } catch (error) {
      setFailure(
        t('calendar.export.failed', {
          message: errorMessage(error),
        }),
      );
    }
  };
  return { labels, save, failure };
}
