import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { groupAgendaByDay } from '../../../../shared/domain/agendaDays';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Visit } from '../../../../shared/domain/visit';
import { useFormat } from '../../../format/useFormat';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaItemRow } from './AgendaItemRow';
import { AgendaWarnings } from './AgendaWarnings';
import { MoveAgendaItemDialog } from './MoveAgendaItemDialog';
import { useAgendaWarnings } from './useAgendaWarnings';
import { useConcurrentItems } from './useConcurrentItems';
import type { VisitLookups } from '../useVisitLookups';

export interface AgendaByDayProps {
  visit: Visit;
  /** The visit's agenda items, live. */
  items: readonly RxDocument<AgendaItem>[];
  /** True while the items are first read. */
  itemsLoading?: boolean;
  lookups: VisitLookups;
}

type OpenDialog =
  { mode: 'new'; date: string } | { mode: 'edit' | 'move'; item: RxDocument<AgendaItem> } | null;

interface Section {
  key: string;
  heading: string;
  /** The day's date; absent for the "outside the visit dates" section. */
  date?: string;
  items: RxDocument<AgendaItem>[];
}

/**
 * The programme, one section per day of the visit (and one for items outside
 * its dates), with clashes flagged under the day they happen.
 *
 * One list holds every item and the day headings sit in presentational rows
 * between them: so the whole programme is a single list named "Agenda"
 * whose items are exactly the agenda items, while each day still has a heading.
 */
export function AgendaByDay({ visit, items, itemsLoading = false, lookups }: AgendaByDayProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const elsewhere = useConcurrentItems(visit, !itemsLoading);
  const warnings = useAgendaWarnings(items, lookups, elsewhere);

  const sections = useMemo((): Section[] => {
    const { days, outside } = groupAgendaByDay(items, visit.startDate, visit.endDate);
    const daySections = days.map((day) => ({
      key: day.date,
      heading: format.longDate(day.date),
      date: day.date,
      items: day.items,
    }));
    return outside.length === 0
      ? daySections
      : [...daySections, { key: 'outside', heading: t('visits.agenda.outside'), items: outside }];
  }, [items, visit.startDate, visit.endDate, format, t]);

  const close = () => setDialog(null);
  return (
    <section className="agenda" aria-labelledby={headingId} data-testid="agenda">
      <div className="page-heading">
        <h2 id={headingId}>{t('visits.agenda.heading')}</h2>
        <button
          type="button"
          className="button primary"
          onClick={() => setDialog({ mode: 'new', date: visit.startDate })}
        >
          {t('visits.agenda.add')}
        </button>
      </div>
      <ol className="agenda-list" aria-label={t('visits.agenda.listLabel')}>
        {sections.map((section) => {
          const dayWarnings = [
            ...new Set(section.items.flatMap((item) => warnings.byFirstItem.get(item.id) ?? [])),
          ];
          return (
            <Fragment key={section.key}>
              <li role="none" className="agenda-day">
                <h3>{section.heading}</h3>
                <AgendaWarnings warnings={dayWarnings} />
                {section.items.length === 0 && (
                  <p className="empty-state">{t('visits.agenda.emptyDay')}</p>
                )}
                {section.date && (
                  <button
                    type="button"
                    className="button quiet"
                    aria-label={t('visits.agenda.addOnDayName', { day: section.heading })}
                    onClick={() =>
                      setDialog({ mode: 'new', date: section.date ?? visit.startDate })
                    }
                  >
                    {t('visits.agenda.addOnDay')}
                  </button>
                )}
              </li>
              {section.items.map((item) => (
                <AgendaItemRow
                  key={item.id}
                  item={item}
                  venueTimeZone={visit.venueTimeZone}
                  clashing={warnings.clashingIds.has(item.id)}
                  lookups={lookups}
                  onEdit={() => setDialog({ mode: 'edit', item })}
                  onMove={() => setDialog({ mode: 'move', item })}
                />
              ))}
            </Fragment>
          );
        })}
      </ol>
      {dialog?.mode === 'new' && (
        <AgendaItemDialog
          visitId={visit.id}
          date={dialog.date}
          timeZone={visit.venueTimeZone}
          lookups={lookups}
          onClose={close}
        />
      )}
      {dialog?.mode === 'edit' && (
        <AgendaItemDialog
          visitId={visit.id}
          item={dialog.item}
          date={visit.startDate}
          timeZone={visit.venueTimeZone}
          lookups={lookups}
          onClose={close}
        />
      )}
      {dialog?.mode === 'move' && <MoveAgendaItemDialog item={dialog.item} onClose={close} />}
    </section>
  );
}
